import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import { alertAttributes } from '../core/delivery/alert-attributes';
import type { Alert, AlertPublisher } from '../core/ports';

/**
 * Publishes each alert once to the alerts topic; SNS fans it out to every email subscription whose filter
 * policy matches the `interests` String.Array attribute.
 */
export class SnsAlertPublisher implements AlertPublisher {
  /** @param sns the caller's client (built once per Lambda container); only `send` is used. */
  constructor(
    private readonly sns: Pick<SNSClient, 'send'>,
    private readonly topicArn: string,
  ) {}

  async publish(alert: Alert): Promise<void> {
    await this.sns.send(
      new PublishCommand({
        TopicArn: this.topicArn,
        Subject: alert.subject,
        Message: alert.body,
        // No MessageStructure 'json': with it SNS would not deliver the attributes the filter policies read.
        // `interests` for the filter policies; release id, kind and subject for the notifier's raw-delivery queue.
        MessageAttributes: alertAttributes(alert),
      }),
    );
  }
}
