import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { STACK_OUTPUTS } from '../lib/stack-outputs';
import { UsageError } from './command';
import { defaultDataDir, type LocalState, readLocalState } from './local/local-state';
import { S3RVER_CREDENTIALS } from './local/s3-credentials';

/** Where CLI commands act: a running local mode, or a deployed stack. */
export interface Target {
  readonly kind: 'local' | 'aws';
  /** For messages, e.g. `local mode (S3 http://127.0.0.1:4566)` or `stack Communique`. */
  readonly description: string;
  readonly bucket: string;
  readonly tableName: string;
  /** Alerts topic: set on a deployed stack, null in local mode. */
  readonly topicArn: string | null;
  /** The ingest queue (`communique reindex` sends to it): set on a deployed stack, null in local mode. */
  readonly ingestQueueUrl: string | null;
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

/**
 * Finds local mode when it is running (unless a stack is named), else fails with what to do.
 * @throws UsageError when no local mode runs and no stack is named, or the named stack cannot be read.
 */
export async function resolveTarget(options: TargetOptions): Promise<Target> {
  if (options.stack !== undefined) return resolveStack(options.stack);
  const dataDir = defaultDataDir();
  const state = readLocalState(dataDir);
  if (!state) {
    throw new UsageError(
      'Local mode is not running: start it with `npm start`, or name a deployed stack with --stack.',
    );
  }
  return localTarget(state, dataDir);
}

/** Clients for a running local mode, with the dummy credentials its servers accept. */
export function localTarget(state: LocalState, dataDir: string): Target {
  return {
    kind: 'local',
    description: `local mode (S3 ${state.s3Endpoint})`,
    bucket: state.bucket,
    tableName: state.tableName,
    topicArn: null,
    ingestQueueUrl: null,
    s3: localS3Client(state.s3Endpoint, state.region),
    dynamodb: new DynamoDBClient({
      endpoint: state.dynamodbEndpoint,
      region: state.region,
      // dynalite checks that credentials are present, not what they are.
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
    sns: null,
    stateDir: dataDir,
  };
}

/** An S3 client for s3rver. */
export function localS3Client(endpoint: string, region: string): S3Client {
  return new S3Client({
    endpoint,
    region,
    credentials: S3RVER_CREDENTIALS,
    forcePathStyle: true,
    // Without these, the SDK streams uploads with aws-chunked framing and trailing checksums, which s3rver
    // stores verbatim inside the object.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

async function resolveStack(stackName: string): Promise<Target> {
  if (stackName.trim() === '') throw new UsageError('--stack needs the name of a deployed stack.');
  const cloudformation = new CloudFormationClient({});
  let outputs: Map<string, string>;
  try {
    const { Stacks } = await cloudformation.send(new DescribeStacksCommand({ StackName: stackName }));
    outputs = new Map((Stacks?.[0]?.Outputs ?? []).map((o) => [o.OutputKey ?? '', o.OutputValue ?? '']));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(
      `Cannot read stack '${stackName}': ${message} Check the stack name, the region (AWS_REGION) and your AWS credentials.`,
    );
  } finally {
    cloudformation.destroy();
  }
  const output = (key: string): string => {
    const value = outputs.get(key);
    if (!value) {
      throw new UsageError(
        `Stack '${stackName}' has no output ${key}: is it a communique stack? Deploy it with \`npx cdk deploy\`.`,
      );
    }
    return value;
  };
  return {
    kind: 'aws',
    description: `stack ${stackName}`,
    bucket: output(STACK_OUTPUTS.bucketName),
    tableName: output(STACK_OUTPUTS.tableName),
    topicArn: output(STACK_OUTPUTS.alertsTopicArn),
    ingestQueueUrl: outputs.get(STACK_OUTPUTS.ingestQueueUrl) ?? null,
    s3: new S3Client({}),
    dynamodb: new DynamoDBClient({}),
    sns: new SNSClient({}),
    stateDir: null,
  };
}
