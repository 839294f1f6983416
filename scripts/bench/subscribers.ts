import type { Subscriber, SubscriptionTerm } from '../../lambdas/core/delivery/subscriber';
import { SubscriberIndex } from '../../lambdas/core/delivery/subscriber-index';
import { type BenchSection, mib, ms, percentile } from './section';

const SUBSCRIBERS = 100_000;
const ALERTS = 2_000;
const COUNTRIES = 200;
const OFFICIALS = 5_000;

/** A small deterministic PRNG (mulberry32), so that runs compare. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Skewed choice: a few countries and officials are followed (and named) far more than the rest, as in the corpus.
const skewed = (rand: () => number, n: number) => Math.floor(n * rand() ** 3);
const country = (i: number) => `country:${String.fromCharCode(65 + (i % 26), 65 + Math.floor(i / 26))}`;
const official = (i: number) => `official:official-${i}`;

function subscribers(rand: () => number): Subscriber[] {
  const list: Subscriber[] = [];
  for (let i = 0; i < SUBSCRIBERS; i++) {
    const terms: SubscriptionTerm[] = [];
    for (let c = 1 + Math.floor(rand() * 3); c > 0; c--) {
      const code = country(skewed(rand, COUNTRIES));
      terms.push({ kind: 'country', label: code, interests: [code] });
    }
    for (let o = Math.floor(rand() * 4); o > 0; o--) {
      const id = skewed(rand, OFFICIALS);
      // A full-name subscription also lists its surname form, as `officialInterests` does.
      terms.push({
        kind: 'official',
        label: `Official ${id}`,
        interests: [official(id), `official:surname-${id}`],
      });
    }
    list.push({
      id: `s${i}`,
      email: `s${i}@example.org`,
      terms,
      cadence: i % 3 === 0 ? 'daily' : 'immediate',
      timeZone: 'UTC',
      hour: 8,
      weekday: 1,
      status: 'active',
      createdAt: '2026-01-01T00:00:00.000Z',
      tokenGeneration: 0,
      lastDigestAt: null,
      confirmationsSentAt: [],
    });
  }
  return list;
}

function alertInterests(rand: () => number): string[] {
  const values = new Set<string>();
  for (let c = 2 + Math.floor(rand() * 3); c > 0; c--) values.add(country(skewed(rand, COUNTRIES)));
  for (let o = 2 + Math.floor(rand() * 5); o > 0; o--) values.add(official(skewed(rand, OFFICIALS)));
  return [...values];
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Matching one alert against 100,000 subscribers through the in-memory index (issue 13's targets). */
export async function benchSubscribers(): Promise<BenchSection> {
  const rand = random(13);
  const list = subscribers(rand);
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const buildStart = performance.now();
  const index = new SubscriberIndex(list);
  const buildMs = performance.now() - buildStart;
  gc?.();
  const indexBytes = process.memoryUsage().heapUsed - before;
  const alerts = Array.from({ length: ALERTS }, () => alertInterests(rand));
  // Warm-up: the first calls compile the code.
  for (const a of alerts.slice(0, 100)) index.match(a);
  const times: number[] = [];
  const matched: number[] = [];
  for (const a of alerts) {
    const start = performance.now();
    const found = index.match(a);
    times.push(performance.now() - start);
    matched.push(found.length);
  }
  return {
    title: `Subscribers: one alert against ${SUBSCRIBERS.toLocaleString('en')} (in-memory index)`,
    rows: [
      [
        'subscribers',
        `${SUBSCRIBERS.toLocaleString('en')} active (1-3 countries, 0-3 officials each, skewed)`,
      ],
      ['index build', ms(buildMs)],
      [
        'index memory',
        `${mib(indexBytes)} heap${gc ? '' : ' (run with NODE_OPTIONS=--expose-gc for an exact figure)'}; target <= 64 MiB`,
      ],
      ['match p50', `${ms(percentile(times, 50))} (target <= 20 ms)`],
      ['match p99', ms(percentile(times, 99))],
      ['matched per alert', `p50 ${percentile(matched, 50)}, p99 ${percentile(matched, 99)}`],
      ['alerts timed', String(ALERTS)],
    ],
  };
}
