import { MemoryReleaseStore } from '../../lambdas/adapters/memory/memory-release-store';
import { contentHash } from '../../lambdas/core/content-hash';
import { SEARCH_TEXT_BYTES } from '../../lambdas/core/limits';
import type { ReleaseArchive, ReleaseStore, StoreReleaseInput } from '../../lambdas/core/ports';
import type { ParsedRelease } from '../../lambdas/core/release';
import { startDynalite, type TestDynamo } from '../support/dynalite';
import { dynamoStoreAndArchive } from '../support/dynamo-store';
import { input, official, release } from '../support/store-inputs';

// One contract, two stores: the DynamoDB adapter on dynalite (started here, 127.0.0.1, a free port) and the
// in-memory store the use case is tested on. Whatever one does, the other must do too.

type Store = ReleaseStore & ReleaseArchive;

let dynamo: TestDynamo;
beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(async () => {
  await dynamo.close();
});

const STORES: Array<[string, () => Promise<Store>]> = [
  ['dynamodb', async () => dynamoStoreAndArchive(dynamo.client, await dynamo.createTable())],
  ['memory', async () => new MemoryReleaseStore()],
];

const tokayev = official(
  'Kassym-Jomart Tokayev',
  ['Kassym-Jomart Tokayev', 'President Tokayev'],
  ['President'],
);
const tokayevShort = official('Kassym-Jomart Tokayev', ['K.Tokayev', 'Tokayev'], ['Head of State']);
const fajon = official('Tanja Fajon', ['Tanja Fajon'], ['Minister']);

const X = release('KZ and SI talks', '2024-03-01', ['KZ', 'SI'], [tokayev, fajon]);
const Y = release('KZ talks', '2024-03-02', ['KZ'], [tokayev]);
const Z = release('HR weather', null, ['HR']);

const titles = (releases: Array<{ title: string }>) => releases.map((r) => r.title);
const loc = (key: string) => `s3://releases/${key}`;

/** Publishes as the use case does: lease, then complete. */
async function alert(store: Store, releaseId: string, hash: string, holder = 'h') {
  const lease = {
    releaseId,
    contentHash: hash,
    holder,
    now: '2025-01-01T00:00:00Z',
    until: '2025-01-01T00:02:00Z',
  };
  const granted = await store.acquireAlertLease(lease);
  if (granted.state === 'acquired') await store.completeAlert(lease);
  return granted;
}

