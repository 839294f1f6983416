import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { SQSRecord } from 'aws-lambda';
import { redriveDir } from './dead-letters';
import { writeAtomically } from './delivery-queue';

/** An SQS message with this body, as local mode's queue delivers it. */
export function localMessage(body: string): SQSRecord {
  const now = String(Date.now());
  return {
    messageId: randomUUID(),
    receiptHandle: randomUUID(),
    body,
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: now,
      SenderId: 'LOCAL-CLI',
      ApproximateFirstReceiveTimestamp: now,
    },
    messageAttributes: {},
    md5OfBody: createHash('md5').update(body).digest('hex'),
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:communique-local-ingest',
    awsRegion: 'us-east-1',
  };
}

/**
 * Hands messages to a running local mode's queue: the folder `communique redrive` writes to, which local mode
 * takes every 500 ms (journaled by the queue before each file goes), so they get its retries, dead-letter folder
 * and concurrency like any upload's event.
 */
export function sendToLocalQueue(dataDir: string, bodies: readonly string[]): void {
  const dir = redriveDir(dataDir);
  mkdirSync(dir, { recursive: true });
  for (const body of bodies) {
    const message = localMessage(body);
    writeAtomically(path.join(dir, `${message.messageId}.json`), JSON.stringify(message));
  }
}
