import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import {
  type ConfirmationRequest,
  type ConfirmationRequests,
  formatConfirmationRequest,
} from '../core/delivery/confirmation-request';

/**
 * The web function's hand-over of a sign-up's confirmation mail: one `SendMessage` to the notifier's
 * confirmation queue (ids only, no address: confirmation-request.ts). The web function then needs neither SES
 * nor the sender's identity; the notifier sends the mail as it sends every other.
 */
export class SqsConfirmationQueue implements ConfirmationRequests {
  constructor(
    private readonly sqs: Pick<SQSClient, 'send'>,
    private readonly queueUrl: string,
  ) {}

  async request(request: ConfirmationRequest): Promise<void> {
    await this.sqs.send(
      new SendMessageCommand({ QueueUrl: this.queueUrl, MessageBody: formatConfirmationRequest(request) }),
    );
  }
}
