import { MemorySubscriberStore } from '../../lambdas/adapters/memory/memory-subscriber-store';
import { contentHash, releaseIdFor } from '../../lambdas/core/content-hash';
import { alertAttributes, alertFromQueue } from '../../lambdas/core/delivery/alert-attributes';
import { notifySubscribers } from '../../lambdas/core/delivery/notify-subscribers';
import type { OutgoingMail } from '../../lambdas/core/delivery/render-mail';
import { SubscriberIndex } from '../../lambdas/core/delivery/subscriber-index';
import { parseRelease } from '../../lambdas/core/parse/parse-release';
import type { Alert, ObjectRef } from '../../lambdas/core/ports';
import { reindexRelease } from '../../lambdas/core/reindex-release';
import type { ParsedRelease } from '../../lambdas/core/release';
import { memoryIngestWorld } from '../support/memory-ingest-world';
import { SAMPLE_RELEASE } from '../support/sample-release';
import { subscriber } from './delivery/delivery-fixtures';

// `reindex --alert-new-matches` on the in-memory store: one alert per changed release, carrying only the interests
// the release did not have before, marked as a reindex; the notifier's matcher leaves out who matched before.

const BUCKET = 'releases';
const KEY = 'inbox/a.txt';
const CURRENT = parseRelease(new TextEncoder().encode(SAMPLE_RELEASE), { fileName: 'a.txt' });
const FAJON = CURRENT.officials.find((o) => o.name === 'Tanja Fajon');

const world = memoryIngestWorld;

/** An older reading of the sample: Slovenia only and a wrong official (same content, so the same id). */
const OLDER: ParsedRelease = {
  ...CURRENT,
  countries: [{ code: 'SI', name: 'Slovenia', mentions: ['Slovenia'] }],
  officials: [
    { id: 'taro-yamada', name: 'Taro Yamada', variants: ['Taro Yamada'], roles: [], country: null },
  ],
};

/** The older reading stored under KEY with the given status, and the file in the source. */
async function archived(
  w: ReturnType<typeof world>,
  status: 'alerted' | 'stored' | 'history',
  older: ParsedRelease = OLDER,
) {
  const ref: ObjectRef = w.source.put(BUCKET, KEY, SAMPLE_RELEASE);
  const hash = contentHash(older);
  const { releaseId } = await w.store.storeRelease({
    ref,
    release: older,
    contentHash: hash,
    newReleaseId: releaseIdFor(hash),
    bodyBytes: ref.size,
    at: '2025-01-01T00:00:00.000Z',
    parserVersion: 'older',
  });
  if (status !== 'stored') {
    const lease = {
      releaseId,
      contentHash: hash,
      holder: 'then',
      now: '2025-01-01T00:00:00Z',
      until: '2025-01-01T00:02:00Z',
    };
    await w.store.acquireAlertLease(lease);
    if (status === 'alerted') await w.store.completeAlert(lease);
    else await w.store.completeHistory(lease);
  }
  return { ref, id: releaseId };
}

test('a changed alerted release is alerted once, marked, with only the new interests', async () => {
  const w = world();
  const { ref, id } = await archived(w, 'alerted');
  const outcome = await reindexRelease(ref, w.deps, { alertNewMatches: true });
  expect(outcome).toMatchObject({ status: 'reindexed', outcome: 'changed', releaseId: id, alerted: true });
  expect(w.publisher.published).toHaveLength(1);
  const alert = w.publisher.published[0] as Alert;
  expect(alert.kind).toBe('reindex');
  expect(alert.releaseId).toBe(id);
  expect(alert.subject).toMatch(/^New match: \[SI, HR\] Slovenia and Croatia/);
  expect(alert.body).toContain('Matched after a parser upgrade');
  // Present before and now: left out, so that a filter policy on it does not fire again.
  expect(alert.interests).not.toContain('country:SI');
  expect(alert.interests).toEqual(
    expect.arrayContaining(['country:HR', 'pair:HR-SI', `official:${FAJON?.id}`]),
  );
  expect(alert.previousInterests).toEqual(['country:SI', 'official:taro-yamada', 'surname:yamada']);
  expect(w.metrics.counts).toEqual({ ReleaseReindexed: 1, AlertPublished: 1 });
  expect((await w.store.getRelease(id))?.status).toBe('alerted');

  // Nothing is owed any more: again, no alert.
  expect(await reindexRelease(ref, w.deps, { alertNewMatches: true })).toMatchObject({
    outcome: 'unchanged',
    alerted: false,
  });
  expect(w.publisher.published).toHaveLength(1);
});

