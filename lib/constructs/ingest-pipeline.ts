import path from 'node:path';
import { Duration, type RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, type Role } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { EventType, type IBucket } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { DEFAULT_MAX_OBJECT_BYTES } from '../../lambdas/core/limits';
import { ENV } from '../../lambdas/ingest/env';
import { functionLogsAndRole } from './function-role';
import { LAMBDA_ARCHITECTURE, LAMBDA_BUNDLING, LAMBDA_RUNTIME } from './lambda-bundling';
import { flattenArn } from './nag-arn';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Everything the function may do on the table: writes, plus GetItem to read a release's current record
 * before replacing it. No Scan, no Query, no DeleteItem, no table management.
 */
export const INGEST_TABLE_ACTIONS = [
  'dynamodb:BatchWriteItem',
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
] as const;

/** Read-only access to release objects: the function can never write its input bucket, so it cannot loop. */
export const INGEST_BUCKET_ACTIONS = ['s3:GetObject', 's3:GetObjectVersion'] as const;

/**
 * Publishing to a KMS-encrypted topic needs these on its key. SNS calls GenerateDataKey (not the
 * ...WithoutPlaintext variant), so the usual `kms:GenerateDataKey*` wildcard is not needed.
 * https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html
 */
export const INGEST_KEY_ACTIONS = ['kms:Decrypt', 'kms:GenerateDataKey'] as const;

export interface IngestPipelineProps {
  /** Releases bucket: its `ObjectCreated` events feed the queue; the function may only read it. */
  readonly bucket: IBucket;
  /** Table the function writes parsed releases to. */
  readonly table: ITable;
  /** Alerts topic the function publishes to. */
  readonly topic: ITopic;
  /** The key that encrypts `topic`. */
  readonly topicKey: IKey;
  /**
   * Objects bigger than this are recorded as failures without download.
   * @default DEFAULT_MAX_OBJECT_BYTES (5 MB)
   */
  readonly maxObjectBytes?: number;
  /**
   * Retention of the function's log group.
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: RetentionDays;
  /**
   * Removal policy of the function's log group.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
  /**
   * Function timeout; the queue's visibility timeout follows it (6 times, plus the batching window).
   * @default Duration.seconds(30)
   */
  readonly timeout?: Duration;
  /**
   * Function memory (also buys CPU).
   * @default 512
   */
  readonly memorySize?: number;
  /**
   * Most concurrent invocations the queue may drive, so that a bulk upload cannot exhaust the account's
   * concurrency or the table's on-demand ramp-up.
   * @default 10
   */
  readonly maxConcurrency?: number;
}

/**
 * S3 `ObjectCreated` events -> SQS ingest queue (with a dead-letter queue) -> ingest Lambda, which parses
 * each release into the table and publishes one alert to the topic.
 */
