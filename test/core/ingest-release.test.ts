import { MemoryReleaseStore } from '../../lambdas/adapters/memory/memory-release-store';
import {
  AlertInProgressError,
  DEFAULT_ALERT_LEASE_MS,
  type IngestDeps,
  type IngestOutcome,
  ingestRelease,
} from '../../lambdas/core/ingest-release';
import {
  type AlertLeaseRequest,
  ObjectNotFoundError,
  type ObjectRef,
  type ReleaseStore,
} from '../../lambdas/core/ports';
import { FakePublisher, FakeSource, ManualClock, MemoryLogger, MemoryMetrics } from '../support/fakes';
import { SAMPLE_RELEASE } from '../support/sample-release';

// The use case on the in-memory store (checked against the DynamoDB adapter by the store contract tests)
// with an in-memory source and publisher: no I/O.

const BUCKET = 'releases';
const RELEASE = SAMPLE_RELEASE;
const CHANGED = RELEASE.replace('Slovenia and Croatia', 'Slovenia and Austria').replace(
  'Croatian Foreign Minister Gordan Grlić Radman',
  'Austrian Foreign Minister Beate Meinl-Reisinger',
);

interface World {
  readonly deps: IngestDeps;
  readonly store: MemoryReleaseStore;
  readonly source: FakeSource;
  readonly publisher: FakePublisher;
  readonly clock: ManualClock;
  readonly logger: MemoryLogger;
  readonly metrics: MemoryMetrics;
}

async function world(overrides: Partial<IngestDeps> = {}): Promise<World> {
  const store = new MemoryReleaseStore();
  const source = new FakeSource();
  const publisher = new FakePublisher();
  const clock = new ManualClock();
  const logger = new MemoryLogger();
  const metrics = new MemoryMetrics();
  let ids = 0;
  const deps: IngestDeps = {
    source,
    store,
    publisher,
    clock,
    logger,
    metrics,
    maxObjectBytes: 1000,
    newId: () => `attempt-${++ids}`,
    ...overrides,
  };
  return { deps, store, source, publisher, clock, logger, metrics };
}

/** Delivers like SQS: a delivery that throws is delivered again, up to 5 receives. */
async function deliver(ref: ObjectRef, deps: IngestDeps): Promise<IngestOutcome> {
  for (let receive = 1; ; receive++) {
    try {
      return await ingestRelease(ref, deps);
    } catch (error) {
      if (receive === 5) throw error;
    }
  }
}

const stored = (outcome: IngestOutcome) => {
  if (outcome.status !== 'stored')
    throw new Error(`expected a stored release, got ${JSON.stringify(outcome)}`);
  return outcome;
};

test('a new release is stored once, alerted once, with its parsed fields and location', async () => {
  const w = await world();
  const ref = w.source.put(BUCKET, 'releases/2025 11/Klakočar + report.txt', RELEASE);
  const outcome = stored(await ingestRelease(ref, w.deps));
  expect(outcome).toMatchObject({ outcome: 'created', alerted: true });
  expect(w.publisher.published).toHaveLength(1);
  expect(w.publisher.published[0]).toMatchObject({ releaseId: outcome.releaseId, kind: 'new' });
  expect(w.publisher.published[0]?.interests).toEqual(expect.arrayContaining(['country:SI', 'country:HR']));
  const release = await w.store.getRelease(outcome.releaseId);
  expect(release).toMatchObject({
    title: 'Slovenia and Croatia agree on border crossings',
    date: '2025-11-20',
    source: 'gov.si',
    status: 'alerted',
    locations: ['s3://releases/releases/2025 11/Klakočar + report.txt'],
    bodyBytes: ref.size,
  });
  expect(release?.countries.map((c) => c.code).sort()).toEqual(['HR', 'SI']);
  expect(w.metrics.counts).toEqual({ ReleaseStored: 1, AlertPublished: 1 });
});

