import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { SQSRecord } from 'aws-lambda';
import { redriveDir } from './dead-letters';
import { writeAtomically } from './delivery-queue';
import { sqsRecord } from './sqs-record';

/** An SQS message with this body, as local mode's queue delivers it. */
export function localMessage(body: string): SQSRecord {
  return sqsRecord(body, 'LOCAL-CLI');
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
