import { contentHash } from './content-hash';
import type { IngestDeps } from './ingest-release';
import { PARSER_VERSION } from './parse/parser-version';
import type { IngestFailureReason, ObjectRef, ReindexReleaseResult } from './ports';
import { readRelease } from './read-release';
import { printable } from './text/printable';

/** What re-reading one object did. */
export type ReindexOutcome =
  | { readonly status: 'failed'; readonly reason: IngestFailureReason }
  | (ReindexReleaseResult & { readonly status: 'reindexed' });

/**
 * Re-reads one stored object with the current parser and puts the new extraction (fields, pointers, profiles,
 * parser version) into the release its key holds: same id, same status, never an alert. A file that no longer
 * parses is recorded as a failure, as the ingest would. A reading whose content hash differs from the stored one
 * (the object changed since, or the parser now reads another date, title or body) changes nothing and is
 * reported as `content-changed`: replacing the content is an update, which the object's own upload event (or
 * uploading it again) does, with its alert.
 */
export async function reindexRelease(ref: ObjectRef, deps: IngestDeps): Promise<ReindexOutcome> {
  const fields = { bucket: printable(ref.bucket), key: printable(ref.key), size: ref.size };
  const read = await readRelease(ref, deps);
  if (!read.ok) {
    if (read.outcome.status === 'failed') return { status: 'failed', reason: read.outcome.reason };
    throw new Error('readRelease returns failures only');
  }
  const result = await deps.store.reindexRelease({
    ref,
    release: read.release,
    contentHash: contentHash(read.release),
    parserVersion: PARSER_VERSION,
    at: deps.clock.now().toISOString(),
  });
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
  });
  return { ...result, status: 'reindexed' };
}
