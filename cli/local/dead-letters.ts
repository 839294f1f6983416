import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { SQSRecord } from 'aws-lambda';
import type { IngestFailure } from '../../lambdas/core/ports';
import { parseS3Notification } from '../../lambdas/core/s3-event';
import { writeAtomically } from './delivery-queue';

/** Local mode's dead-letter queue: `<dataDir>/dead-letter/`, one file per message parked after its last attempt. */
export const deadLetterDir = (dataDir: string): string => path.join(dataDir, 'dead-letter');
/** Messages sent back by `communique redrive`; local mode takes them at start and while it runs. */
export const redriveDir = (dataDir: string): string => path.join(dataDir, 'redrive');

/** What `DeliveryQueue` writes when it parks a message. */
export interface DeadLetter {
  readonly message: SQSRecord;
  readonly attempts: number;
  /** Why the last attempt failed. */
  readonly error: string;
  readonly parkedAt: string;
}

const jsonFiles = (dir: string): string[] => {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch {
    return [];
  }
};

export function readDeadLetters(dataDir: string): DeadLetter[] {
  const dir = deadLetterDir(dataDir);
  return jsonFiles(dir).flatMap((file) => {
    try {
      return [JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as DeadLetter];
    } catch {
      return []; // half a file cannot be: the queue writes then renames
    }
  });
}

/**
 * Dead letters as failures, the way `communique failures` lists them (reason `retries-exhausted`), one per object
 * of the message; a message that is not an S3 event is listed with its message id as the key.
 */
export function deadLettersAsFailures(dataDir: string): IngestFailure[] {
  return readDeadLetters(dataDir).flatMap((letter) => {
    let objects: ReturnType<typeof parseS3Notification> | null = null;
    try {
      objects = parseS3Notification(letter.message.body);
    } catch {
      objects = null;
    }
    const message = `Failed ${letter.attempts} times (${letter.error}); \`communique redrive\` sends it again.`;
    if (!objects || objects.kind === 'test') {
      return [
        {
          bucket: '',
          key: `(message ${letter.message.messageId})`,
          objectVersion: '',
          reason: 'retries-exhausted' as const,
          message,
          failedAt: letter.parkedAt,
          size: 0,
        },
      ];
    }
    return objects.objects.map((ref) => ({
      bucket: ref.bucket,
      key: ref.key,
      objectVersion: ref.versionId ?? ref.eTag ?? ref.sequencer ?? 'unversioned',
      reason: 'retries-exhausted' as const,
      message,
      failedAt: letter.parkedAt,
      size: ref.size,
    }));
  });
}

/**
 * Moves every dead letter to the redrive folder as a fresh message (receive count 1), as SQS's redrive moves a
 * dead-letter queue's messages back to their source queue. Returns how many.
 */
export function redriveDeadLetters(dataDir: string): number {
  const from = deadLetterDir(dataDir);
  const to = redriveDir(dataDir);
  mkdirSync(to, { recursive: true });
  let moved = 0;
  for (const letter of readDeadLetters(dataDir)) {
    const message: SQSRecord = {
      ...letter.message,
      attributes: { ...letter.message.attributes, ApproximateReceiveCount: '1' },
    };
    writeAtomically(path.join(to, `${message.messageId}.json`), JSON.stringify(message));
    // Written before it is removed: a crash in between leaves it in both folders, so it is delivered at least
    // once, never zero times (ingesting is idempotent).
    rmSync(path.join(from, `${message.messageId}.json`), { force: true });
    moved++;
  }
  return moved;
}

/** Takes the redriven messages (each one once): for local mode to send to its queue. */
export function takeRedriven(dataDir: string, send: (messages: SQSRecord[]) => void): number {
  const dir = redriveDir(dataDir);
  const files = jsonFiles(dir);
  for (const file of files) {
    const full = path.join(dir, file);
    let message: SQSRecord;
    try {
      message = JSON.parse(readFileSync(full, 'utf8')) as SQSRecord;
    } catch {
      continue;
    }
    // Journaled by the queue before the file goes: a crash in between delivers it twice, never zero times.
    send([message]);
    rmSync(full, { force: true });
  }
  return files.length;
}
