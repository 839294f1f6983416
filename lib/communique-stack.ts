import { Annotations, CfnOutput, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { Key } from 'aws-cdk-lib/aws-kms';
import { FunctionUrlAuthType } from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import type { CommuniqueConfig } from './config';
import { Alerts } from './constructs/alerts';
import { IngestPipeline } from './constructs/ingest-pipeline';
import { OperationsAlarms } from './constructs/operations-alarms';
import { ReleaseStorage } from './constructs/release-storage';
import { SubscriberNotifier } from './constructs/subscriber-notifier';
import { WebApp } from './constructs/web-app';
import { STACK_OUTPUTS } from './stack-outputs';

export interface CommuniqueStackProps extends StackProps {
  /** Validated settings (see `readConfig`). */
  readonly config: CommuniqueConfig;
}

/**
 * The whole communique deployment: releases bucket -> SQS -> ingest Lambda -> DynamoDB table + SNS alerts,
 * with alarms to an operations topic, and the web app (Lambda Function URL) reading the table and bucket.
 * Environment-agnostic: synthesizes without AWS credentials.
 */
export class CommuniqueStack extends Stack {
  public readonly storage: ReleaseStorage;
  public readonly alerts: Alerts;
  public readonly ingest: IngestPipeline;
  public readonly alarms: OperationsAlarms;
  public readonly web: WebApp;
  /** The subscriber path (issue 13); null without context `senderEmail`. */
  public readonly notifier: SubscriberNotifier | null;

  constructor(scope: Construct, id: string, props: CommuniqueStackProps) {
    super(scope, id, props);
    const { config } = props;
    const removalPolicy = config.removalPolicy === 'destroy' ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;

    this.storage = new ReleaseStorage(this, 'Storage', { removalPolicy });

    // One customer managed key for both topics: CloudWatch alarms cannot publish to a topic encrypted with
    // the AWS managed aws/sns key, whose policy cannot be changed.
    const topicKey = new Key(this, 'TopicKey', {
      description: 'communique: encrypts the alerts and operations SNS topics',
      enableKeyRotation: true,
      removalPolicy,
    });

    this.alerts = new Alerts(this, 'Alerts', {
      masterKey: topicKey,
      displayName: config.alertsDisplayName,
      subscriptions: config.subscriptions,
    });

    this.ingest = new IngestPipeline(this, 'Ingest', {
      bucket: this.storage.bucket,
      table: this.storage.table,
      topic: this.alerts.topic,
      topicKey,
      maxObjectBytes: config.maxObjectBytes,
      logRetention: config.logRetentionDays,
      removalPolicy,
    });

    this.alarms = new OperationsAlarms(this, 'Operations', {
      deadLetterQueue: this.ingest.deadLetterQueue,
      function: this.ingest.function,
      masterKey: topicKey,
      email: config.opsEmail,
    });

    this.web = new WebApp(this, 'Web', {
      bucket: this.storage.bucket,
      table: this.storage.table,
      authType: config.webAuth === 'AWS_IAM' ? FunctionUrlAuthType.AWS_IAM : FunctionUrlAuthType.NONE,
      logRetention: config.logRetentionDays,
      removalPolicy,
    });

    if (config.senderEmail) {
      this.notifier = new SubscriberNotifier(this, 'Subscribers', {
        table: this.storage.table,
        topic: this.alerts.topic,
        senderEmail: config.senderEmail,
        maxPerSecond: config.sesMaxPerSecond,
        webUrl: this.web.url.url,
        logRetention: config.logRetentionDays,
        removalPolicy,
      });
      this.alarms.alarmOnDeadLetters(
        'NotifierDeadLetters',
        this.notifier.deadLetterQueue,
        'communique: alerts the notifier failed to deliver 5 times (see its log group). Fix, then redrive.',
      );
      this.alarms.alarmOnDeadLetters(
        'ConfirmationDeadLetters',
        this.notifier.confirmationDeadLetterQueue,
        'communique: sign-up confirmation mails the notifier failed to send 5 times (see its log group).',
      );
      this.web.enableSubscriptions({
        confirmationQueue: this.notifier.confirmationQueue,
        tokenKey: this.notifier.tokenKey,
      });
    } else {
      this.notifier = null;
      Annotations.of(this).addInfo(
        'No context senderEmail: the subscriber path (notifier, SES, digest schedule) is not deployed; alerts go ' +
          'to the SNS email subscriptions only. Set -c senderEmail=alerts@your-domain (README "Subscribing by mail").',
      );
    }

    const outputs: Record<keyof typeof STACK_OUTPUTS, { value: string; description: string }> = {
      bucketName: { value: this.storage.bucket.bucketName, description: 'Upload press releases here' },
      tableName: { value: this.storage.table.tableName, description: 'Parsed releases' },
      alertsTopicArn: { value: this.alerts.topic.topicArn, description: 'Email alerts (subscribe here)' },
      ingestQueueUrl: { value: this.ingest.queue.queueUrl, description: 'S3 events waiting for ingestion' },
      deadLetterQueueUrl: {
        value: this.ingest.deadLetterQueue.queueUrl,
        description: 'Events that failed 5 times (redrive after a fix)',
      },
      operationsTopicArn: { value: this.alarms.topic.topicArn, description: 'Alarm notifications' },
      ingestFunctionName: { value: this.ingest.function.functionName, description: 'The ingest Lambda' },
      webUrl: { value: this.web.url.url, description: 'The web app: releases, search, feeds' },
    };
    for (const [key, output] of Object.entries(outputs)) {
      new CfnOutput(this, STACK_OUTPUTS[key as keyof typeof STACK_OUTPUTS], output);
    }
  }
}
