import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import type { SQSRecord } from 'aws-lambda';
import type { ReleaseStore } from '../../lambdas/core/ports';
import { parseS3Notification } from '../../lambdas/core/s3-event';
import { s3EventToSqsRecords } from './s3-event-to-sqs';

/** S3 quotes ETags in listings and leaves the quotes out of event notifications (s3rver does the same). */
const bareETag = (eTag: string | undefined): string | undefined => eTag?.replace(/^"|"$/g, '');

/** `bucket/key#etag` of every object the messages name, to know which objects are already queued. */
export function objectsOf(messages: readonly SQSRecord[]): Set<string> {
  const named = new Set<string>();
  for (const message of messages) {
    try {
      const notification = parseS3Notification(message.body);
      if (notification.kind !== 'objects') continue;
      for (const ref of notification.objects)
        named.add(`${ref.bucket}/${ref.key}#${bareETag(ref.eTag) ?? ''}`);
    } catch {
      // not an S3 event: names no object
    }
  }
  return named;
}

/**
 * Finds the objects of the bucket that were never ingested: no release or failure for their current version,
 * and no message queued or parked for them (an upload whose event was lost when local mode died between storing
 * the object and journaling its event). Sends one S3 event for each; returns how many.
 */
export async function reconcileBucket(deps: {
  readonly s3: S3Client;
  readonly bucket: string;
  readonly store: Pick<ReleaseStore, 'hasProcessed'>;
  /** `bucket/key#etag` of objects already queued or parked. */
  readonly queued: ReadonlySet<string>;
  readonly send: (messages: SQSRecord[]) => void;
}): Promise<number> {
  let token: string | undefined;
  let sent = 0;
  do {
    const page = await deps.s3.send(
      new ListObjectsV2Command({ Bucket: deps.bucket, ...(token ? { ContinuationToken: token } : {}) }),
    );
    for (const object of page.Contents ?? []) {
      const key = object.Key;
      const eTag = bareETag(object.ETag);
      if (!key || !eTag) continue;
      // Console folder placeholders are skipped by the ingest and so never recorded.
      if (key.endsWith('/') && !object.Size) continue;
      if (deps.queued.has(`${deps.bucket}/${key}#${eTag}`)) continue;
      const ref = { bucket: deps.bucket, key, eTag, size: object.Size ?? 0 };
      if (await deps.store.hasProcessed(ref)) continue;
      // No sequencer: this object is its key's newest, and an event without one is never judged stale.
      deps.send(
        s3EventToSqsRecords({
          Records: [
            {
              eventName: 'ObjectCreated:Put',
              eventTime: (object.LastModified ?? new Date()).toISOString(),
              s3: { bucket: { name: deps.bucket }, object: { key, size: object.Size ?? 0, eTag } },
            },
          ],
        }),
      );
      sent++;
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return sent;
}