describe.each(STORES)('%s store', (_name, open) => {
  async function archive() {
    const store = await open();
    const releases = [
      input('a.txt', X, '2025-11-20T10:00:01Z'),
      input(
        'b.txt',
        release('KZ economy forum', '2025-06-15', ['KZ'], [tokayevShort]),
        '2025-11-20T10:00:02Z',
      ),
      input('c.txt', release('SI weather alert', null, ['SI']), '2025-11-20T10:00:03Z'),
      input(
        'd.txt',
        release('SI and HR border', '2025-11-19', ['SI', 'HR'], [fajon]),
        '2025-11-20T10:00:04Z',
      ),
    ];
    const ids: string[] = [];
    for (const r of releases) ids.push((await store.storeRelease(r)).releaseId);
    // Repeats (a redelivery) change nothing, counts included.
    expect((await store.storeRelease(releases[0] as StoreReleaseInput)).outcome).toBe('duplicate');
    return { store, ids };
  }

  describe('archive reads', () => {
    test('most recent releases, newest ingest first', async () => {
      const { store } = await archive();
      expect(titles(await store.listReleases({}))).toEqual([
        'SI and HR border',
        'SI weather alert',
        'KZ economy forum',
        'KZ and SI talks',
      ]);
      expect(titles(await store.listReleases({ limit: 2 }))).toEqual([
        'SI and HR border',
        'SI weather alert',
      ]);
    });

    test('by country, with and without a date range (undated releases only without one)', async () => {
      const { store } = await archive();
      expect(titles(await store.listReleases({ country: 'SI' }))).toEqual([
        'SI and HR border',
        'KZ and SI talks',
        'SI weather alert',
      ]);
      expect(titles(await store.listReleases({ country: 'si', since: '2025-01-01' }))).toEqual([
        'SI and HR border',
      ]);
      expect(titles(await store.listReleases({ country: 'SI', until: '2024-12-31' }))).toEqual([
        'KZ and SI talks',
      ]);
      expect(await store.listReleases({ country: 'US' })).toEqual([]);
    });

    test('by official and date range', async () => {
      const { store } = await archive();
      expect(titles(await store.listReleases({ official: 'kasim-jomart-tokaev' }))).toEqual([
        'KZ economy forum',
        'KZ and SI talks',
      ]);
      expect(
        titles(
          await store.listReleases({
            official: 'kasim-jomart-tokaev',
            since: '2024-01-01',
            until: '2024-12-31',
          }),
        ),
      ).toEqual(['KZ and SI talks']);
      expect(
        titles(await store.listReleases({ country: 'SI', official: 'tanja-fajon', since: '2025-01-01' })),
      ).toEqual(['SI and HR border']);
    });

    test('by date range alone, across years', async () => {
      const { store } = await archive();
      expect(titles(await store.listReleases({ since: '2024-01-01', until: '2025-12-31' }))).toEqual([
        'SI and HR border',
        'KZ economy forum',
        'KZ and SI talks',
      ]);
      expect(titles(await store.listReleases({ since: '2025-06-15', until: '2025-06-15' }))).toEqual([
        'KZ economy forum',
      ]);
    });

    test('officials with every known variant, and a release count that repeats do not inflate', async () => {
      const { store } = await archive();
      expect(await store.listOfficials()).toEqual([
        {
          id: 'kasim-jomart-tokaev',
          name: 'Kassym-Jomart Tokayev',
          variants: ['K.Tokayev', 'Kassym-Jomart Tokayev', 'President Tokayev', 'Tokayev'],
          roles: ['Head of State', 'President'],
          releaseCount: 2,
        },
        {
          id: 'tanja-fajon',
          name: 'Tanja Fajon',
          variants: ['Tanja Fajon'],
          roles: ['Minister'],
          releaseCount: 2,
        },
      ]);
    });

    test('paging on after a release, in release-date order, undated last; every filter keeps its range', async () => {
      const { store } = await archive();
      const all = await store.listReleases({ country: 'SI' });
      const pages: string[][] = [];
      let after: { date: string | null; id: string } | undefined;
      for (;;) {
        const page = await store.listReleases({ country: 'SI', limit: 1, ...(after ? { after } : {}) });
        if (page.length === 0) break;
        pages.push(titles(page));
        const last = page[page.length - 1];
        after = last ? { date: last.date, id: last.id } : undefined;
      }
      expect(pages).toEqual(titles(all).map((t) => [t]));
      expect(pages.flat()).toEqual(['SI and HR border', 'KZ and SI talks', 'SI weather alert']);

      const first = all[0];
      if (!first) throw new Error('no release');
      const position = { date: first.date, id: first.id };
      expect(
        titles(await store.listReleases({ country: 'SI', until: '2024-12-31', after: position })),
      ).toEqual(['KZ and SI talks']);
      const byTokayev = await store.listReleases({ official: 'kasim-jomart-tokaev' });
      const newest = byTokayev[0];
      if (!newest) throw new Error('no release');
      expect(
        titles(
          await store.listReleases({
            official: 'kasim-jomart-tokaev',
            after: { date: newest.date, id: newest.id },
          }),
        ),
      ).toEqual(['KZ and SI talks']);
      expect(titles(await store.listReleases({ since: '2024-01-01', after: position }))).toEqual([
        'KZ economy forum',
        'KZ and SI talks',
      ]);
      // After an undated release only undated ones with a lower id follow; date ranges hold none.
      expect(
        await store.listReleases({ since: '2024-01-01', after: { date: null, id: 'f'.repeat(24) } }),
      ).toEqual([]);
      await expect(store.listReleases({ after: position })).rejects.toThrow('release-date order');
    });

    test("the search text: the body's distinct folded words, on request only, replaced by an update", async () => {
      const store = await open();
      const body = [
        'Opening words of the release.',
        ...Array.from({ length: 40 }, (_, i) => `Paragraph ${i} repeats the opening words.`),
        'At the very end the Ministers signed a memorandum on Čebelarstvo.',
      ];
      const parsed = { ...release('Beekeeping', '2025-05-20', ['SI']), body };
      const { releaseId } = await store.storeRelease(input('bees.txt', parsed, '2025-05-20T00:00:00Z'));
      const [listed] = await store.listReleases({ country: 'SI', withSearchText: true });
      const words = (listed?.searchText ?? '').split(' ');
      expect(words).toContain('cebelarstvo');
      expect(words).toContain('memorandum');
      expect(words.filter((w) => w === 'opening')).toHaveLength(1);
      expect(words.slice(0, 3)).toEqual(['opening', 'words', 'of']);
      for (const read of [
        ...(await store.listReleases({ country: 'SI' })),
        ...(await store.listReleases({})),
        await store.getRelease(releaseId),
      ]) {
        expect(read).not.toHaveProperty('searchText');
      }
      expect((await store.listReleases({ withSearchText: true }))[0]?.searchText).toBe(listed?.searchText);

      // The key alone holds its release: changed content updates it, search text included.
      const changed = { ...parsed, body: ['Honey prices rose.'] };
      expect((await store.storeRelease(input('bees.txt', changed, '2025-05-21T00:00:00Z'))).outcome).toBe(
        'updated',
      );
      expect((await store.listReleases({ since: '2025-01-01', withSearchText: true }))[0]?.searchText).toBe(
        'honey prices rose',
      );
      const empty = { ...parsed, body: [] };
      expect((await store.storeRelease(input('bees.txt', empty, '2025-05-22T00:00:00Z'))).outcome).toBe(
        'updated',
      );
      expect((await store.listReleases({ country: 'SI', withSearchText: true }))[0]?.searchText).toBe('');
    });

    test('the search text stays within its byte cap, keeping the words that come first', async () => {
      const store = await open();
      const body = Array.from({ length: 4000 }, (_, i) => `word${i} Ŝlovo${i}`);
      await store.storeRelease(input('long.txt', { ...release('Long', '2025-01-01', ['SI']), body }, 't1'));
      const [stored] = await store.listReleases({ country: 'SI', withSearchText: true });
      const text = stored?.searchText ?? '';
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SEARCH_TEXT_BYTES);
      expect(Buffer.byteLength(text)).toBeGreaterThan(SEARCH_TEXT_BYTES - 20);
      expect(text.startsWith('word0 slovo0 word1 slovo1')).toBe(true);
      expect(text.split(' ')).not.toContain('word3999');
    });

    test('a release by id; bodies stay in S3', async () => {
      const { store, ids } = await archive();
      const stored = await store.getRelease(ids[0] ?? '');
      expect(stored).toMatchObject({ title: 'KZ and SI talks', locations: [loc('a.txt')], status: 'stored' });
      expect(stored).not.toHaveProperty('body');
      expect(await store.getRelease('nope')).toBeNull();
    });

    test('each release records the parser version that read it; an update records the new one', async () => {
      const store = await open();
      const x = (await store.storeRelease(input('A', X, 't1', { parserVersion: 'old-1' }))).releaseId;
      expect((await store.getRelease(x))?.parserVersion).toBe('old-1');
      await store.storeRelease(input('A', Y, 't2', { parserVersion: 'new-2' }));
      expect((await store.getRelease(x))?.parserVersion).toBe('new-2');
    });
  });

  test('failures newest first; a repeated failure keeps its first record; hasProcessed knows them', async () => {
    const store = await open();
    const failure = {
      bucket: 'releases',
      key: 'scan.pdf',
      objectVersion: '"etag1"',
      reason: 'binary' as const,
      message: 'The file is binary.',
      failedAt: '2025-11-20T11:00:00.000Z',
      size: 12,
    };
    await store.recordFailure(failure);
    await store.recordFailure({ ...failure, failedAt: '2025-11-20T12:00:00.000Z' });
    await store.recordFailure({
      ...failure,
      key: 'empty.txt',
      reason: 'empty',
      failedAt: '2025-11-20T11:30:00.000Z',
    });
    expect((await store.listFailures()).map((f) => [f.key, f.reason, f.failedAt])).toEqual([
      ['empty.txt', 'empty', '2025-11-20T11:30:00.000Z'],
      ['scan.pdf', 'binary', '2025-11-20T11:00:00.000Z'],
    ]);
    expect(await store.listFailures(1)).toHaveLength(1);
    const ref = { bucket: 'releases', key: 'scan.pdf', size: 12 };
    expect(await store.hasProcessed({ ...ref, eTag: '"etag1"' })).toBe(true);
    expect(await store.hasProcessed({ ...ref, eTag: '"etag2"' })).toBe(false);
  });

  test('hasProcessed: the version a key holds, not an earlier or later one', async () => {
    const store = await open();
    await store.storeRelease(input('a.txt', X, 't1', { eTag: '"x"' }));
    const ref = { bucket: 'releases', key: 'a.txt', size: 100 };
    expect(await store.hasProcessed({ ...ref, eTag: '"x"' })).toBe(true);
    expect(await store.hasProcessed({ ...ref, eTag: '"y"' })).toBe(false);
    expect(await store.hasProcessed({ ...ref, key: 'b.txt', eTag: '"x"' })).toBe(false);
    expect(await store.hasProcessed(ref)).toBe(false);
  });

  describe('content under a key, and releases shared by keys', () => {
    test('X under A, X under B, then Y under A: X stays (B still holds it); a later X under C joins X', async () => {
      const store = await open();
      const x = (await store.storeRelease(input('A', X, 't1'))).releaseId;
      expect(await store.storeRelease(input('B', X, 't2'))).toEqual({ outcome: 'duplicate', releaseId: x });
      await alert(store, x, contentHash(X));

      const y = await store.storeRelease(input('A', Y, 't3'));
      expect(y.outcome).toBe('created');
      expect(y.releaseId).not.toBe(x);
      expect(await store.getRelease(x)).toMatchObject({
        title: X.title,
        locations: [loc('B')],
        status: 'alerted',
      });
      expect(await store.getRelease(y.releaseId)).toMatchObject({ title: Y.title, locations: [loc('A')] });

      expect(await store.storeRelease(input('C', X, 't4'))).toEqual({ outcome: 'duplicate', releaseId: x });
      expect((await store.getRelease(x))?.locations).toEqual([loc('B'), loc('C')]);
      // X was alerted, Y is new: Y's delivery publishes, C's does not.
      expect(await alert(store, x, contentHash(X))).toEqual({ state: 'alerted' });
      expect(await alert(store, y.releaseId, contentHash(Y))).toEqual({ state: 'acquired', kind: 'new' });
      expect(titles(await store.listReleases({ country: 'SI' }))).toEqual([X.title]);
      expect(titles(await store.listReleases({ official: 'kasim-jomart-tokaev' }))).toEqual([
        Y.title,
        X.title,
      ]);
    });

    test('a key alone holding its release updates it in place (same id), and the old content can come back', async () => {
      const store = await open();
      const x = (await store.storeRelease(input('A', X, 't1'))).releaseId;
      await alert(store, x, contentHash(X));
      expect(await store.storeRelease(input('A', Y, 't2'))).toEqual({ outcome: 'updated', releaseId: x });
      expect(await store.getRelease(x)).toMatchObject({
        title: Y.title,
        status: 'stored',
        locations: [loc('A')],
      });
      expect(await alert(store, x, contentHash(Y))).toEqual({ state: 'acquired', kind: 'update' });
      expect(await store.listReleases({ country: 'SI' })).toEqual([]);
      expect((await store.listOfficials()).find((o) => o.id === 'tanja-fajon')?.releaseCount).toBe(0);

      // X is held by no key now: uploaded again elsewhere, it is a release again (with an id of its own).
      const again = await store.storeRelease(input('C', X, 't3'));
      expect(again.outcome).toBe('created');
      expect(again.releaseId).not.toBe(x);
      expect(await store.getRelease(again.releaseId)).toMatchObject({
        title: X.title,
        locations: [loc('C')],
      });
      expect(await alert(store, again.releaseId, contentHash(X))).toEqual({ state: 'acquired', kind: 'new' });
      // And back under A: A alone holds its release, so that release takes X back.
      expect(await store.storeRelease(input('A', X, 't4'))).toEqual({
        outcome: 'duplicate',
        releaseId: again.releaseId,
      });
      expect((await store.getRelease(x))?.locations).toEqual([]);
      expect((await store.getRelease(again.releaseId))?.locations).toEqual([loc('A'), loc('C')]);
      expect(await store.storeRelease(input('A', Z, 't5'))).toMatchObject({ outcome: 'created' });
      expect((await store.getRelease(again.releaseId))?.locations).toEqual([loc('C')]);
    });

    test('X, Y, X under one key: the release follows the key, same id throughout', async () => {
      const store = await open();
      const x = (await store.storeRelease(input('A', X, 't1'))).releaseId;
      expect(await store.storeRelease(input('A', Y, 't2'))).toEqual({ outcome: 'updated', releaseId: x });
      expect(await store.storeRelease(input('A', X, 't3'))).toEqual({ outcome: 'updated', releaseId: x });
      expect(await store.getRelease(x)).toMatchObject({ title: X.title, locations: [loc('A')] });
      expect(titles(await store.listReleases({}))).toEqual([X.title]);
    });

    test('an older event of a key, delivered after a newer one, changes nothing', async () => {
      const store = await open();
      const newer = await store.storeRelease(input('A', Y, 't2', { sequencer: '0B' }));
      expect(await store.storeRelease(input('A', X, 't3', { sequencer: '0A' }))).toEqual({
        outcome: 'stale',
        releaseId: newer.releaseId,
      });
      expect(titles(await store.listReleases({}))).toEqual([Y.title]);
      expect(await store.storeRelease(input('A', Z, 't4', { sequencer: '0C' }))).toMatchObject({
        outcome: 'updated',
      });
    });

    test('concurrent: duplicates of X racing an update of A, under many keys: nothing lost, one release per content', async () => {
      const store = await open();
      const x = (await store.storeRelease(input('A', X, 't1'))).releaseId;
      const keys = ['B', 'C', 'D', 'E', 'F'];
      const results = await Promise.all([
        store.storeRelease(input('A', Y, 't2')),
        ...keys.map((k) => store.storeRelease(input(k, X, 't2'))),
        store.storeRelease(input('G', Y, 't2')),
      ]);
      expect(results.every((r) => r.outcome !== 'stale')).toBe(true);
      const all = await store.listReleases({});
      // Every key is located exactly once, in a release holding its content.
      const holder = new Map<string, string>();
      for (const r of all)
        for (const l of r.locations) {
          expect(holder.has(l)).toBe(false);
          holder.set(l, r.title);
        }
      expect(Object.fromEntries(holder)).toEqual({
        [loc('A')]: Y.title,
        [loc('G')]: Y.title,
        ...Object.fromEntries(keys.map((k) => [loc(k), X.title])),
      });
      expect(all.filter((r) => r.title === Y.title)).toHaveLength(1);
      expect(all.filter((r) => r.title === X.title && r.locations.length > 0)).toHaveLength(1);
      void x;
    });
  });

  test("reindexRelease: the key's release takes the new extraction (same id, status kept); repeats change nothing", async () => {
    const store = await open();
    const id = (await store.storeRelease(input('A', X, 't1', { parserVersion: 'old' }))).releaseId;
    await alert(store, id, contentHash(X));
    // The same content (date, title, body), read anew: other countries and officials.
    const newer = { ...X, countries: [{ code: 'HR', name: 'HR', mentions: ['HR'] }], officials: [tokayev] };
    const reindex = (key: string, release: ParsedRelease) =>
      store.reindexRelease({
        ref: { bucket: 'releases', key, size: 100 },
        release,
        contentHash: contentHash(release),
        parserVersion: 'new',
        at: 't2',
      });
    expect(await reindex('A', newer)).toMatchObject({
      outcome: 'changed',
      releaseId: id,
      releaseStatus: 'alerted',
    });
    expect(await store.getRelease(id)).toMatchObject({
      status: 'alerted',
      parserVersion: 'new',
      locations: [loc('A')],
    });
    expect(await store.listReleases({ country: 'SI' })).toEqual([]);
    expect(titles(await store.listReleases({ country: 'HR' }))).toEqual([X.title]);
    expect((await store.listOfficials()).find((o) => o.id === 'tanja-fajon')?.releaseCount).toBe(0);
    expect((await store.listOfficials()).find((o) => o.id === tokayev.id)?.releaseCount).toBe(1);
    expect(await reindex('A', newer)).toMatchObject({ outcome: 'unchanged', releaseId: id });
    expect((await store.listOfficials()).find((o) => o.id === tokayev.id)?.releaseCount).toBe(1);
    // Another content under the key (the object changed since), or a key that holds nothing: nothing written.
    expect(await reindex('A', Y)).toEqual({ outcome: 'content-changed', releaseId: id });
    expect(await reindex('nowhere', X)).toEqual({ outcome: 'not-stored' });
    expect((await store.getRelease(id))?.countries.map((c) => c.code)).toEqual(['HR']);
  });

  test('reindexRelease with alertNewMatches: an alert is owed on an alerted release until completeReindexAlert', async () => {
    const store = await open();
    const id = (await store.storeRelease(input('A', X, 't1', { parserVersion: 'old' }))).releaseId;
    const newer = { ...X, countries: [...X.countries, { code: 'HR', name: 'HR', mentions: ['HR'] }] };
    const reindex = (release: ParsedRelease, alertNewMatches = true) =>
      store.reindexRelease({
        ref: { bucket: 'releases', key: 'A', size: 100 },
        release,
        contentHash: contentHash(release),
        parserVersion: 'new',
        at: 't2',
        alertNewMatches,
      });
    // Not alerted yet: nothing owed (its own alert, still to come, is built from what it reads then).
    expect(await reindex(newer)).not.toHaveProperty('owedAlert');
    await alert(store, id, contentHash(X));
    expect(await reindex(X)).not.toHaveProperty('owedAlert');
    const previous = ['country:KZ', 'country:SI', `official:${tokayev.id}`, 'official:tanja-fajon'];
    const owed = await reindex(newer);
    expect(owed).toMatchObject({ outcome: 'changed', releaseId: id });
    expect('owedAlert' in owed && owed.owedAlert?.previousInterests).toEqual(
      expect.arrayContaining(previous),
    );
    expect('owedAlert' in owed && owed.owedAlert?.previousInterests).not.toContain('country:HR');
    // Still owed to a retry (the extraction is current now), not told to a run without the option.
    expect(await reindex(newer)).toMatchObject({
      outcome: 'unchanged',
      owedAlert: { previousInterests: 'owedAlert' in owed ? owed.owedAlert?.previousInterests : [] },
    });
    expect(await reindex(newer, false)).not.toHaveProperty('owedAlert');
    await store.completeReindexAlert(id, contentHash(X));
    expect(await reindex(newer)).not.toHaveProperty('owedAlert');
  });

  describe('the publish lease', () => {
    test('one holder at a time; expired leases are taken over; a lost lease completes nothing', async () => {
      const store = await open();
      const { releaseId } = await store.storeRelease(input('A', X, 't1'));
      const h = contentHash(X);
      const base = { releaseId, contentHash: h, now: '2025-01-01T00:00:00Z', until: '2025-01-01T00:02:00Z' };
      expect(await store.acquireAlertLease({ ...base, holder: 'one' })).toEqual({
        state: 'acquired',
        kind: 'new',
      });
      expect(await store.acquireAlertLease({ ...base, holder: 'two' })).toEqual({ state: 'held' });
      const later = { ...base, now: '2025-01-01T00:03:00Z', until: '2025-01-01T00:05:00Z' };
      expect(await store.acquireAlertLease({ ...later, holder: 'two' })).toEqual({
        state: 'acquired',
        kind: 'new',
      });
      await store.completeAlert({ ...base, holder: 'one' });
      expect((await store.getRelease(releaseId))?.status).toBe('stored');
      await store.releaseAlertLease({ ...base, holder: 'one' });
      expect(await store.acquireAlertLease({ ...later, holder: 'three' })).toEqual({ state: 'held' });
      await store.completeAlert({ ...later, holder: 'two' });
      expect((await store.getRelease(releaseId))?.status).toBe('alerted');
      expect(await store.acquireAlertLease({ ...later, holder: 'three' })).toEqual({ state: 'alerted' });
      expect(await store.acquireAlertLease({ ...later, contentHash: 'other', holder: 'four' })).toEqual({
        state: 'superseded',
      });
      await store.releaseAlertLease({ ...later, holder: 'two' });
    });

    test('history: no alert recorded, later leases on the content have nothing to send, new content is new', async () => {
      const store = await open();
      const x = (await store.storeRelease(input('history/A', X, 't1'))).releaseId;
      const lease = { releaseId: x, contentHash: contentHash(X), holder: 'h', now: 't1', until: 't2' };
      expect(await store.acquireAlertLease(lease)).toEqual({ state: 'acquired', kind: 'new' });
      await store.completeHistory(lease);
      expect((await store.getRelease(x))?.status).toBe('history');
      // The same content elsewhere joins the release and stays silent.
      expect(await store.storeRelease(input('inbox/A', X, 't3'))).toEqual({
        outcome: 'duplicate',
        releaseId: x,
      });
      expect(await store.acquireAlertLease({ ...lease, holder: 'other', now: 't3' })).toEqual({
        state: 'alerted',
      });
      // A history key alone holding its release, given new content: stored, and its first alert would be `new`.
      const y = (await store.storeRelease(input('history/B', Y, 't4'))).releaseId;
      const yLease = { releaseId: y, contentHash: contentHash(Y), holder: 'h', now: 't4', until: 't5' };
      await store.acquireAlertLease(yLease);
      await store.completeHistory(yLease);
      expect(await store.storeRelease(input('history/B', Z, 't6'))).toEqual({
        outcome: 'updated',
        releaseId: y,
      });
      expect((await store.getRelease(y))?.status).toBe('stored');
      expect(await store.acquireAlertLease({ ...yLease, contentHash: contentHash(Z), now: 't7' })).toEqual({
        state: 'acquired',
        kind: 'new',
      });
    });

    test('a released lease can be taken at once', async () => {
      const store = await open();
      const { releaseId } = await store.storeRelease(input('A', X, 't1'));
      const base = { releaseId, contentHash: contentHash(X), now: 'n1', until: 'n9' };
      await store.acquireAlertLease({ ...base, holder: 'one' });
      await store.releaseAlertLease({ ...base, holder: 'one' });
      expect(await store.acquireAlertLease({ ...base, holder: 'two' })).toMatchObject({ state: 'acquired' });
    });
  });

  test('stored fields are capped: a release the parser did not cap still fits an item', async () => {
    const store = await open();
    const huge = 'Minister '.repeat(60_000);
    const parsed: ParsedRelease = {
      ...release(huge, '2025-01-01', ['SI']),
      // Distinct words enough to fill the search text to its cap, beside every other field at its cap.
      body: [Array.from({ length: 8000 }, (_, i) => `слово${i}`).join(' ')],
      summary: huge,
      source: huge,
      url: huge,
      countries: Array.from({ length: 400 }, (_, i) => ({
        code: `C${i}`,
        name: huge.slice(0, 5000),
        mentions: [huge],
      })),
      officials: Array.from({ length: 400 }, (_, i) =>
        official(
          `Person ${i}`,
          Array.from({ length: 50 }, () => huge.slice(0, 1000)),
          [huge],
        ),
      ),
    };
    const { releaseId } = await store.storeRelease(input('big.txt', parsed, 't1'));
    const stored = await store.getRelease(releaseId);
    expect(Buffer.byteLength(JSON.stringify(stored))).toBeLessThan(300_000);
    expect(stored?.title.length).toBeLessThanOrEqual(1000);
    expect(stored?.officials.length).toBeGreaterThan(0);
    expect(stored?.countries.length).toBeGreaterThan(0);
    const [listed] = await store.listReleases({ withSearchText: true });
    expect(Buffer.byteLength(listed?.searchText ?? '')).toBeGreaterThan(SEARCH_TEXT_BYTES - 20);
  });
});