describe('history (backfill) keys', () => {
  test('are stored and indexed but never alerted, and the same content uploaded later stays silent', async () => {
    const w = await world();
    const outcome = stored(await ingestRelease(w.source.put(BUCKET, 'history/2019/a.txt', RELEASE), w.deps));
    expect(outcome).toMatchObject({ outcome: 'created', alerted: false });
    expect(w.publisher.published).toHaveLength(0);
    expect(await w.store.getRelease(outcome.releaseId)).toMatchObject({ status: 'history' });
    expect(await w.store.listReleases({ country: 'SI' })).toHaveLength(1);
    expect(w.metrics.counts).toEqual({ ReleaseStored: 1, AlertSuppressed: 1 });

    const again = stored(await ingestRelease(w.source.put(BUCKET, 'inbox/a.txt', RELEASE), w.deps));
    expect(again).toMatchObject({ releaseId: outcome.releaseId, outcome: 'duplicate', alerted: false });
    expect(w.publisher.published).toHaveLength(0);
    expect(await w.store.getRelease(outcome.releaseId)).toMatchObject({ status: 'history' });
  });

  test('a key that merely contains history/ further down is alerted as usual', async () => {
    const w = await world();
    await ingestRelease(w.source.put(BUCKET, 'inbox/history/a.txt', RELEASE), w.deps);
    expect(w.publisher.published).toHaveLength(1);
  });
});

describe.each([2, 5, 10])('%i duplicate deliveries of one event', (n) => {
  test('one after another: one release, one publish', async () => {
    const w = await world();
    const ref = { ...w.source.put(BUCKET, 'a.txt', RELEASE), sequencer: '0055AED6DCD90281E5' };
    const outcomes = [];
    for (let i = 0; i < n; i++) outcomes.push(stored(await ingestRelease(ref, w.deps)));
    expect(new Set(outcomes.map((o) => o.releaseId)).size).toBe(1);
    expect(outcomes.map((o) => o.outcome)).toEqual(['created', ...Array(n - 1).fill('duplicate')]);
    expect(w.publisher.published).toHaveLength(1);
    expect(await w.store.listReleases({})).toHaveLength(1);
  });

  test('concurrently: one release, one publish; the losers retry and find it alerted', async () => {
    const w = await world();
    const ref = { ...w.source.put(BUCKET, 'a.txt', RELEASE), sequencer: '0055AED6DCD90281E5' };
    const first = await Promise.allSettled(Array.from({ length: n }, () => ingestRelease(ref, w.deps)));
    for (const result of first) {
      if (result.status === 'rejected') expect(result.reason).toBeInstanceOf(AlertInProgressError);
    }
    const retried = await Promise.all(
      first.filter((r) => r.status === 'rejected').map(() => ingestRelease(ref, w.deps)),
    );
    expect(retried.every((o) => o.status === 'stored' && !o.alerted)).toBe(true);
    expect(w.publisher.published).toHaveLength(1);
    const releases = await w.store.listReleases({});
    expect(releases).toHaveLength(1);
    expect(releases[0]?.status).toBe('alerted');
    expect(w.metrics.counts.ReleaseStored).toBe(1);
  });
});

test('the same content under two keys, and in another format, is one release with every location', async () => {
  const w = await world();
  const json = JSON.stringify({
    date: '2025-11-20',
    title: 'Slovenia and Croatia agree on border crossings',
    source: 'gov.si',
    url: null,
    body: 'Slovenian Minister Tanja Fajon met Croatian Foreign Minister Gordan Grlić Radman.\n\nMinister Fajon said the talks were open.',
  });
  const a = stored(await ingestRelease(w.source.put(BUCKET, 'a.txt', RELEASE), w.deps));
  // CRLF line endings and trailing blanks: the same normalised content.
  const b = stored(
    await ingestRelease(
      w.source.put(BUCKET, 'copy/b.txt', `${RELEASE.replace(/\n/g, '\r\n')}  \r\n`),
      w.deps,
    ),
  );
  const c = stored(await ingestRelease(w.source.put(BUCKET, 'c.json', json), w.deps));
  expect([b.outcome, c.outcome]).toEqual(['duplicate', 'duplicate']);
  expect(new Set([a.releaseId, b.releaseId, c.releaseId]).size).toBe(1);
  expect(w.publisher.published).toHaveLength(1);
  const release = await w.store.getRelease(a.releaseId);
  expect(release?.locations).toEqual([
    's3://releases/a.txt',
    's3://releases/c.json',
    's3://releases/copy/b.txt',
  ]);
  expect(w.metrics.counts).toMatchObject({ ReleaseStored: 1, DuplicateSkipped: 2, AlertPublished: 1 });
});

