import { buildAlert } from './alert';
import { contentHash } from './content-hash';
import type { IngestDeps } from './ingest-release';
import { PARSER_VERSION } from './parse/parser-version';
import type { IngestFailureReason, ObjectRef, ReindexReleaseResult } from './ports';
import { readRelease } from './read-release';
import { printable } from './text/printable';

/** What re-reading one object did. */
export type ReindexOutcome =
  | { readonly status: 'failed'; readonly reason: IngestFailureReason }
  | (ReindexReleaseResult & { readonly status: 'reindexed'; readonly alerted?: boolean });

export interface ReindexOptions {
  /** Alert the subscribers who match the new extraction and did not match the old one. @default false */
  readonly alertNewMatches?: boolean;
}

/**
 * Re-reads one stored object with the current parser and puts the new extraction (fields, pointers, profiles,
 * parser version) into the release its key holds: same id, same status, never an alert. A file that no longer
 * parses is recorded as a failure, as the ingest would. A reading whose content hash differs from the stored one
 * (the object changed since, or the parser now reads another date, title or body) changes nothing and is
 * reported as `content-changed`: replacing the content is an update, which the object's own upload event (or
 * uploading it again) does, with its alert.
 *
 * With `alertNewMatches`, a change that adds interests to an alerted release publishes one `reindex` alert: its
 * `interests` are only the values the release did not have before (an SNS filter policy on an old value does not
 * fire), its `previousInterests` the values it had (the notifier leaves out whoever they match). The store owes
 * the alert from the write that changed the extraction until `completeReindexAlert`, so a crash or a failed
 * publish in between is retried by the queue and still alerts; the window between Publish and that clear is the
 * one where a retry can publish twice (the notifier's per-(subscriber, release) claim still mails table
 * subscribers once). History releases and releases not alerted yet are never alerted by a reindex.
 */
export async function reindexRelease(
  ref: ObjectRef,
  deps: IngestDeps,
  options: ReindexOptions = {},
): Promise<ReindexOutcome> {
  const fields = { bucket: printable(ref.bucket), key: printable(ref.key), size: ref.size };
  const read = await readRelease(ref, deps);
  if (!read.ok) {
    if (read.outcome.status === 'failed') return { status: 'failed', reason: read.outcome.reason };
    throw new Error('readRelease returns failures only');
  }
  const hash = contentHash(read.release);
  const result = await deps.store.reindexRelease({
    ref,
    release: read.release,
    contentHash: hash,
    parserVersion: PARSER_VERSION,
    at: deps.clock.now().toISOString(),
    ...(options.alertNewMatches ? { alertNewMatches: true } : {}),
  });
  let alerted = false;
  if ('owedAlert' in result && result.owedAlert && options.alertNewMatches) {
    const alert = buildAlert({
      releaseId: result.releaseId,
      kind: 'reindex',
      release: read.release,
      location: { bucket: ref.bucket, key: ref.key, ...(deps.region ? { region: deps.region } : {}) },
      previousInterests: result.owedAlert.previousInterests,
    });
    if (alert.interests.length > 0) {
      // A throw here leaves the alert owed: the queue's retry publishes it.
      await deps.publisher.publish(alert);
      alerted = true;
      deps.metrics.count('AlertPublished');
    }
    await deps.store.completeReindexAlert(result.releaseId, hash);
  }
  deps.metrics.count(
    result.outcome === 'changed'
      ? 'ReleaseReindexed'
      : result.outcome === 'unchanged'
        ? 'ReindexUnchanged'
        : 'ReindexSkipped',
  );
  deps.logger.info('Reindexed a release', {
    ...fields,
    outcome: result.outcome,
    ...('releaseId' in result ? { releaseId: result.releaseId } : {}),
    ...(alerted ? { alerted } : {}),
  });
  return { ...result, status: 'reindexed', ...(options.alertNewMatches ? { alerted } : {}) };
}
