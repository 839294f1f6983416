import { type DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDbReleaseArchive } from '../../lambdas/adapters/dynamodb/dynamodb-release-archive';
import { DynamoDbReleaseStore } from '../../lambdas/adapters/dynamodb/dynamodb-release-store';
import { keys } from '../../lambdas/adapters/dynamodb/release-keys';
import { contentHash, releaseIdFor } from '../../lambdas/core/content-hash';
import type { IngestDeps } from '../../lambdas/core/ingest-release';
import { parseRelease } from '../../lambdas/core/parse/parse-release';
import type { ObjectRef, ReleaseStore } from '../../lambdas/core/ports';
import { reindexRelease } from '../../lambdas/core/reindex-release';
import type { ParsedRelease } from '../../lambdas/core/release';
import { startDynalite, type TestDynamo } from '../support/dynalite';
import { FakePublisher, FakeSource, ManualClock, MemoryLogger, MemoryMetrics } from '../support/fakes';
import { SAMPLE_RELEASE } from '../support/sample-release';
import { input, release, storeAlerted } from '../support/store-inputs';

// A reindex interrupted between its writes to the table, at every write in turn: the process "dies" there (that
// write and every request after it fail, as when the Lambda is killed or DynamoDB goes away), and the queue's
// retry runs the same message on a sound client. After the retry, whatever the point: the official profiles
// count the releases that name them (the dropped official's profile no longer counts this one, `pendingDrops`),
// the country and official lists find the release under its new entities only, nothing is left pending, and
// nobody is alerted; with --alert-new-matches, exactly one alert (two only when the crash hits the write that
// clears the owed alert, after its Publish: the one window, as in the ingest).

const BUCKET = 'releases';
const KEY = 'inbox/a.txt';
const CURRENT = parseRelease(new TextEncoder().encode(SAMPLE_RELEASE), { fileName: 'a.txt' });
const KEPT = CURRENT.officials[0];
const YAMADA = {
  id: 'taro-yamada',
  name: 'Taro Yamada',
  variants: ['Taro Yamada'],
  roles: [],
  country: null,
};
/** What an older parser read: one official right, one wrong, and Japan instead of Croatia. */
const OLDER: ParsedRelease = {
  ...CURRENT,
  countries: [
    { code: 'SI', name: 'Slovenia', mentions: ['Slovenia'] },
    { code: 'JP', name: 'Japan', mentions: ['Japan'] },
  ],
  officials: [KEPT ?? YAMADA, YAMADA],
};
/** Another release naming the dropped official: its profile must keep counting that one. */
const OTHER = release('Japan and Slovenia talks', '2025-10-01', ['JP'], [YAMADA]);

const WRITES = new Set(['PutItemCommand', 'UpdateItemCommand', 'BatchWriteItemCommand', 'DeleteItemCommand']);

/** The client, dying at its `allowed + 1`-th write: that request and all after it throw without being sent. */
function dyingAt(client: DynamoDBClient, allowed: number) {
  let writes = 0;
  let dead = false;
  return {
    get writes() {
      return writes;
    },
    send: ((command: { constructor: { name: string } }) => {
      if (!dead && WRITES.has(command.constructor.name) && ++writes > allowed) dead = true;
      if (dead) return Promise.reject(new Error('the process died here'));
      return client.send(command as Parameters<DynamoDBClient['send']>[0]);
    }) as DynamoDBClient['send'],
  };
}

let dynamo: TestDynamo;
beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(async () => {
  await dynamo.close();
});

/** A fresh table holding the older reading (alerted back then) under KEY and OTHER under another key. */
async function world() {
  const table = await dynamo.createTable();
  const store = new DynamoDbReleaseStore(dynamo.client, table);
  const source = new FakeSource();
  const ref: ObjectRef = source.put(BUCKET, KEY, SAMPLE_RELEASE);
  const hash = contentHash(OLDER);
  const id = await storeAlerted(store, {
    ref,
    release: OLDER,
    contentHash: hash,
    newReleaseId: releaseIdFor(hash),
    bodyBytes: ref.size,
    at: '2025-11-20T10:00:00.000Z',
    parserVersion: 'older',
  });
  const other = (await store.storeRelease(input('other.txt', OTHER, '2025-11-20T11:00:00.000Z'))).releaseId;
  const publisher = new FakePublisher();
  const deps = (s: ReleaseStore): IngestDeps => ({
    source,
    store: s,
    publisher,
    clock: new ManualClock(),
    logger: new MemoryLogger(),
    metrics: new MemoryMetrics(),
    maxObjectBytes: 10_000,
    newId: () => 'attempt',
  });
  return {
    table,
    store,
    ref,
    id,
    other,
    publisher,
    deps,
    archive: new DynamoDbReleaseArchive(dynamo.client, table),
  };
}

