import type { SQSBatchItemFailure, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { type IngestDeps, ingestRelease } from '../core/ingest-release';
import type { ObjectRef } from '../core/ports';
import { parseReindexMessage } from '../core/reindex-message';
import { reindexRelease } from '../core/reindex-release';
import { MalformedEventError, parseS3Notification } from '../core/s3-event';
import { printable } from '../core/text/printable';

/** What the handler needs: the use case's ports, plus a metrics flush at the end of each batch. */
export interface HandlerDeps extends IngestDeps {
  /**
   * The releases bucket. Records of any other bucket are logged and skipped: on AWS the role already denies
   * reading them, and local mode or a misrouted notification must not ingest them either.
   */
  readonly bucket: string;
  /** Called once per batch, after every record (EMF metrics are written here). */
  readonly flush?: () => void;
  /** Messages processed at once. @default 4 */
  readonly concurrency?: number;
}

/**
 * The SQS handler: each message holds one S3 event notification, whose created objects are ingested, or one
 * reindex message (`communique reindex`, reindex-message.ts), whose object is re-read with the current parser.
 * A message that fails is reported alone as a batch item failure (with its own message id, never empty:
 * an empty or wrong id fails the whole batch), so SQS redelivers it and deletes the others. After 5
 * receives the queue moves it to the dead-letter queue (stack configuration), whose alarm fires.
 *
 * Reads no environment: `index.ts` and local mode build the dependencies.
 */
export function createHandler(deps: HandlerDeps): (event: SQSEvent) => Promise<SQSBatchResponse> {
  const concurrency = Math.max(1, deps.concurrency ?? 4);
  return async (event) => {
    const failures: SQSBatchItemFailure[] = [];
    const queue = [...event.Records];
    const worker = async (): Promise<void> => {
      for (let message = queue.shift(); message; message = queue.shift()) {
        if (!(await processMessage(message, deps))) failures.push({ itemIdentifier: message.messageId });
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
    } finally {
      deps.flush?.();
    }
    return { batchItemFailures: failures };
  };
}

/** Ingests every object of one message; false when the message must be retried. */
async function processMessage(message: SQSRecord, deps: HandlerDeps): Promise<boolean> {
  const fields = { messageId: message.messageId, receiveCount: message.attributes?.ApproximateReceiveCount };
  const reindex = parseReindexMessage(message.body);
  if (reindex) return processReindex(reindex.ref, reindex.alertNewMatches, fields, deps);
  let notification: ReturnType<typeof parseS3Notification>;
  try {
    notification = parseS3Notification(message.body);
  } catch (error) {
    if (!(error instanceof MalformedEventError)) throw error;
    // Retried like any failure; after 5 receives it waits in the dead-letter queue for someone to look.
    deps.logger.error('Not an S3 event notification', { ...fields, detail: printable(error.message) });
    return false;
  }
  if (notification.kind === 'test') {
    deps.logger.info('Ignored the S3 test event', fields);
    return true;
  }
  // Objects of one message in sequence: S3 puts one record per message in practice.
  for (const ref of notification.objects) {
    if (ref.bucket !== deps.bucket) {
      deps.logger.warn('Ignored an event for another bucket', {
        ...fields,
        bucket: printable(ref.bucket),
        key: printable(ref.key),
      });
      continue;
    }
    try {
      await ingestRelease(ref, deps);
    } catch (error) {
      deps.logger.error('Ingest failed; the message will be retried', {
        ...fields,
        bucket: printable(ref.bucket),
        key: printable(ref.key),
        error: printable(error instanceof Error ? `${error.name}: ${error.message}` : String(error)),
      });
      return false;
    }
  }
  return true;
}

/** A `communique reindex` message: re-reads one object; false when it must be retried. */
async function processReindex(
  ref: ObjectRef,
  alertNewMatches: boolean,
  fields: Record<string, unknown>,
  deps: HandlerDeps,
): Promise<boolean> {
  const where = { ...fields, bucket: printable(ref.bucket), key: printable(ref.key) };
  if (ref.bucket !== deps.bucket) {
    deps.logger.warn('Ignored a reindex message for another bucket', where);
    return true;
  }
  try {
    await reindexRelease(ref, deps, { alertNewMatches });
    return true;
  } catch (error) {
    deps.logger.error('Reindex failed; the message will be retried', {
      ...where,
      error: printable(error instanceof Error ? `${error.name}: ${error.message}` : String(error)),
    });
    return false;
  }
}
