import { createHash, randomUUID } from 'node:crypto';
import type { SQSRecord } from 'aws-lambda';

/** The region local mode's records name (nothing is sent to AWS). */
export const LOCAL_REGION = 'us-east-1';
const QUEUE_ARN = `arn:aws:sqs:${LOCAL_REGION}:000000000000:communique-local-ingest`;

/** An SQS record with this body, as local mode's ingest queue delivers it; `senderId` tells who sent it. */
export function sqsRecord(body: string, senderId: string): SQSRecord {
  const now = String(Date.now());
  return {
    messageId: randomUUID(),
    receiptHandle: randomUUID(),
    body,
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: now,
      SenderId: senderId,
      ApproximateFirstReceiveTimestamp: now,
    },
    messageAttributes: {},
    md5OfBody: createHash('md5').update(body).digest('hex'),
    eventSource: 'aws:sqs',
    eventSourceARN: QUEUE_ARN,
    awsRegion: LOCAL_REGION,
  };
}