/** How many writes an uninterrupted reindex makes. */
async function writesOfOneReindex(alertNewMatches: boolean): Promise<number> {
  const w = await world();
  const counting = dyingAt(dynamo.client, Number.POSITIVE_INFINITY);
  await reindexRelease(w.ref, w.deps(new DynamoDbReleaseStore(counting, w.table)), { alertNewMatches });
  return counting.writes;
}

describe.each([false, true])('alertNewMatches %s', (alertNewMatches) => {
  test('a crash at every write, then the retry: counts, lists and alerts as if nothing happened', async () => {
    const total = await writesOfOneReindex(alertNewMatches);
    // The item's update, the pointers (one batch), three profiles, the pendingDrops removal (+ the owed alert's).
    expect(total).toBe(alertNewMatches ? 7 : 6);
    for (let allowed = 0; allowed < total; allowed++) {
      const w = await world();
      const dying = new DynamoDbReleaseStore(dyingAt(dynamo.client, allowed), w.table);
      await expect(reindexRelease(w.ref, w.deps(dying), { alertNewMatches })).rejects.toThrow(
        'the process died here',
      );

      const retry = await reindexRelease(w.ref, w.deps(w.store), { alertNewMatches });
      const at = `crash at write ${allowed + 1} of ${total}`;
      expect([at, retry]).toMatchObject([at, { status: 'reindexed', releaseId: w.id }]);
      // Idempotent from here on: a third run changes nothing and alerts nobody.
      expect(await reindexRelease(w.ref, w.deps(w.store), { alertNewMatches })).toMatchObject({
        outcome: 'unchanged',
      });

      const release = await w.archive.getRelease(w.id);
      expect([at, release?.officials.map((o) => o.id)]).toEqual([at, CURRENT.officials.map((o) => o.id)]);
      expect([at, release?.status]).toEqual([at, 'alerted']);
      const profiles = new Map((await w.archive.listOfficials()).map((o) => [o.id, o.releaseCount]));
      expect([at, profiles.get(YAMADA.id)]).toEqual([at, 1]);
      for (const o of CURRENT.officials) expect([at, o.id, profiles.get(o.id)]).toEqual([at, o.id, 1]);
      const ids = async (q: { country?: string; official?: string }) =>
        (await w.archive.listReleases(q)).map((r) => r.id).sort();
      expect([at, await ids({ country: 'JP' })]).toEqual([at, [w.other]]);
      expect([at, await ids({ official: YAMADA.id })]).toEqual([at, [w.other]]);
      expect([at, await ids({ country: 'HR' })]).toEqual([at, [w.id]]);
      for (const o of CURRENT.officials) expect([at, await ids({ official: o.id })]).toEqual([at, [w.id]]);
      const { Item } = await dynamo.client.send(
        new GetItemCommand({
          TableName: w.table,
          Key: { pk: { S: keys.release(w.id).pk }, sk: { S: keys.release(w.id).sk } },
        }),
      );
      expect([at, Item?.pendingDrops, Item?.reindexAlert]).toEqual([at, undefined, undefined]);

      const alerts = w.publisher.published.length;
      if (!alertNewMatches) expect([at, alerts]).toEqual([at, 0]);
      // The last write clears the owed alert after its Publish: a crash there is the one duplicate window.
      else expect([at, alerts]).toEqual([at, allowed === total - 1 ? 2 : 1]);
      for (const a of w.publisher.published) expect(a).toMatchObject({ kind: 'reindex', releaseId: w.id });
    }
  }, 120_000);
});
