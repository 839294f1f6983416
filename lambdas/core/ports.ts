/**
 * Ports: the roles the ingest use case talks to. Adapters (S3, DynamoDB, SNS, local mode) implement them;
 * the core never imports an adapter.
 */

/** Where an uploaded object lives, as told by the S3 event (key already URL-decoded). */
export interface ObjectRef {
  readonly bucket: string;
  readonly key: string;
  /** Set when the bucket is versioned. */
  readonly versionId?: string;
  /** Size in bytes from the event, checked against the limit before any download. */
  readonly size: number;
  readonly eTag?: string;
  /** S3's per-key event order (hex string); orders events of one key only. */
  readonly sequencer?: string;
}

/** Reads the bytes of an uploaded release. Read-only by design: the function never writes its input bucket. */
export interface ReleaseSource {
  getObject(ref: ObjectRef): Promise<Uint8Array>;
}

/** One alert for one release: what SNS publishes, and what local mode mails. */
export interface Alert {
  readonly releaseId: string;
  /** ASCII, no control characters, at most 99 characters (SNS Subject rules). */
  readonly subject: string;
  /** Plain text, well under SNS's 256 KiB message limit. */
  readonly body: string;
  /** Normalised interest values, e.g. `country:SI`, `official:kassym-jomart-tokayev` (the `interests` String.Array attribute). */
  readonly interests: readonly string[];
  /** `new` for a first alert, `update` when changed content replaced a release under the same key. */
  readonly kind: 'new' | 'update';
}

/** Sends an alert to every subscriber whose filter policy matches its interests. */
export interface AlertPublisher {
  publish(alert: Alert): Promise<void>;
}
