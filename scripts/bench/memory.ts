import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { buildAlert } from '../../lambdas/core/alert';
import { DEFAULT_MAX_OBJECT_BYTES } from '../../lambdas/core/limits';
import { parseRelease } from '../../lambdas/core/parse/parse-release';
import { benchReleases } from './handler';
import { oneLineRelease, type ParticipantListKind, participantList } from './hostile-releases';
import { type BenchSection, mib, ms, printSections } from './section';

/** The section's title, here and in `npm run bench`. */
export const MEMORY_TITLE = 'Memory at the size limit, and the parser scaling on hostile input';

/** A release of `size` bytes in `format`, built from real release paragraphs (so entities are dense). */
function bigRelease(format: 'text' | 'html', size: number): Buffer {
  const paragraphs = benchReleases()
    .filter((r) => r.name.endsWith('.txt'))
    .flatMap((r) =>
      r.bytes
        .toString('utf8')
        .split(/\n\s*\n/)
        .slice(2),
    )
    .filter((p) => p.trim().length > 0);
  const out: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < size - 2000; i++) {
    const p = paragraphs[i % paragraphs.length] as string;
    out.push(p);
    bytes += Buffer.byteLength(p) + (format === 'html' ? 9 : 2);
  }
  if (format === 'html') {
    return Buffer.from(
      `<!DOCTYPE html><html><head><title>Big release | example.org</title></head><body><article><h1>Big release</h1>` +
        `<time datetime="2025-01-01">1 January 2025</time>${out.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
    );
  }
  return Buffer.from(`date 2025-01-01 example.org\n\nBig release\n\n${out.join('\n\n')}\n`);
}

/** Runs in a fresh process: parse one release at the size limit, report time and peak memory. */
function measure(format: 'text' | 'html'): void {
  const baseline = process.memoryUsage().rss;
  const bytes = bigRelease(format, DEFAULT_MAX_OBJECT_BYTES);
  const start = performance.now();
  const release = parseRelease(bytes, { fileName: `big.${format === 'html' ? 'html' : 'txt'}` });
  const alert = buildAlert({ releaseId: 'bench', kind: 'new', release, location: { bucket: 'b', key: 'k' } });
  const elapsed = performance.now() - start;
  process.stdout.write(
    JSON.stringify({
      bytes: bytes.length,
      elapsed,
      baseline,
      maxRss: process.resourceUsage().maxRSS * 1024,
      countries: release.countries.length,
      officials: release.officials.length,
      alertBytes: Buffer.byteLength(alert.body),
    }),
  );
}

/** Sizes of the scaling runs: each ten times the last, so that linear reads as about 10x per step. */
const SCALING_SIZES = [16_000, 160_000, 1_600_000] as const;
const KINDS: readonly ParticipantListKind[] = ['distinct', 'repeated', 'one-line'];
/** The one-line release of the probe that once became a 4.9 MB title. */
const ONE_LINE_RELEASE_BYTES = 5_000_000;

interface Scaling {
  readonly bytes: number;
  readonly elapsed: number;
  /** RSS after the warm-up parse: the process with its tables loaded. */
  readonly baseline: number;
  readonly maxRss: number;
  readonly officials: number;
  readonly maxVariants: number;
  readonly titleLength: number;
  readonly bodyParagraphs: number;
}

/**
 * Runs in a fresh process: parse a hostile release, report time and peak memory. A small release is parsed
 * first, so that the figures are the parse's own and not the loading of the lexicon and the gazetteer.
 */
function measureHostile(kind: ParticipantListKind | 'release', size: number): void {
  parseRelease(participantList('distinct', 2_000), { fileName: 'warm-up.txt' });
  const bytes = kind === 'release' ? oneLineRelease(size) : participantList(kind, size);
  const baseline = process.memoryUsage().rss;
  const start = performance.now();
  const release = parseRelease(bytes, { fileName: `${kind}.txt` });
  const elapsed = performance.now() - start;
  const result: Scaling = {
    bytes: bytes.length,
    elapsed,
    baseline,
    maxRss: process.resourceUsage().maxRSS * 1024,
    officials: release.officials.length,
    maxVariants: Math.max(0, ...release.officials.map((o) => o.variants.length)),
    titleLength: release.title.length,
    bodyParagraphs: release.body.length,
  };
  process.stdout.write(JSON.stringify(result));
}

function child(args: readonly string[]): string {
  return execFileSync(process.execPath, ['--require', 'tsx/cjs', __filename, ...args], {
    encoding: 'utf8',
    cwd: path.resolve(__dirname, '..', '..'),
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
}

const kb = (bytes: number): string =>
  bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(0)} KB`;
// Peak memory the parse added to the warmed-up process.
const growth = (r: Scaling): number => Math.max(0, r.maxRss - r.baseline);

function scalingRow(label: string, r: Scaling): readonly [string, string] {
  return [
    label,
    `${ms(r.elapsed)}, peak RSS ${mib(r.maxRss)} (+${mib(growth(r))} over the warmed-up process), ` +
      `${r.officials} officials, at most ${r.maxVariants} variants, title ${r.titleLength} characters`,
  ];
}

/** Time and peak memory of the parser on hostile inputs of 16 KB, 160 KB and 1.6 MB, each in a fresh process. */
export function benchScaling(): Array<readonly [string, string]> {
  const rows: Array<readonly [string, string]> = [];
  for (const kind of KINDS) {
    const runs = SCALING_SIZES.map(
      (size) => JSON.parse(child(['--measure-hostile', kind, String(size)])) as Scaling,
    );
    runs.forEach((r) => {
      rows.push(scalingRow(`${kind}, ${kb(r.bytes)}`, r));
    });
    for (let i = 1; i < runs.length; i++) {
      const a = runs[i - 1] as Scaling;
      const b = runs[i] as Scaling;
      rows.push([
        `${kind}, ratio ${kb(b.bytes)} / ${kb(a.bytes)}`,
        `input x${(b.bytes / a.bytes).toFixed(1)}: time x${(b.elapsed / a.elapsed).toFixed(1)}, ` +
          `memory added x${(growth(b) / Math.max(1, growth(a))).toFixed(1)} (linear: about x10)`,
      ]);
    }
  }
  const r = JSON.parse(child(['--measure-hostile', 'release', String(ONE_LINE_RELEASE_BYTES)])) as Scaling;
  rows.push(scalingRow(`one-line release, ${kb(r.bytes)}`, r));
  rows.push([`one-line release, body`, `${r.bodyParagraphs} paragraph(s): the line is kept whole`]);
  return rows;
}

export async function benchMemory(): Promise<Omit<BenchSection, 'title'>> {
  const rows: Array<readonly [string, string]> = [];
  for (const format of ['text', 'html'] as const) {
    const r = JSON.parse(child(['--measure', format])) as Record<string, number>;
    rows.push([
      `${format}, ${mib(r.bytes ?? 0)} release`,
      `parse + alert ${ms(r.elapsed ?? 0)}, peak RSS ${mib(r.maxRss ?? 0)} (process at start ${mib(r.baseline ?? 0)}), ` +
        `${r.countries} countries, ${r.officials} officials, alert body ${((r.alertBytes ?? 0) / 1024).toFixed(0)} KiB`,
    ]);
  }
  rows.push(...benchScaling());
  return { rows };
}

if (require.main === module) {
  const index = process.argv.indexOf('--measure');
  const hostile = process.argv.indexOf('--measure-hostile');
  if (index >= 0) measure(process.argv[index + 1] === 'html' ? 'html' : 'text');
  else if (hostile >= 0)
    measureHostile(
      process.argv[hostile + 1] as ParticipantListKind | 'release',
      Number(process.argv[hostile + 2]),
    );
  else benchMemory().then((s) => printSections([{ title: MEMORY_TITLE, ...s }]));
}
