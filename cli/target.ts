import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SNSClient } from '@aws-sdk/client-sns';

// FIRST CUT: the contract only. Local mode implements resolveTarget.

/** Where CLI commands act: a running local mode, or a deployed stack. */
export interface Target {
  readonly kind: 'local' | 'aws';
  /** For messages, e.g. `local mode (S3 http://127.0.0.1:4566)` or `stack Communique`. */
  readonly description: string;
  readonly bucket: string;
  readonly tableName: string;
  /** Alerts topic: set on a deployed stack, null in local mode. */
  readonly topicArn: string | null;
  readonly s3: S3Client;
  readonly dynamodb: DynamoDBClient;
  /** Set on a deployed stack, null in local mode. */
  readonly sns: SNSClient | null;
  /** Local mode's state folder (e.g. `.communique/`), where local subscriptions live; null on a deployed stack. */
  readonly stateDir: string | null;
}

export interface TargetOptions {
  /** Act on this deployed CloudFormation stack (outputs give bucket, table, topic). */
  readonly stack?: string;
}

/** Help lines for the target options, shared by every command that takes them. */
export const TARGET_OPTIONS_HELP = [
  '  --stack NAME   act on a deployed stack (AWS credentials from the usual chain) instead of local mode',
].join('\n');

/** Finds local mode when it is running (unless a stack is named), else fails with what to do. */
export async function resolveTarget(_options: TargetOptions): Promise<Target> {
  throw new Error('Local mode is not running: start it with `npm start`, or name a deployed stack with --stack.');
}
