import path from 'node:path';
import { Duration, type RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, type Role } from 'aws-cdk-lib/aws-iam';
import { type FunctionUrl, FunctionUrlAuthType } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { RELEASE_TABLE } from '../../lambdas/adapters/release-table';
import { WEB_ENV } from '../../lambdas/web/env';
import { functionLogsAndRole } from './function-role';
import { LAMBDA_ARCHITECTURE, LAMBDA_BUNDLING, LAMBDA_RUNTIME } from './lambda-bundling';
import { flattenArn } from './nag-arn';

const ROOT = path.resolve(__dirname, '..', '..');

/** Reads only: a release by key, the lists by key or index (Query), pointer lists resolved with BatchGetItem. */
export const WEB_TABLE_ACTIONS = ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query'] as const;
/** Bodies are read back from the releases' objects (the table keeps none): read only, current versions. */
export const WEB_BUCKET_ACTIONS = ['s3:GetObject'] as const;

export interface WebAppProps {
  /** The releases bucket: the function reads its objects (release bodies), nothing else. */
  readonly bucket: IBucket;
  /** The table of parsed releases, read only. */
  readonly table: ITable;
  /**
   * Who may call the Function URL: `NONE`, a public archive (anyone with the URL), or `AWS_IAM` (SigV4-signed
   * requests from principals allowed `lambda:InvokeFunctionUrl`).
   * @default FunctionUrlAuthType.NONE
   */
  readonly authType?: FunctionUrlAuthType;
  /**
   * The rate cap: at most this many requests run at once; more are refused with 429 by Lambda, and the
   * account's other functions keep their concurrency.
   * @default 10
   */
  readonly reservedConcurrency?: number;
  /** @default RetentionDays.ONE_MONTH */
  readonly logRetention?: RetentionDays;
  /** @default RemovalPolicy.RETAIN */
  readonly removalPolicy?: RemovalPolicy;
  /**
   * Memory, which also buys CPU: a release page parses its release again (a few ms for a typical one).
   * @default 512
   */
  readonly memorySize?: number;
}

/** What the sign-up pages need on AWS (issue 13), from the subscriber path. */
export interface WebSubscriptionsProps {
  /** The notifier's confirmation queue: a sign-up sends its confirmation request there, the notifier mails. */
  readonly confirmationQueue: IQueue;
  readonly tokenKey: ISecret;
}

/** The web app: one Lambda (Hono) behind a Function URL, with its own read-only role. */
export class WebApp extends Construct {
  public readonly function: NodejsFunction;
  public readonly url: FunctionUrl;
  /** Reads the table and the bucket's objects; writes only its log group. */
  public readonly role: Role;
  public readonly logGroup: LogGroup;
  private readonly table: ITable;

  constructor(scope: Construct, id: string, props: WebAppProps) {
    super(scope, id);
    ({ logGroup: this.logGroup, role: this.role } = functionLogsAndRole(this, {
      description: 'communique web function: read the releases table and the release objects',
      ...(props.logRetention ? { logRetention: props.logRetention } : {}),
      ...(props.removalPolicy ? { removalPolicy: props.removalPolicy } : {}),
    }));
    this.role.addToPolicy(
      new PolicyStatement({
        actions: [...WEB_TABLE_ACTIONS],
        // The indexes by name, not `index/*`: no wildcard to acknowledge.
        resources: [
          props.table.tableArn,
          ...RELEASE_TABLE.indexes.map((i) => `${props.table.tableArn}/index/${i.indexName}`),
        ],
      }),
    );
    this.role.addToPolicy(
      new PolicyStatement({ actions: [...WEB_BUCKET_ACTIONS], resources: [props.bucket.arnForObjects('*')] }),
    );

    this.function = new NodejsFunction(this, 'Function', {
      description: 'communique web: release pages, search, feeds (Function URL)',
      entry: path.join(ROOT, 'lambdas', 'web', 'index.ts'),
      handler: 'handler',
      projectRoot: ROOT,
      depsLockFilePath: path.join(ROOT, 'package-lock.json'),
      runtime: LAMBDA_RUNTIME,
      architecture: LAMBDA_ARCHITECTURE,
      memorySize: props.memorySize ?? 512,
      timeout: Duration.seconds(10),
      reservedConcurrentExecutions: props.reservedConcurrency ?? 10,
      role: this.role,
      logGroup: this.logGroup,
      environment: {
        [WEB_ENV.tableName]: props.table.tableName,
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: LAMBDA_BUNDLING,
    });
    this.url = this.function.addFunctionUrl({ authType: props.authType ?? FunctionUrlAuthType.NONE });

    this.table = props.table;
    const policy = this.role.node.tryFindChild('DefaultPolicy');
    if (policy) {
      Validations.of(policy).acknowledge({
        id: `AwsSolutions-IAM5[Resource::${flattenArn(Stack.of(this).resolve(props.bucket.arnForObjects('*')))}]`,
        reason:
          'Release keys are not known in advance: the web function reads any object of the releases bucket ' +
          '(GetObject only, to show a release text; no write, no list).',
      });
    }
  }

  /**
   * Serves the sign-up, confirm, unsubscribe and manage pages: the role may then read and write subscriber items
   * (`SUB#` partitions only), read the link key, and send confirmation requests to the notifier's queue. It sends
   * no mail itself: no SES permission, no SES client in its bundle.
   */
  enableSubscriptions(props: WebSubscriptionsProps): void {
    this.function.addEnvironment(WEB_ENV.tokenKeySecretArn, props.tokenKey.secretArn);
    this.function.addEnvironment(WEB_ENV.confirmationQueueUrl, props.confirmationQueue.queueUrl);
    this.role.addToPolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem', 'dynamodb:PutItem'],
        resources: [this.table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['SUB#*'] } },
      }),
    );
    // SendMessage alone (grantSendMessages adds GetQueueAttributes and GetQueueUrl, which the client never calls).
    this.role.addToPolicy(
      new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [props.confirmationQueue.queueArn] }),
    );
    props.tokenKey.grantRead(this.role);
  }
}
