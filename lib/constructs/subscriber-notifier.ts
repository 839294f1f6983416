import path from 'node:path';
import { ArnFormat, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus, Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { CfnSchedule } from 'aws-cdk-lib/aws-scheduler';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import {
  ConfigurationSet,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
} from 'aws-cdk-lib/aws-ses';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { SqsSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct, type IConstruct } from 'constructs';
import { DIGEST_INPUT, NOTIFIER_ENV } from '../../lambdas/notifier/env';
import { functionLogsAndRole } from './function-role';
import { LAMBDA_ARCHITECTURE, LAMBDA_BUNDLING, LAMBDA_RUNTIME } from './lambda-bundling';

const ROOT = path.resolve(__dirname, '..', '..');

/** Subscriber items: reads, conditional claims, digest items, status changes; only in `SUB#` partitions. */
export const NOTIFIER_SUBSCRIBER_ACTIONS = [
  'dynamodb:DeleteItem',
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:Query',
  'dynamodb:UpdateItem',
] as const;

export interface SubscriberNotifierProps {
  readonly table: ITable;
  /** The alerts topic: the notifier's queue subscribes to it with raw message delivery. */
  readonly topic: ITopic;
  /** The verified sender (context `senderEmail`). */
  readonly senderEmail: string;
  /** SES's sending rate for this account (context `sesMaxPerSecond`). */
  readonly maxPerSecond: number;
  /** The web app's origin: mail links point there. */
  readonly webUrl: string;
  /** @default RetentionDays.ONE_MONTH */
  readonly logRetention?: RetentionDays;
  /** @default RemovalPolicy.RETAIN */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * The subscriber path on AWS (issue 13): a queue on the alerts topic -> the notifier function -> SES v2, a
 * confirmation queue the web function hands sign-ups' confirmation mails to, an
 * EventBridge Scheduler schedule every 15 minutes (UTC) for digests, an SES configuration set whose bounces and
 * complaints come back to the function through EventBridge, and the HMAC key of the mail links in Secrets Manager.
 */
export class SubscriberNotifier extends Construct {
  public readonly function: NodejsFunction;
  public readonly queue: Queue;
  public readonly deadLetterQueue: Queue;
  /** Sign-ups' confirmation requests (the web function's only way to have a mail sent). */
  public readonly confirmationQueue: Queue;
  public readonly confirmationDeadLetterQueue: Queue;
  public readonly role: Role;
  public readonly identity: EmailIdentity;
  public readonly configurationSet: ConfigurationSet;
  public readonly tokenKey: Secret;
  public readonly schedule: CfnSchedule;
  public readonly scheduleDeadLetterQueue: Queue;
  public readonly configurationSetArn: string;

  constructor(scope: Construct, id: string, props: SubscriberNotifierProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    const timeout = Duration.seconds(120);

    // Creating the identity makes SES send a verification mail to the address (README "Subscribing by mail").
    this.identity = new EmailIdentity(this, 'Sender', { identity: Identity.email(props.senderEmail) });
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {});
    // SES v2 event destinations reach only the default event bus.
    this.configurationSet.addEventDestination('Feedback', {
      destination: EventDestination.eventBus(EventBus.fromEventBusName(this, 'DefaultBus', 'default')),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
    this.tokenKey = new Secret(this, 'TokenKey', {
      description: 'communique: HMAC key of the subscriber mail links (base64 alphabet, 48 bytes decoded)',
      // 64 characters of the base64 alphabet decode to 48 bytes, above the 32 the tokens require.
      generateSecretString: { passwordLength: 64, excludePunctuation: true, includeSpace: false },
      removalPolicy,
    });

    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      retentionPeriod: Duration.days(14),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    this.queue = new Queue(this, 'Queue', {
      visibilityTimeout: Duration.seconds(timeout.toSeconds() * 6),
      retentionPeriod: Duration.days(4),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: 5 },
    });
    props.topic.addSubscription(new SqsSubscription(this.queue, { rawMessageDelivery: true }));
    // Its own queue, not the alerts queue with another message type: the web function may send here and nowhere
    // else, and the notifier reads this queue's messages as confirmation requests only, so a web function gone
    // wrong can ask for confirmation mails to pending sign-ups, never mail an alert.
    this.confirmationDeadLetterQueue = new Queue(this, 'ConfirmationDeadLetterQueue', {
      retentionPeriod: Duration.days(14),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    this.confirmationQueue = new Queue(this, 'ConfirmationQueue', {
      visibilityTimeout: Duration.seconds(timeout.toSeconds() * 6),
      // A confirmation link older than a day is little use; the sign-up can be made again.
      retentionPeriod: Duration.days(1),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      deadLetterQueue: { queue: this.confirmationDeadLetterQueue, maxReceiveCount: 5 },
    });

    const { logGroup, role } = functionLogsAndRole(this, {
      description: 'communique notifier: subscriber items, release items (read), SES from one identity',
      ...(props.logRetention ? { logRetention: props.logRetention } : {}),
      removalPolicy,
    });
    this.role = role;
    const gsi1 = `${props.table.tableArn}/index/gsi1`;
    this.role.addToPolicy(
      new PolicyStatement({
        actions: [...NOTIFIER_SUBSCRIBER_ACTIONS],
        resources: [props.table.tableArn],
        // Subscriber partitions only (dynamodb:LeadingKeys, IAM condition keys for DynamoDB).
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['SUB#*'] } },
      }),
    );
    this.role.addToPolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem'],
        resources: [props.table.tableArn],
        // The release of an alert, for the why block.
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['REL#*'] } },
      }),
    );
    this.role.addToPolicy(
      new PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: [gsi1],
        conditions: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['SUBSCRIBERS'] } },
      }),
    );
    this.configurationSetArn = stack.formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: this.configurationSet.configurationSetName,
      arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
    });
    const configurationSetArn = this.configurationSetArn;
    this.role.addToPolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail'],
        resources: [this.identity.emailIdentityArn, configurationSetArn],
      }),
    );
    this.tokenKey.grantRead(this.role);

    this.function = new NodejsFunction(this, 'Function', {
      description: 'communique notifier: subscriber mail through SES (alerts, digests, bounces)',
      entry: path.join(ROOT, 'lambdas', 'notifier', 'index.ts'),
      handler: 'handler',
      projectRoot: ROOT,
      depsLockFilePath: path.join(ROOT, 'package-lock.json'),
      runtime: LAMBDA_RUNTIME,
      architecture: LAMBDA_ARCHITECTURE,
      memorySize: 512,
      timeout,
      // One at a time: the mailer paces this container to the account's SES rate, so one container is the pace.
      reservedConcurrentExecutions: 1,
      role: this.role,
      logGroup,
      environment: {
        [NOTIFIER_ENV.tableName]: props.table.tableName,
        [NOTIFIER_ENV.senderEmail]: props.senderEmail,
        [NOTIFIER_ENV.configurationSet]: this.configurationSet.configurationSetName,
        [NOTIFIER_ENV.maxPerSecond]: String(props.maxPerSecond),
        [NOTIFIER_ENV.tokenKeySecretArn]: this.tokenKey.secretArn,
        [NOTIFIER_ENV.webUrl]: props.webUrl,
        [NOTIFIER_ENV.confirmationQueueArn]: this.confirmationQueue.queueArn,
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: LAMBDA_BUNDLING,
    });
    this.function.addEventSource(
      new SqsEventSource(this.queue, { batchSize: 10, reportBatchItemFailures: true }),
    );
    this.function.addEventSource(
      new SqsEventSource(this.confirmationQueue, { batchSize: 10, reportBatchItemFailures: true }),
    );

    new Rule(this, 'FeedbackRule', {
      description: 'communique: SES bounces and complaints to the notifier',
      eventPattern: { source: ['aws.ses'], detailType: ['Email Bounced', 'Email Complained'] },
      targets: [new LambdaFunction(this.function)],
    });

    this.scheduleDeadLetterQueue = new Queue(this, 'ScheduleDeadLetterQueue', {
      retentionPeriod: Duration.days(14),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    // Every 15 minutes in UTC reaches every zone's local hour, :30 and :45 offsets included. Scheduler retries a
    // failing target 185 times by default: a few, then the dead-letter queue (the next tick catches up anyway).
    // Its own role: the one the targets module would make grants the function's versions too (`<arn>:*`).
    const scheduleRole = new Role(this, 'ScheduleRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
      description: 'communique digest schedule: invoke the notifier, dead-letter to its queue',
    });
    scheduleRole.addToPolicy(
      new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [this.function.functionArn] }),
    );
    scheduleRole.addToPolicy(
      new PolicyStatement({
        actions: ['sqs:SendMessage'],
        resources: [this.scheduleDeadLetterQueue.queueArn],
      }),
    );
    // The L1 schedule: the L2 target grants the function's versions as well (`<arn>:*`), a wildcard to excuse.
    this.schedule = new CfnSchedule(this, 'DigestSchedule', {
      description: 'communique: digest run',
      scheduleExpression: 'rate(15 minutes)',
      scheduleExpressionTimezone: 'UTC',
      flexibleTimeWindow: { mode: 'OFF' },
      target: {
        arn: this.function.functionArn,
        roleArn: scheduleRole.roleArn,
        input: JSON.stringify(DIGEST_INPUT),
        retryPolicy: { maximumRetryAttempts: 2, maximumEventAgeInSeconds: 600 },
        deadLetterConfig: { arn: this.scheduleDeadLetterQueue.queueArn },
      },
    });

    // On the queue resource itself: the construct holds its SSL-only queue policy too.
    Validations.of(this.scheduleDeadLetterQueue.node.defaultChild as IConstruct).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself the dead-letter queue of the digest schedule (EventBridge Scheduler DeadLetterConfig); ' +
        'a dead-letter queue of a dead-letter queue would only move the same events again.',
    });
    Validations.of(this.tokenKey).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The key signs unsubscribe and manage links that must keep working in mails already sent; rotating it ' +
        'would break every such link, so it is rotated by hand (README "Subscribing by mail") instead of on a schedule.',
    });
  }
}
