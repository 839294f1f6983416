import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MemoryReleaseStore } from '../../../lambdas/adapters/memory/memory-release-store';
import { ingestRelease } from '../../../lambdas/core/ingest-release';
import { resolveSubscription } from '../../../lambdas/core/subscriptions/resolve-subscription';
import { subscriberMatches } from '../../../lambdas/core/subscriptions/subscriber-matches';
import { FakePublisher, FakeSource, ManualClock, MemoryLogger, MemoryMetrics } from '../../support/fakes';

// A Kremlin release in Russian and an Akorda release in English about the same two people (written for this
// test in the style of each site): one profile per person, and a subscription in either script gets both alerts.
const FIXTURES = path.resolve(__dirname, '../../fixtures/releases/cross-script');
const read = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

function world() {
  const store = new MemoryReleaseStore();
  const source = new FakeSource();
  const publisher = new FakePublisher();
  let n = 0;
  const deps = {
    source,
    store,
    publisher,
    clock: new ManualClock(),
    logger: new MemoryLogger(),
    metrics: new MemoryMetrics(),
    maxObjectBytes: 100_000,
    newId: () => `attempt-${++n}`,
  };
  return { store, source, publisher, deps };
}

test('a Russian and an English release about the same two people: one profile each, alerts in either script', async () => {
  const { store, source, publisher, deps } = world();
  for (const name of ['kremlin-ru.txt', 'akorda-en.txt'])
    await ingestRelease(source.put('releases', name, read(name)), deps);

  const officials = (await store.listOfficials()).filter((o) => o.releaseCount > 0);
  expect(officials.map((o) => [o.id, o.releaseCount]).sort()).toEqual([
    ['kasim-jomart-tokaev', 2],
    ['vladimir-putin', 2],
  ]);
  const tokayev = officials.find((o) => o.id === 'kasim-jomart-tokaev');
  expect(tokayev?.variants).toEqual(expect.arrayContaining(['Kassym-Jomart Tokayev', 'President Tokayev']));
  expect(tokayev?.variants.some((v) => /Токаев/.test(v))).toBe(true);

  expect(publisher.published).toHaveLength(2);
  for (const official of [
    'Vladimir Putin',
    'Владимир Путин',
    'Kassym-Jomart Tokaev',
    'Касым-Жомарт Токаев',
  ]) {
    const subscription = resolveSubscription({ email: 'kim@example.com', officials: [official] });
    expect([official, publisher.published.filter((a) => subscriberMatches(subscription, a)).length]).toEqual([
      official,
      2,
    ]);
  }
});

test('on an empty archive, a surname and a full name subscription; then an English and a Russian release', async () => {
  // The "done when": each subscriber gets exactly the alerts for their person.
  const tokayev = resolveSubscription({ email: 'kim@example.com', officials: ['Tokayev'] });
  const putin = resolveSubscription({ email: 'lee@example.com', officials: ['Vladimir Putin'] });
  const { source, publisher, deps } = world();
  const solo = [
    'date 2025-11-13 akorda.kz',
    '',
    'Kassym-Jomart Tokayev receives the Ambassador of Slovenia',
    '',
    'President of Kazakhstan Kassym-Jomart Tokayev received the Ambassador of Slovenia in Astana.',
  ].join('\n');
  await ingestRelease(source.put('releases', 'solo.txt', solo), deps);
  expect(publisher.published.filter((a) => subscriberMatches(tokayev, a))).toHaveLength(1);
  expect(publisher.published.filter((a) => subscriberMatches(putin, a))).toHaveLength(0);
  for (const name of ['akorda-en.txt', 'kremlin-ru.txt'])
    await ingestRelease(source.put('releases', name, read(name)), deps);
  expect(publisher.published.filter((a) => subscriberMatches(tokayev, a))).toHaveLength(3);
  expect(publisher.published.filter((a) => subscriberMatches(putin, a))).toHaveLength(2);
});