test('changed content under the same key updates the release (same id) and alerts it as an update', async () => {
  const w = await world();
  const first = stored(
    await ingestRelease(
      { ...w.source.put(BUCKET, 'a.txt', RELEASE), sequencer: '0055AED6DCD90281E5' },
      w.deps,
    ),
  );
  const ref = { ...w.source.put(BUCKET, 'a.txt', CHANGED), sequencer: '0055AED6DCD90281F1' };
  const second = stored(await ingestRelease(ref, w.deps));
  expect(second).toMatchObject({ outcome: 'updated', releaseId: first.releaseId, alerted: true });
  expect(w.publisher.published.map((a) => a.kind)).toEqual(['new', 'update']);
  // Redelivery of the update: nothing new.
  expect(stored(await ingestRelease(ref, w.deps))).toMatchObject({ outcome: 'duplicate', alerted: false });
  expect(w.publisher.published).toHaveLength(2);

  const release = await w.store.getRelease(first.releaseId);
  expect(release?.summary).toContain('Austrian');
  expect(release?.countries.map((c) => c.code).sort()).toEqual(['AT', 'SI']);
  // The country and official index follow the new content.
  expect(await w.store.listReleases({ country: 'HR' })).toEqual([]);
  expect((await w.store.listReleases({ country: 'AT' })).map((r) => r.id)).toEqual([first.releaseId]);
  const officials = await w.store.listOfficials();
  expect(officials.find((o) => o.id === 'gordan-grlic-radman')?.releaseCount ?? 0).toBe(0);
  expect(officials.find((o) => o.id === 'tanja-fajon')?.releaseCount).toBe(1);
  expect(w.metrics.counts).toMatchObject({ ReleaseStored: 1, ReleaseUpdated: 1, AlertPublished: 2 });
});

test('an older event of a key, delivered after a newer one, changes nothing', async () => {
  const w = await world();
  w.source.put(BUCKET, 'a.txt', CHANGED);
  const newer = stored(
    await ingestRelease({ bucket: BUCKET, key: 'a.txt', size: 10, sequencer: '0055AED6DCD90281F1' }, w.deps),
  );
  w.source.put(BUCKET, 'a.txt', RELEASE);
  const older = await ingestRelease(
    { bucket: BUCKET, key: 'a.txt', size: 10, sequencer: '0055AED6DCD90281E5' },
    w.deps,
  );
  expect(older).toMatchObject({ status: 'stored', outcome: 'stale', alerted: false });
  expect(w.publisher.published).toHaveLength(1);
  expect((await w.store.getRelease(newer.releaseId))?.summary).toContain('Austrian');
  // Sequencers of different lengths compare after right-padding (S3 event docs).
  w.source.put(BUCKET, 'a.txt', RELEASE);
  expect(
    await ingestRelease(
      { bucket: BUCKET, key: 'a.txt', size: 10, sequencer: '0055AED6DCD90281F1' + '00' },
      w.deps,
    ),
  ).toMatchObject({ outcome: 'updated' });
});

