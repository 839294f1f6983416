import { contentHash, releaseIdFor } from '../../lambdas/core/content-hash';
import { ingestRelease } from '../../lambdas/core/ingest-release';
import { parseRelease } from '../../lambdas/core/parse/parse-release';
import { PARSER_VERSION } from '../../lambdas/core/parse/parser-version';
import type { ObjectRef } from '../../lambdas/core/ports';
import { reindexRelease } from '../../lambdas/core/reindex-release';
import type { ParsedRelease } from '../../lambdas/core/release';
import { memoryIngestWorld } from '../support/memory-ingest-world';
import { SAMPLE_RELEASE } from '../support/sample-release';

// The reindex use case on the in-memory store (the store side is checked against DynamoDB by the contract tests).

const BUCKET = 'releases';
const KEY = 'inbox/a.txt';

const world = memoryIngestWorld;

/** What an older parser made of the sample: the same content (date, title, body), other entities. */
function olderReading(): ParsedRelease {
  const current = parseRelease(new TextEncoder().encode(SAMPLE_RELEASE), { fileName: 'a.txt' });
  return {
    ...current,
    summary: 'An older summary.',
    countries: [{ code: 'JP', name: 'Japan', mentions: ['Japan'] }],
    officials: [
      { id: 'taro-yamada', name: 'Taro Yamada', variants: ['Taro Yamada'], roles: [], country: null },
    ],
  };
}

/** Stores the older reading under KEY as the ingest once did, and puts the file in the source. */
async function archiveReadByOlderParser(
  w: ReturnType<typeof world>,
): Promise<{ ref: ObjectRef; id: string }> {
  const ref = w.source.put(BUCKET, KEY, SAMPLE_RELEASE);
  const old = olderReading();
  const hash = contentHash(old);
  const { releaseId } = await w.store.storeRelease({
    ref,
    release: old,
    contentHash: hash,
    newReleaseId: releaseIdFor(hash),
    bodyBytes: ref.size,
    at: '2025-01-01T00:00:00.000Z',
    parserVersion: 'older',
  });
  return { ref, id: releaseId };
}

test('a release an older parser read takes the new extraction: same id, new pointers and profiles, no alert', async () => {
  const w = world();
  const { ref, id } = await archiveReadByOlderParser(w);
  expect((await w.store.listReleases({ country: 'JP' })).map((r) => r.id)).toEqual([id]);

  const outcome = await reindexRelease(ref, w.deps);
  expect(outcome).toMatchObject({ status: 'reindexed', outcome: 'changed', releaseId: id });
  const release = await w.store.getRelease(id);
  expect(release?.parserVersion).toBe(PARSER_VERSION);
  expect(release?.countries.map((c) => c.code).sort()).toEqual(['HR', 'SI']);
  expect(release?.officials.map((o) => o.id)).not.toContain('taro-yamada');
  expect(release?.status).toBe('stored');
  // The old pointers no longer match; the new ones do.
  expect(await w.store.listReleases({ country: 'JP' })).toEqual([]);
  expect(await w.store.listReleases({ official: 'taro-yamada' })).toEqual([]);
  expect((await w.store.listReleases({ country: 'HR' })).map((r) => r.id)).toEqual([id]);
  const officials = await w.store.listOfficials();
  expect(officials.find((o) => o.id === 'taro-yamada')?.releaseCount).toBe(0);
  for (const o of release?.officials ?? [])
    expect(officials.find((p) => p.id === o.id)?.releaseCount).toBe(1);
  expect(w.publisher.published).toEqual([]);
  expect(w.metrics.counts).toEqual({ ReleaseReindexed: 1 });

  // Again: nothing left to change.
  expect(await reindexRelease(ref, w.deps)).toMatchObject({ outcome: 'unchanged', releaseId: id });
  expect(w.publisher.published).toEqual([]);
});

test('statuses stay: an alerted release stays alerted, and is not alerted again', async () => {
  const w = world();
  const ref = w.source.put(BUCKET, KEY, SAMPLE_RELEASE);
  const ingested = await ingestRelease(ref, w.deps);
  expect(ingested).toMatchObject({ alerted: true });
  const reindexed = await reindexRelease(ref, w.deps);
  expect(reindexed).toMatchObject({ outcome: 'unchanged' });
  expect((await w.store.getRelease('releaseId' in reindexed ? reindexed.releaseId : ''))?.status).toBe(
    'alerted',
  );
  expect(w.publisher.published).toHaveLength(1);
});

test('an object changed since it was stored is reported, and nothing is written', async () => {
  const w = world();
  const { id } = await archiveReadByOlderParser(w);
  const changed = w.source.put(
    BUCKET,
    KEY,
    SAMPLE_RELEASE.replace('Slovenia and Croatia', 'Slovenia and Austria'),
  );
  expect(await reindexRelease(changed, w.deps)).toEqual({
    status: 'reindexed',
    outcome: 'content-changed',
    releaseId: id,
  });
  expect((await w.store.getRelease(id))?.parserVersion).toBe('older');
  expect(w.metrics.counts).toEqual({ ReindexSkipped: 1 });
});

test('a key no release holds is reported; a file that no longer parses is a recorded failure', async () => {
  const w = world();
  expect(await reindexRelease(w.source.put(BUCKET, 'never.txt', SAMPLE_RELEASE), w.deps)).toEqual({
    status: 'reindexed',
    outcome: 'not-stored',
  });
  const { ref } = await archiveReadByOlderParser(w);
  const empty = w.source.put(BUCKET, KEY, '');
  expect(await reindexRelease({ ...empty, eTag: 'empty' }, w.deps)).toEqual({
    status: 'failed',
    reason: 'empty',
  });
  expect((await w.store.listFailures()).map((f) => [f.key, f.reason])).toEqual([[KEY, 'empty']]);
  expect(ref.key).toBe(KEY);
});
