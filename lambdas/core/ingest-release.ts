import { buildAlert } from './alert';
import { contentHash, releaseIdFor } from './content-hash';
import { isHistoryKey } from './history-prefix';
import { PARSER_VERSION } from './parse/parser-version';
import type {
  Alert,
  AlertLeaseRequest,
  AlertPublisher,
  Clock,
  IngestFailureReason,
  IngestLogger,
  IngestMetrics,
  ObjectRef,
  ReleaseSource,
  ReleaseStore,
  StoreReleaseResult,
} from './ports';
import { readRelease, recordIngestFailure } from './read-release';
import { printable } from './text/printable';

/** Default publish lease: 2 minutes, shorter than the queue's visibility timeout (at least 180 s in the stack). */
export const DEFAULT_ALERT_LEASE_MS = 2 * 60 * 1000;

/** What {@link ingestRelease} talks to. */
export interface IngestDeps {
  readonly source: ReleaseSource;
  readonly store: ReleaseStore;
  readonly publisher: AlertPublisher;
  readonly clock: Clock;
  readonly logger: IngestLogger;
  readonly metrics: IngestMetrics;
  /** Objects bigger than this are recorded as `too-large` failures without being downloaded. */
  readonly maxObjectBytes: number;
  /** A unique id per call (lease holder); `crypto.randomUUID` in production. */
  readonly newId: () => string;
  /** @default DEFAULT_ALERT_LEASE_MS. Must stay under the SQS visibility timeout. */
  readonly alertLeaseMs?: number;
  /** AWS region of the bucket, for the console link in alerts; absent in local mode. */
  readonly region?: string;
}

/** What happened to one object. */
export type IngestOutcome =
  | { readonly status: 'skipped' }
  | { readonly status: 'failed'; readonly reason: IngestFailureReason }
  | (StoreReleaseResult & { readonly status: 'stored'; readonly alerted: boolean });

/**
 * Another delivery of the same release holds the publish lease. Retryable: the message is redelivered after the
 * visibility timeout and then finds the release alerted (or the lease expired, when its holder crashed).
 */
export class AlertInProgressError extends Error {
  override readonly name = 'AlertInProgressError';
}

/**
 * Ingests one uploaded object: size check, download, parse, idempotent store, then at most one alert per
 * release content. Repeating it for the same object, in sequence or concurrently, stores one release and
 * publishes one alert.
 *
 * Files that will never parse (empty, binary, undecodable, malformed, too large, gone) become a recorded
 * failure and resolve normally, so the message is not retried. Everything else that throws (AWS errors,
 * {@link AlertInProgressError}) is meant to be retried by the queue.
 */
export async function ingestRelease(ref: ObjectRef, deps: IngestDeps): Promise<IngestOutcome> {
  const { logger, metrics } = deps;
  // Keys are anyone's text: a CR/LF in one must not forge a line in a log that prints fields as text.
  const fields = { bucket: printable(ref.bucket), key: printable(ref.key), size: ref.size };

  // The S3 console's "Create folder" writes a zero-byte object whose key ends in `/`.
  if (ref.key.endsWith('/') && ref.size === 0) {
    logger.debug('Skipped a folder placeholder', fields);
    return { status: 'skipped' };
  }

  const read = await readRelease(ref, deps);
  if (!read.ok) return read.outcome;
  const { release, bytes } = read;

  const hash = contentHash(release);
  const now = deps.clock.now();
  // The lease asked for with the store: a release this delivery creates holds it from its first write.
  const leaseTerms = {
    holder: deps.newId(),
    now: now.toISOString(),
    until: new Date(now.getTime() + (deps.alertLeaseMs ?? DEFAULT_ALERT_LEASE_MS)).toISOString(),
  };
  const stored = await deps.store.storeRelease({
    ref,
    release,
    contentHash: hash,
    newReleaseId: releaseIdFor(hash),
    bodyBytes: bytes,
    at: leaseTerms.now,
    parserVersion: PARSER_VERSION,
    alertLease: leaseTerms,
  });
  metrics.count(
    (
      {
        created: 'ReleaseStored',
        duplicate: 'DuplicateSkipped',
        updated: 'ReleaseUpdated',
        stale: 'StaleEventSkipped',
      } as const
    )[stored.outcome],
  );
  logger.info('Stored a release', { ...fields, releaseId: stored.releaseId, outcome: stored.outcome });
  const result = { outcome: stored.outcome, releaseId: stored.releaseId };
  if (stored.outcome === 'stale') return { ...result, status: 'stored', alerted: false };

  const lease: AlertLeaseRequest = { releaseId: stored.releaseId, contentHash: hash, ...leaseTerms };
  const granted = stored.alertLease ?? (await deps.store.acquireAlertLease(lease));
  if (granted.state === 'held') {
    throw new AlertInProgressError(
      `The alert of release ${stored.releaseId} is being published by another delivery.`,
    );
  }
  if (granted.state !== 'acquired') {
    logger.debug('No alert to publish', { ...fields, releaseId: stored.releaseId, lease: granted.state });
    return { ...result, status: 'stored', alerted: false };
  }

  if (isHistoryKey(ref.key)) {
    // Marked history without a Publish: a later upload of the same content elsewhere stays silent too.
    await deps.store.completeHistory(lease);
    metrics.count('AlertSuppressed');
    logger.info('Stored history without an alert', { ...fields, releaseId: stored.releaseId });
    return { ...result, status: 'stored', alerted: false };
  }

  let alert: Alert;
  try {
    alert = buildAlert({
      releaseId: stored.releaseId,
      kind: granted.kind,
      release,
      location: { bucket: ref.bucket, key: ref.key, ...(deps.region ? { region: deps.region } : {}) },
    });
  } catch (error) {
    // buildAlert is pure: a retry would throw again, keep the lease until it expires and end in the dead-letter
    // queue. The lease goes back (the release stays `stored`) and the object is recorded as a failure instead.
    await deps.store.releaseAlertLease(lease).catch(() => undefined);
    return recordIngestFailure(
      ref,
      deps,
      'alert-failed',
      `The release was stored but its alert could not be built: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    await deps.publisher.publish(alert);
  } catch (error) {
    // Best effort: if giving the lease back fails too, the retry waits for the lease to expire instead.
    await deps.store.releaseAlertLease(lease).catch(() => undefined);
    throw error;
  }
  metrics.count('AlertPublished');
  logger.info('Published an alert', {
    ...fields,
    releaseId: stored.releaseId,
    kind: granted.kind,
    interests: alert.interests.length,
  });
  // The one duplicate window: a crash or error here, after Publish and before the status is written, lets
  // the retry publish again once the lease expires. Every step before is repeatable without a second alert.
  await deps.store.completeAlert(lease);
  return { ...result, status: 'stored', alerted: true };
}
