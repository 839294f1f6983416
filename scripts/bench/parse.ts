/**
 * Parse-time benchmark over both shared corpora (../shared/corpus and ../shared/corpus-world, each skipped when
 * absent): p50/p99 per release, p50 for a ~5 KB release, releases per second on one core, peak memory, and the
 * speed against compromise's `people()` + `places()` on the same releases in the same process (compromise is a
 * dev dependency; skipped when it is not installed). Run alone: `npx tsx scripts/bench/parse.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseRelease } from '../../lambdas/core/parse/parse-release';
import { atLeast, atMost, percentile } from './section';

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const ms = (x: number) => `${x.toFixed(3)} ms`;

const CORPORA = ['corpus', 'corpus-world'];
/** Parse p50 per release (issue 14), milliseconds, and the speed-up over compromise it must reach. */
const PARSE_P50_MAX_MS = 0.5;
const COMPROMISE_MIN_SPEEDUP = 40;

/** The part of compromise the comparison calls (typed here: the bench runs without it too). */
type Nlp = (text: string) => {
  people: () => { out: (format: 'array') => string[] };
  places: () => { out: (format: 'array') => string[] };
};

async function loadCompromise(): Promise<Nlp | null> {
  // A specifier in a variable: type-checks and runs without the package installed.
  const name = 'compromise';
  try {
    const mod = (await import(name)) as { default?: Nlp };
    return mod.default ?? (mod as unknown as Nlp);
  } catch {
    return null;
  }
}

/**
 * compromise's `people()` + `places()` against the parser on the same releases, in turns in this process: the
 * parser reads the file (bytes, format detection, HTML/JSON), compromise gets the title and body text the
 * parser extracted (its input made easier, not harder). Ratio of p50 per release and of total time.
 */
async function againstCompromise(
  files: ReadonlyArray<{ name: string; bytes: Uint8Array }>,
): Promise<Array<[string, string]>> {
  const nlp = await loadCompromise();
  if (!nlp) return [['compromise', 'skipped: not installed (a dev dependency: npm install)']];
  const texts = files.map((f) => {
    const release = parseRelease(f.bytes, { fileName: f.name });
    return [release.title, ...release.body].join('\n\n');
  });
  for (const text of texts) nlp(text).people().out('array'); // warm-up
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let round = 0; round < 5; round++) {
    files.forEach((f, i) => {
      let t0 = performance.now();
      parseRelease(f.bytes, { fileName: f.name });
      ours.push(performance.now() - t0);
      t0 = performance.now();
      const doc = nlp(texts[i] ?? '');
      doc.people().out('array');
      doc.places().out('array');
      theirs.push(performance.now() - t0);
    });
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const p50 = percentile(theirs, 50) / percentile(ours, 50);
  const total = sum(theirs) / sum(ours);
  const x = (v: number) => `${v.toFixed(1)}x`;
  return [
    ['compromise people() + places(), p50 per release', ms(percentile(theirs, 50))],
    [
      'parser against compromise, p50 / total time',
      `${x(p50)} / ${x(total)} faster; ${atLeast(p50, COMPROMISE_MIN_SPEEDUP, '>= 40x (p50)', x)}`,
    ],
  ];
}

/** Label/value rows for the bench table; the corpus rows are left out when the corpus is absent. */
export async function benchParse(): Promise<{ rows: Array<[string, string]> }> {
  const shared = path.resolve(__dirname, '..', '..', '..', 'shared');
  const dirs = CORPORA.map((corpus) => path.join(shared, corpus, 'releases')).filter((dir) =>
    existsSync(dir),
  );
  if (dirs.length === 0) return { rows: [['parse', `skipped: no corpus in ${shared}`]] };
  const files = dirs.flatMap((dir) =>
    readdirSync(dir)
      .sort()
      .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) })),
  );
  // Warm-up: builds the gazetteers once (cold start) and lets the JIT settle.
  const coldStart = performance.now();
  parseRelease(files[0]?.bytes ?? new Uint8Array([0x41]));
  const cold = performance.now() - coldStart;
  for (let i = 0; i < 20; i++) for (const f of files) parseRelease(f.bytes, { fileName: f.name });

  const rounds = 60;
  const times: number[] = [];
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const started = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const f of files) {
      const t0 = performance.now();
      parseRelease(f.bytes, { fileName: f.name });
      times.push(performance.now() - t0);
    }
    const mem = process.memoryUsage();
    peakRss = Math.max(peakRss, mem.rss);
    peakHeap = Math.max(peakHeap, mem.heapUsed);
  }
  const elapsed = performance.now() - started;
  times.sort((a, b) => a - b);

  // A ~5 KB release: the corpus texts joined until about 5,000 bytes of seed text format.
  const paragraphs: string[] = [];
  for (const f of files.filter((x) => x.name.endsWith('.txt'))) {
    paragraphs.push(
      ...new TextDecoder()
        .decode(f.bytes)
        .split(/\n\s*\n/)
        .slice(2),
    );
    if (paragraphs.join('\n\n').length > 5000) break;
  }
  let five = 'date 2024-01-01 bench.example\n\nA release of about five kilobytes\n\n';
  for (const p of paragraphs) {
    if (Buffer.byteLength(five + p) > 5200) break;
    five += `${p}\n\n`;
  }
  const fiveBytes = new TextEncoder().encode(five);
  const fiveTimes: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const t0 = performance.now();
    parseRelease(fiveBytes);
    fiveTimes.push(performance.now() - t0);
  }
  fiveTimes.sort((a, b) => a - b);

  return {
    rows: [
      [
        'parse: corpus releases',
        `${files.length} files (${dirs.map((d) => path.basename(path.dirname(d))).join(' + ')}) x ${rounds} rounds`,
      ],
      [
        'parse: p50 per release',
        `${ms(quantile(times, 0.5))}; ${atMost(quantile(times, 0.5), PARSE_P50_MAX_MS, '<= 0.5 ms', ms)}`,
      ],
      ['parse: p99 per release', ms(quantile(times, 0.99))],
      [`parse: p50 for a ${(fiveBytes.length / 1024).toFixed(1)} KB release`, ms(quantile(fiveTimes, 0.5))],
      ['parse: p99 for that release', ms(quantile(fiveTimes, 0.99))],
      ['parse: releases per second (one core)', Math.round((times.length / elapsed) * 1000).toString()],
      ['parse: first call (gazetteer build)', ms(cold)],
      ['parse: peak RSS', `${(peakRss / 2 ** 20).toFixed(0)} MiB`],
      ['parse: peak heap used', `${(peakHeap / 2 ** 20).toFixed(0)} MiB`],
      ...(await againstCompromise(files)),
    ],
  };
}

if (require.main === module) {
  benchParse().then(({ rows }) => {
    const width = Math.max(...rows.map(([label]) => label.length));
    for (const [label, value] of rows) process.stdout.write(`${label.padEnd(width)}  ${value}\n`);
  });
}
