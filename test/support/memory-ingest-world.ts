import { MemoryReleaseStore } from '../../lambdas/adapters/memory/memory-release-store';
import type { IngestDeps } from '../../lambdas/core/ingest-release';
import { FakePublisher, FakeSource, ManualClock, MemoryLogger, MemoryMetrics } from './fakes';

/** The ingest's ports on the in-memory store and fakes, for use-case tests (one attempt id: `attempt`). */
export function memoryIngestWorld() {
  const store = new MemoryReleaseStore();
  const source = new FakeSource();
  const publisher = new FakePublisher();
  const metrics = new MemoryMetrics();
  const deps: IngestDeps = {
    source,
    store,
    publisher,
    clock: new ManualClock(),
    logger: new MemoryLogger(),
    metrics,
    maxObjectBytes: 10_000,
    newId: () => 'attempt',
  };
  return { store, source, publisher, metrics, deps };
}
