/**
 * Parse-time benchmark over the shared corpus (../shared/corpus): p50/p99 per release, p50 for a ~5 KB
 * release, releases per second on one core, peak memory. Run alone: `npx tsx scripts/bench/parse.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseRelease } from '../../lambdas/core/parse/parse-release';

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const ms = (x: number) => `${x.toFixed(3)} ms`;

/** Label/value rows for the bench table; the corpus rows are left out when the corpus is absent. */
export async function benchParse(): Promise<{ rows: Array<[string, string]> }> {
  const dir = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'releases');
  if (!existsSync(dir)) return { rows: [['parse', `skipped: no corpus at ${dir}`]] };
  const files = readdirSync(dir)
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) }));
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
      ['parse: corpus releases', `${files.length} files x ${rounds} rounds`],
      ['parse: p50 per release', ms(quantile(times, 0.5))],
      ['parse: p99 per release', ms(quantile(times, 0.99))],
      [`parse: p50 for a ${(fiveBytes.length / 1024).toFixed(1)} KB release`, ms(quantile(fiveTimes, 0.5))],
      ['parse: p99 for that release', ms(quantile(fiveTimes, 0.99))],
      ['parse: releases per second (one core)', Math.round((times.length / elapsed) * 1000).toString()],
      ['parse: first call (gazetteer build)', ms(cold)],
      ['parse: peak RSS', `${(peakRss / 2 ** 20).toFixed(0)} MiB`],
      ['parse: peak heap used', `${(peakHeap / 2 ** 20).toFixed(0)} MiB`],
    ],
  };
}

if (require.main === module) {
  benchParse().then(({ rows }) => {
    const width = Math.max(...rows.map(([label]) => label.length));
    for (const [label, value] of rows) process.stdout.write(`${label.padEnd(width)}  ${value}\n`);
  });
}
