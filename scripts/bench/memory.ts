import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { buildAlert } from '../../lambdas/core/alert';
import { DEFAULT_MAX_OBJECT_BYTES } from '../../lambdas/core/limits';
import { parseRelease } from '../../lambdas/core/parse/parse-release';
import { benchReleases } from './handler';
import { type BenchSection, mib, ms, printSections } from './section';

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

export async function benchMemory(): Promise<Omit<BenchSection, 'title'>> {
  const rows: Array<readonly [string, string]> = [];
  for (const format of ['text', 'html'] as const) {
    const out = execFileSync(process.execPath, ['--require', 'tsx/cjs', __filename, '--measure', format], {
      encoding: 'utf8',
      cwd: path.resolve(__dirname, '..', '..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const r = JSON.parse(out) as Record<string, number>;
    rows.push([
      `${format}, ${mib(r.bytes ?? 0)} release`,
      `parse + alert ${ms(r.elapsed ?? 0)}, peak RSS ${mib(r.maxRss ?? 0)} (process at start ${mib(r.baseline ?? 0)}), ` +
        `${r.countries} countries, ${r.officials} officials, alert body ${((r.alertBytes ?? 0) / 1024).toFixed(0)} KiB`,
    ]);
  }
  return { rows };
}

if (require.main === module) {
  const index = process.argv.indexOf('--measure');
  if (index >= 0) measure(process.argv[index + 1] === 'html' ? 'html' : 'text');
  else benchMemory().then((s) => printSections([{ title: 'Memory at the size limit', ...s }]));
}
