import { Duration, Stack } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface OperationsAlarmsProps {
  /** The ingest dead-letter queue: any message in it is a release that was not processed. */
  readonly deadLetterQueue: IQueue;
  /** The ingest function: any error is an invocation that failed as a whole. */
  readonly function: IFunction;
  /** Encrypts the operations topic. CloudWatch is allowed to use it for alarm notifications. */
  readonly masterKey: IKey;
  /**
   * Address subscribed to the operations topic.
   * @default - no subscription (subscribe to the topic output later)
   */
  readonly email?: string;
}

/** Alarms on the ingest pipeline, and the operations topic they notify (separate from subscribers' alerts). */
export class OperationsAlarms extends Construct {
  /** Receives alarm and recovery notifications; SSL enforced, encrypted. */
  public readonly topic: Topic;
  /** In alarm while the dead-letter queue holds a message. */
  public readonly deadLetterAlarm: Alarm;
  /** In alarm when the ingest function reported errors in the last 5 minutes. */
  public readonly errorsAlarm: Alarm;

  constructor(scope: Construct, id: string, props: OperationsAlarmsProps) {
    super(scope, id);
    const account = Stack.of(this).account;

    this.topic = new Topic(this, 'Topic', {
      displayName: 'communique operations',
      masterKey: props.masterKey,
      enforceSSL: true,
    });
    // The topic policy that enforces SSL replaces SNS's default policy, so CloudWatch is named explicitly.
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: { StringEquals: { 'aws:SourceAccount': account } },
      }),
    );
    // CloudWatch can publish to an encrypted topic only if the key lets it
    // (https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html#compatibility-with-aws-services).
    props.masterKey.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': account } },
      }),
    );
    if (props.email) this.topic.addSubscription(new EmailSubscription(props.email));

    this.deadLetterAlarm = this.deadLettersAlarm(
      'DeadLetters',
      props.deadLetterQueue,
      'communique: releases in the ingest dead-letter queue (failed 5 times). Inspect, fix, redrive.',
    );

    this.errorsAlarm = new Alarm(this, 'FunctionErrors', {
      alarmDescription: 'communique: the ingest function failed whole invocations (see its log group).',
      metric: props.function.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    for (const alarm of [this.deadLetterAlarm, this.errorsAlarm]) this.notify(alarm);
  }

  /** Another dead-letter queue (the notifier's): in alarm while it holds a message, on the operations topic. */
  alarmOnDeadLetters(id: string, queue: IQueue, description: string): Alarm {
    const alarm = this.deadLettersAlarm(id, queue, description);
    this.notify(alarm);
    return alarm;
  }

  private deadLettersAlarm(id: string, queue: IQueue, description: string): Alarm {
    return new Alarm(this, id, {
      alarmDescription: description,
      metric: queue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(1),
        statistic: 'Maximum',
      }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      // SQS stops reporting metrics for an idle queue after a while: missing data means empty.
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }

  private notify(alarm: Alarm): void {
    const action = new SnsAction(this.topic);
    alarm.addAlarmAction(action);
    alarm.addOkAction(action);
  }
}