describe('crashes between storing and publishing never lose the alert', () => {
  test('the publish fails: the retry publishes exactly once', async () => {
    const w = await world();
    const ref = w.source.put(BUCKET, 'a.txt', RELEASE);
    w.publisher.failNext = 1;
    await expect(ingestRelease(ref, w.deps)).rejects.toThrow('SNS is unavailable');
    const id = (await w.store.listReleases({}))[0]?.id ?? '';
    expect((await w.store.getRelease(id))?.status).toBe('stored');
    // The failed attempt gave its lease back: the retry need not wait for it to expire.
    expect(stored(await ingestRelease(ref, w.deps))).toMatchObject({ outcome: 'duplicate', alerted: true });
    expect(stored(await ingestRelease(ref, w.deps))).toMatchObject({ alerted: false });
    expect(w.publisher.published).toHaveLength(1);
    expect((await w.store.getRelease(id))?.status).toBe('alerted');
  });

  test('the process dies after storing: the new release holds the delivery lease, the retry after it expires publishes once', async () => {
    const w = await world();
    const ref = w.source.put(BUCKET, 'a.txt', RELEASE);
    const asked: string[] = [];
    const crashing: ReleaseStore = {
      ...bind(w.store),
      // Stores (the created release holds this delivery's lease from its first write), then "dies".
      storeRelease: async (input) => {
        const result = await w.store.storeRelease(input);
        expect(result).toMatchObject({ outcome: 'created', alertLease: { state: 'acquired', kind: 'new' } });
        throw new Error('crash');
      },
      acquireAlertLease: async (request) => {
        asked.push(request.holder);
        return w.store.acquireAlertLease(request);
      },
    };
    await expect(ingestRelease(ref, { ...w.deps, store: crashing })).rejects.toThrow('crash');
    expect(w.publisher.published).toHaveLength(0);
    // Redelivered before the lease expires (it cannot, on AWS: visibility timeout > lease): told to retry.
    await expect(ingestRelease(ref, w.deps)).rejects.toBeInstanceOf(AlertInProgressError);
    w.clock.advance(DEFAULT_ALERT_LEASE_MS + 1);
    expect(stored(await ingestRelease(ref, w.deps))).toMatchObject({ outcome: 'duplicate', alerted: true });
    expect(w.publisher.published).toHaveLength(1);
    expect(asked).toEqual([]);
  });

  test('a new release needs no lease request: the store grants it with the release', async () => {
    const w = await world();
    const ref = w.source.put(BUCKET, 'a.txt', RELEASE);
    const noLease: ReleaseStore = {
      ...bind(w.store),
      acquireAlertLease: async () => {
        throw new Error('not asked for a created release');
      },
    };
    expect(stored(await ingestRelease(ref, { ...w.deps, store: noLease }))).toMatchObject({
      outcome: 'created',
      alerted: true,
    });
    expect(w.publisher.published).toHaveLength(1);
  });

  test('a retry that dies holding the lease it asked for: the next retry after the lease expires publishes once', async () => {
    const w = await world();
    const ref = w.source.put(BUCKET, 'a.txt', RELEASE);
    const diesAfterStoring: ReleaseStore = {
      ...bind(w.store),
      storeRelease: async (input) => {
        await w.store.storeRelease(input);
        throw new Error('crash');
      },
    };
    const diesHoldingLease: ReleaseStore = {
      ...bind(w.store),
      // Takes the lease, then "dies" before publishing (no lease given back).
      acquireAlertLease: async (request: AlertLeaseRequest) => {
        await w.store.acquireAlertLease(request);
        throw new Error('crash');
      },
    };
    await expect(ingestRelease(ref, { ...w.deps, store: diesAfterStoring })).rejects.toThrow('crash');
    w.clock.advance(DEFAULT_ALERT_LEASE_MS + 1);
    await expect(ingestRelease(ref, { ...w.deps, store: diesHoldingLease })).rejects.toThrow('crash');
    await expect(ingestRelease(ref, w.deps)).rejects.toBeInstanceOf(AlertInProgressError);
    w.clock.advance(DEFAULT_ALERT_LEASE_MS + 1);
    expect(stored(await ingestRelease(ref, w.deps))).toMatchObject({ alerted: true });
    expect(w.publisher.published).toHaveLength(1);
  });

  test('the one documented window: published, then the status update fails -> at most one duplicate', async () => {
    const w = await world();
    const ref = w.source.put(BUCKET, 'a.txt', RELEASE);
    let failures = 1;
    const flaky: ReleaseStore = {
      ...bind(w.store),
      completeAlert: async (request: AlertLeaseRequest) => {
        if (failures-- > 0) throw new Error('DynamoDB unavailable');
        return w.store.completeAlert(request);
      },
    };
    const deps = { ...w.deps, store: flaky };
    await expect(ingestRelease(ref, deps)).rejects.toThrow('DynamoDB unavailable');
    expect(w.publisher.published).toHaveLength(1);
    await expect(ingestRelease(ref, deps)).rejects.toBeInstanceOf(AlertInProgressError);
    w.clock.advance(DEFAULT_ALERT_LEASE_MS + 1);
    await ingestRelease(ref, deps);
    await ingestRelease(ref, deps);
    expect(w.publisher.published).toHaveLength(2);
  });
});

