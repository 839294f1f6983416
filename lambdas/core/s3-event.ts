import type { ObjectRef } from './ports';

/** What one SQS message body from an S3 event notification holds. */
export type S3Notification =
  /** S3 sends `s3:TestEvent` once when the notification is configured: nothing to ingest. */
  { readonly kind: 'test' } | { readonly kind: 'objects'; readonly objects: readonly ObjectRef[] };

/** A message body that is not an S3 event notification (bad JSON or an unknown shape). */
export class MalformedEventError extends Error {
  override readonly name = 'MalformedEventError';
}

/**
 * Decodes an object key as S3 event notifications encode it: URL-encoded, with `+` for a space (so a literal `+`
 * arrives as `%2B`). `releases/2025+11/Klako%C4%8Dar.txt` is `releases/2025 11/Klakočar.txt`.
 */
export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}

/**
 * Parses the body of one SQS message carrying an S3 event notification into the created objects it names.
 * Records of other events (removals, restores) are left out.
 * @throws MalformedEventError when the body is not an S3 event notification.
 */
export function parseS3Notification(body: string): S3Notification {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new MalformedEventError('The message body is not JSON.');
  }
  if (!isObject(json)) throw new MalformedEventError('The message body is not a JSON object.');
  if (json.Event === 's3:TestEvent') return { kind: 'test' };
  if (!Array.isArray(json.Records)) throw new MalformedEventError('The message body has no `Records` array.');
  const objects: ObjectRef[] = [];
  for (const record of json.Records) {
    if (!isObject(record) || typeof record.eventName !== 'string' || !isObject(record.s3)) {
      throw new MalformedEventError('A record is not an S3 event record.');
    }
    if (!record.eventName.startsWith('ObjectCreated:')) continue;
    const { bucket, object } = record.s3;
    if (
      !isObject(bucket) ||
      typeof bucket.name !== 'string' ||
      !isObject(object) ||
      typeof object.key !== 'string'
    ) {
      throw new MalformedEventError('A record names no bucket or key.');
    }
    let key: string;
    try {
      key = decodeS3Key(object.key);
    } catch {
      throw new MalformedEventError(`The key '${object.key}' is not URL-encoded as S3 encodes keys.`);
    }
    objects.push({
      bucket: bucket.name,
      key,
      // S3 always sends `size` for ObjectCreated; a missing one is checked against the downloaded bytes.
      size: typeof object.size === 'number' ? object.size : 0,
      ...(typeof object.versionId === 'string' && object.versionId !== ''
        ? { versionId: object.versionId }
        : {}),
      ...(typeof object.eTag === 'string' ? { eTag: object.eTag } : {}),
      ...(typeof object.sequencer === 'string' ? { sequencer: object.sequencer } : {}),
    });
  }
  return { kind: 'objects', objects };
}

/**
 * A sequencer made comparable as a plain string: S3's sequencers of one key differ in length, and the S3 event
 * docs say to right-pad the shorter with zeros before comparing lexicographically (older versions of the page
 * said left-pad; right-pad is the current text, "Event message structure").
 */
export function comparableSequencer(sequencer: string): string {
  return sequencer.toUpperCase().padEnd(64, '0');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
