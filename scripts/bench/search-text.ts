import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { MemoryReleaseStore } from '../../lambdas/adapters/memory/memory-release-store';
import { contentHash, releaseIdFor } from '../../lambdas/core/content-hash';
import { SEARCH_TEXT_BYTES } from '../../lambdas/core/limits';
import { parseRelease } from '../../lambdas/core/parse/parse-release';
import { PARSER_VERSION } from '../../lambdas/core/parse/parser-version';
import type { ParsedRelease } from '../../lambdas/core/release';
import { searchText } from '../../lambdas/core/search/search-text';
import { homePage } from '../../lambdas/web/pages/home-page';
import { SEARCH_WINDOW } from '../../lambdas/web/read-input';
import { type BenchSection, ms, percentile, printSections } from './section';

const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared');
const CORPORA = ['corpus', 'corpus-world'] as const;
const ROUNDS = 50;

const parsedIn = (dir: string): ParsedRelease[] =>
  readdirSync(dir)
    .sort()
    .map((f) => parseRelease(readFileSync(path.join(dir, f)), { fileName: f }));

/**
 * What the search text adds to a release item (UTF-8 bytes, against the body's), where the cap falls on a long
 * release, and the time of a text search over a full window on the in-memory archive.
 */
export async function benchSearchText(): Promise<BenchSection> {
  const title = `Search text on release items (cap ${SEARCH_TEXT_BYTES} bytes) and the home search`;
  const rows: Array<[string, string]> = [];
  const all: ParsedRelease[] = [];
  for (const name of CORPORA) {
    const dir = path.join(SHARED, name, 'releases');
    if (!existsSync(dir)) {
      rows.push([name, `skipped: no corpus at ${dir}`]);
      continue;
    }
    const releases = parsedIn(dir);
    all.push(...releases);
    const sizes = releases.map((r) => Buffer.byteLength(searchText(r.body).text));
    const bodies = releases.map((r) => Buffer.byteLength(r.body.join('\n')));
    const mean = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) / values.length);
    rows.push([
      `${name} (${releases.length} releases)`,
      `mean ${mean(sizes)} B, p50 ${percentile(sizes, 50)} B, max ${percentile(sizes, 100)} B per item (body mean ${mean(bodies)} B); ${releases.filter((r) => !searchText(r.body).complete).length} cut`,
    ]);
  }
  if (all.length === 0) return { title, rows };

  // Every corpus body as one release: where the cap falls on a long text.
  const long = all.flatMap((r) => r.body);
  const longText = searchText(long);
  const distinct = new Set(searchText(long, Number.MAX_SAFE_INTEGER).text.split(' ')).size;
  rows.push([
    `all bodies as one (${Math.round(Buffer.byteLength(long.join('\n')) / 1024)} KiB)`,
    `${Buffer.byteLength(longText.text)} B, ${longText.text.split(' ').length} of ${distinct} distinct words kept`,
  ]);

  const store = new MemoryReleaseStore();
  for (let i = 0; i < SEARCH_WINDOW; i++) {
    const base = all[i % all.length] as ParsedRelease;
    const release = { ...base, body: [...base.body, `Copy ${i}.`] };
    const hash = contentHash(release);
    await store.storeRelease({
      ref: { bucket: 'bench', key: `r/${i}`, size: 1 },
      release,
      contentHash: hash,
      newReleaseId: releaseIdFor(hash),
      bodyBytes: 1,
      parserVersion: PARSER_VERSION,
      at: `2025-01-01T00:00:${String(i).padStart(5, '0')}Z`,
    });
  }
  const search = {
    q: 'healthcare parliament',
    country: null,
    official: null,
    since: null,
    until: null,
    page: 1,
  };
  const times: number[] = [];
  let matches = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    matches = (await homePage(store, search)).matches;
    times.push(performance.now() - start);
  }
  rows.push([
    `home search over ${SEARCH_WINDOW} releases (memory archive)`,
    `p50 ${ms(percentile(times, 50))}, p99 ${ms(percentile(times, 99))} (${matches} matches, x${ROUNDS})`,
  ]);
  return { title, rows };
}

if (require.main === module) benchSearchText().then((s) => printSections([s]));