describe('files that will never parse become one recorded failure each, and are not retried', () => {
  const cases: Array<[string, string, Uint8Array | string]> = [
    ['empty', 'empty.txt', ''],
    ['binary', 'scan.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 0, 0xff, 0, 0, 0])],
    ['no-content', 'blank.txt', '  \n\n   \n'],
    ['malformed', 'broken.json', '{"title": '],
  ];
  test.each(cases)('%s', async (reason, key, content) => {
    const w = await world();
    const ref = { ...w.source.put(BUCKET, `in/${key}`, content), eTag: '"e1"' };
    expect(await ingestRelease(ref, w.deps)).toEqual({ status: 'failed', reason });
    expect(await ingestRelease(ref, w.deps)).toEqual({ status: 'failed', reason });
    const failures = await w.store.listFailures();
    expect(failures).toEqual([
      expect.objectContaining({
        bucket: BUCKET,
        key: `in/${key}`,
        reason,
        failedAt: '2025-11-20T10:00:00.000Z',
      }),
    ]);
    expect(failures[0]?.message).not.toBe('');
    expect(w.publisher.published).toHaveLength(0);
    expect(await w.store.listReleases({})).toEqual([]);
  });

  test('too large by the event size: rejected before any download', async () => {
    const w = await world();
    const ref = { bucket: BUCKET, key: 'huge.txt', size: 1001 };
    expect(await ingestRelease(ref, w.deps)).toEqual({ status: 'failed', reason: 'too-large' });
    expect(w.source.reads).toBe(0);
    expect((await w.store.listFailures())[0]).toMatchObject({
      key: 'huge.txt',
      reason: 'too-large',
      size: 1001,
    });
    expect(w.logger.lines).toContainEqual(
      expect.objectContaining({ level: 'warn', fields: expect.objectContaining({ reason: 'too-large' }) }),
    );
  });

  test('too large by the bytes read (event without a size)', async () => {
    const w = await world();
    w.source.put(BUCKET, 'huge.txt', RELEASE.repeat(10));
    expect(await ingestRelease({ bucket: BUCKET, key: 'huge.txt', size: 0 }, w.deps)).toEqual({
      status: 'failed',
      reason: 'too-large',
    });
  });

  test('gone before it was read', async () => {
    const w = await world({
      source: {
        getObject: async () => {
          throw new ObjectNotFoundError('gone');
        },
      },
    });
    expect(await ingestRelease({ bucket: BUCKET, key: 'gone.txt', size: 10 }, w.deps)).toEqual({
      status: 'failed',
      reason: 'missing',
    });
    expect(w.metrics.counts).toEqual({ IngestFailed: 1 });
  });

  test('a new version of a failed key that parses becomes a release; the failure stays listed', async () => {
    const w = await world();
    await ingestRelease({ ...w.source.put(BUCKET, 'a.txt', ''), versionId: 'v1' }, w.deps);
    expect(
      stored(await ingestRelease({ ...w.source.put(BUCKET, 'a.txt', RELEASE), versionId: 'v2' }, w.deps))
        .outcome,
    ).toBe('created');
    expect(await w.store.listFailures()).toHaveLength(1);
  });
});

test('a zero-byte folder key is skipped silently', async () => {
  const w = await world();
  expect(await ingestRelease({ bucket: BUCKET, key: 'releases/2025/', size: 0 }, w.deps)).toEqual({
    status: 'skipped',
  });
  expect(w.source.reads).toBe(0);
  expect(await w.store.listFailures()).toEqual([]);
});

test('AWS errors are thrown for the queue to retry, and record nothing', async () => {
  const w = await world({
    source: {
      getObject: async () => {
        throw Object.assign(new Error('Slow down'), { name: 'SlowDown' });
      },
    },
  });
  await expect(ingestRelease({ bucket: BUCKET, key: 'a.txt', size: 10 }, w.deps)).rejects.toThrow(
    'Slow down',
  );
  expect(await w.store.listFailures()).toEqual([]);
});

test('retried deliveries converge: the SQS-like redelivery loop gives one release and one alert', async () => {
  const w = await world();
  w.publisher.failNext = 2;
  const outcome = await deliver(w.source.put(BUCKET, 'a.txt', RELEASE), w.deps);
  expect(outcome).toMatchObject({ status: 'stored', alerted: true });
  expect(w.publisher.published).toHaveLength(1);
});

/** The store's methods bound, so that a test can replace one of them. */
function bind(store: MemoryReleaseStore): ReleaseStore {
  return {
    storeRelease: (i) => store.storeRelease(i),
    acquireAlertLease: (r) => store.acquireAlertLease(r),
    completeAlert: (r) => store.completeAlert(r),
    completeHistory: (r) => store.completeHistory(r),
    releaseAlertLease: (r) => store.releaseAlertLease(r),
    recordFailure: (f) => store.recordFailure(f),
    hasProcessed: (r) => store.hasProcessed(r),
    reindexRelease: (i) => store.reindexRelease(i),
    completeReindexAlert: (id, h) => store.completeReindexAlert(id, h),
  };
}