test('without the option, on history and on a release whose alert is not sent yet: no alert', async () => {
  for (const [status, alertNewMatches] of [
    ['alerted', false],
    ['history', true],
    ['stored', true],
  ] as const) {
    const w = world();
    const { ref } = await archived(w, status);
    expect(await reindexRelease(ref, w.deps, { alertNewMatches })).toMatchObject({ outcome: 'changed' });
    expect(w.publisher.published).toEqual([]);
  }
});

test('a change that adds no interest (the new reading names less) alerts nobody', async () => {
  const w = world();
  // An older reading that named everything the current one does, and Japan besides.
  const more: ParsedRelease = {
    ...CURRENT,
    countries: [...CURRENT.countries, { code: 'JP', name: 'Japan', mentions: ['Japan'] }],
  };
  const { ref } = await archived(w, 'alerted', more);
  expect(await reindexRelease(ref, w.deps, { alertNewMatches: true })).toMatchObject({
    outcome: 'changed',
    alerted: false,
  });
  expect(w.publisher.published).toEqual([]);
});

test('a publish that fails leaves the alert owed: the retry publishes it once', async () => {
  const w = world();
  const { ref, id } = await archived(w, 'alerted');
  w.publisher.failNext = 1;
  await expect(reindexRelease(ref, w.deps, { alertNewMatches: true })).rejects.toThrow('SNS is unavailable');
  expect((await w.store.getRelease(id))?.officials.map((o) => o.id)).toEqual(
    CURRENT.officials.map((o) => o.id),
  );
  // The extraction is current now (`unchanged`), and the alert is still owed, with the previous interests.
  expect(await reindexRelease(ref, w.deps, { alertNewMatches: true })).toMatchObject({
    outcome: 'unchanged',
    alerted: true,
  });
  expect(w.publisher.published.map((a) => a.previousInterests)).toEqual([
    ['country:SI', 'official:taro-yamada', 'surname:yamada'],
  ]);
  await reindexRelease(ref, w.deps, { alertNewMatches: true });
  expect(w.publisher.published).toHaveLength(1);
});

test("the notifier mails only subscribers whose match is new, once, and the queue's attributes carry both lists", async () => {
  const w = world();
  const { ref } = await archived(w, 'alerted');
  await reindexRelease(ref, w.deps, { alertNewMatches: true });
  const published = w.publisher.published[0] as Alert;
  // Through the notifier queue's raw delivery: what the SNS publisher sends comes back as the same alert.
  const attributes = Object.fromEntries(
    Object.entries(alertAttributes(published)).map(([k, v]) => [
      k,
      { dataType: v.DataType, stringValue: v.StringValue },
    ]),
  );
  const alert = alertFromQueue(published.body, attributes);
  expect(alert).toEqual(published);

  const fajonTerm = { kind: 'official' as const, label: 'Fajon', interests: [`official:${FAJON?.id}`] };
  const croatia = { kind: 'country' as const, label: 'Croatia', interests: ['country:HR'] };
  const newFollower = subscriber('new@example.com', { terms: [fajonTerm] });
  const croatiaDaily = subscriber('daily@example.com', { terms: [croatia], cadence: 'daily' });
  // Matched the old reading through Slovenia: left out, though Fajon is new to the release.
  const slovenia = subscriber('si@example.com', {
    terms: [{ kind: 'country', label: 'Slovenia', interests: ['country:SI'] }, fajonTerm],
  });
  const yamada = subscriber('jp@example.com', {
    terms: [{ kind: 'official', label: 'Yamada', interests: ['official:taro-yamada'] }],
  });
  const store = new MemorySubscriberStore();
  for (const s of [newFollower, croatiaDaily, slovenia, yamada]) await store.putSubscriber(s);
  const sent: OutgoingMail[] = [];
  const deps = {
    store,
    mailer: { send: async (m: OutgoingMail) => void sent.push(m) },
    links: () => ({ unsubscribeUrl: 'https://x/u', manageUrl: 'https://x/m' }),
  };
  const index = new SubscriberIndex(await store.listSubscribers());
  const now = '2026-01-01T00:00:00.000Z';
  expect(await notifySubscribers(deps, index, alert as Alert, null, now)).toEqual({
    sent: 1,
    queued: 1,
    duplicates: 0,
    failed: 0,
  });
  expect(sent.map((m) => [m.to, m.subject])).toEqual([['new@example.com', published.subject]]);
  // Delivered again (a retry of the message): the claim keeps it to one mail.
  expect(await notifySubscribers(deps, index, alert as Alert, null, now)).toMatchObject({
    sent: 0,
    duplicates: 1,
  });
  expect(sent).toHaveLength(1);
});
