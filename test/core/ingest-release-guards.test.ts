import { MemoryReleaseStore } from '../../lambdas/adapters/memory/memory-release-store';
import { type IngestDeps, ingestRelease } from '../../lambdas/core/ingest-release';
import { FakePublisher, FakeSource, ManualClock, MemoryLogger, MemoryMetrics } from '../support/fakes';
import { SAMPLE_RELEASE } from '../support/sample-release';

// The use case on the in-memory store (held to the DynamoDB adapter's contract), source and publisher.

async function world() {
  const store = new MemoryReleaseStore();
  const source = new FakeSource();
  const publisher = new FakePublisher();
  const logger = new MemoryLogger();
  const metrics = new MemoryMetrics();
  let ids = 0;
  const deps: IngestDeps = {
    source,
    store,
    publisher,
    clock: new ManualClock(),
    logger,
    metrics,
    maxObjectBytes: 100_000,
    newId: () => `attempt-${++ids}`,
  };
  return { deps, store, source, publisher, logger, metrics };
}

describe('an alert that cannot be built', () => {
  // A lone surrogate in the key makes the console link's encodeURIComponent throw inside buildAlert.
  const BAD_KEY = 'inbox/bad-\uD800.txt';

  test('is a recorded failure, not a retry, and gives the lease back', async () => {
    const w = await world();
    const outcome = await ingestRelease(w.source.put('releases', BAD_KEY, SAMPLE_RELEASE), w.deps);
    expect(outcome).toEqual({ status: 'failed', reason: 'alert-failed' });
    expect(w.publisher.published).toHaveLength(0);
    const [failure] = await w.store.listFailures();
    expect(failure).toMatchObject({ key: BAD_KEY, reason: 'alert-failed' });
    expect(failure?.message).toMatch(/^The release was stored but its alert could not be built: /);

    // The same content under a good key is alerted at once: no lease is left held (a held one would throw).
    const again = await ingestRelease(w.source.put('releases', 'inbox/good.txt', SAMPLE_RELEASE), w.deps);
    expect(again).toMatchObject({ status: 'stored', outcome: 'duplicate', alerted: true });
    expect(w.publisher.published).toHaveLength(1);
  });
});

test('a key holding CR/LF and bidi controls reaches the log fields escaped, on one line', async () => {
  const w = await world();
  const key = 'inbox/a.txt\r\n✓ forged.txt  "Fake title"\u202E';
  await ingestRelease(w.source.put('releases', key, SAMPLE_RELEASE), w.deps);
  expect(w.logger.lines.length).toBeGreaterThan(0);
  for (const line of w.logger.lines) {
    expect(line.fields.key).toBe('inbox/a.txt\\u{d}\\u{a}✓ forged.txt  "Fake title"\\u{202e}');
  }
});

// Fails today because parse-release.ts still refuses anything over its own 5 MB constant and ignores the
// `maxBytes` the use case passes; it turns into a plain `test` once the parser reads `maxBytes` (see
// lambdas/core/limits.ts).
test('a maxObjectBytes raised above 5 MB lets a 5.5 MB release through to the parser', async () => {
  const w = await world();
  const paragraph = 'The delegations discussed trade and cooperation in the region.\n\n';
  const big = `date 2025-11-20 gov.si\nA long release\n\n${paragraph.repeat(Math.ceil(5.5e6 / paragraph.length))}`;
  const outcome = await ingestRelease(w.source.put('releases', 'inbox/big.txt', big), {
    ...w.deps,
    maxObjectBytes: 6 * 1024 * 1024,
  });
  expect(outcome).toMatchObject({ status: 'stored', outcome: 'created' });
});