export class IngestPipeline extends Construct {
  /** Receives the bucket's `ObjectCreated` events. */
  public readonly queue: Queue;
  /** Messages that failed 5 receives end here. */
  public readonly deadLetterQueue: Queue;
  /** The ingest function. */
  public readonly function: NodejsFunction;
  /** The function's own role: exactly the permissions listed in this file, and its log group. */
  public readonly role: Role;
  /** The function's log group, with retention. */
  public readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: IngestPipelineProps) {
    super(scope, id);
    const timeout = props.timeout ?? Duration.seconds(30);
    const maxBatchingWindow = Duration.seconds(5);

    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      // Longer than the source queue's retention: a standard queue keeps the original enqueue time, so a
      // dead letter would otherwise expire soon after it arrives.
      retentionPeriod: Duration.days(14),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });

    this.queue = new Queue(this, 'Queue', {
      // AWS guidance for SQS event sources: at least 6 times the function timeout, plus the batching window.
      visibilityTimeout: Duration.seconds(timeout.toSeconds() * 6 + maxBatchingWindow.toSeconds()),
      retentionPeriod: Duration.days(4),
      // S3 cannot send to a queue encrypted with the AWS managed key alias/aws/sqs; SQS-managed SSE works.
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: 5 },
    });

    props.bucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(this.queue));

    ({ logGroup: this.logGroup, role: this.role } = functionLogsAndRole(this, {
      description: 'communique ingest function: read releases, write the table, publish alerts',
      ...(props.logRetention ? { logRetention: props.logRetention } : {}),
      ...(props.removalPolicy ? { removalPolicy: props.removalPolicy } : {}),
    }));
    this.role.addToPolicy(
      new PolicyStatement({
        actions: [...INGEST_BUCKET_ACTIONS],
        resources: [props.bucket.arnForObjects('*')],
      }),
    );
    this.role.addToPolicy(
      new PolicyStatement({ actions: [...INGEST_TABLE_ACTIONS], resources: [props.table.tableArn] }),
    );
    this.role.addToPolicy(
      new PolicyStatement({ actions: ['sns:Publish'], resources: [props.topic.topicArn] }),
    );
    this.role.addToPolicy(
      new PolicyStatement({ actions: [...INGEST_KEY_ACTIONS], resources: [props.topicKey.keyArn] }),
    );

    this.function = new NodejsFunction(this, 'Function', {
      description: 'communique ingest: S3 event (via SQS) -> parsed release in DynamoDB -> SNS alert',
      entry: path.join(ROOT, 'lambdas', 'ingest', 'index.ts'),
      handler: 'handler',
      projectRoot: ROOT,
      depsLockFilePath: path.join(ROOT, 'package-lock.json'),
      runtime: LAMBDA_RUNTIME,
      architecture: LAMBDA_ARCHITECTURE,
      // `npm run bench`: a typical release costs ~1 ms of CPU and the rest is waiting on S3, DynamoDB and SNS,
      // so more memory (= more CPU) buys little; the worst case, a 5 MB release, peaks near 300 MB RSS and
      // parses in ~5 s on one fast core (~15-20 s at 512 MB's CPU share), inside the 30 s timeout.
      memorySize: props.memorySize ?? 512,
      timeout,
      role: this.role,
      logGroup: this.logGroup,
      environment: {
        [ENV.bucketName]: props.bucket.bucketName,
        [ENV.tableName]: props.table.tableName,
        [ENV.topicArn]: props.topic.topicArn,
        [ENV.maxObjectBytes]: String(props.maxObjectBytes ?? DEFAULT_MAX_OBJECT_BYTES),
        POWERTOOLS_SERVICE_NAME: 'communique-ingest',
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: LAMBDA_BUNDLING,
    });

    this.function.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: 10,
        maxBatchingWindow,
        reportBatchItemFailures: true,
        maxConcurrency: props.maxConcurrency ?? 10,
      }),
    );

    acknowledgeFindings(this, props.bucket);
  }
}

/**
 * The cdk-nag findings that cannot be fixed here, each acknowledged on the one resource that has it
 * (cdk-nag v3 reads CDK's `Validations` acknowledgements; a finding id names the exact wildcard).
 */
function acknowledgeFindings(pipeline: IngestPipeline, bucket: IBucket): void {
  const stack = Stack.of(pipeline);
  const policy = pipeline.role.node.tryFindChild('DefaultPolicy');
  if (policy) {
    Validations.of(policy).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${flattenArn(stack.resolve(bucket.arnForObjects('*')))}]`,
      reason:
        'Release keys are not known in advance: the function reads any object of the releases bucket ' +
        '(GetObject and GetObjectVersion only; no write, no list).',
    });
  }
  // CDK's own singleton Lambda that writes the bucket's notification configuration during deployment. Its
  // s3:PutBucketNotification is scoped to the bucket (no IAM5), but CDK gives it a managed policy.
  const handler = stack.node.children.find((child) => child.node.id.startsWith('BucketNotificationsHandler'));
  const handlerRole = handler?.node.tryFindChild('Role');
  if (handlerRole) {
    Validations.of(handlerRole).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: "CDK's bucket-notifications helper role; CDK attaches AWSLambdaBasicExecutionRole to it.",
    });
  }
}
