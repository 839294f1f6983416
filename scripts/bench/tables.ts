/**
 * What the language tables and the name lexicon add to a Lambda bundle: each minified as esbuild bundles it,
 * and the whole officials extractor with everything it imports. Usage: npm run bench -- --only tables
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { type BenchSection, kib } from './section';

const OFFICIALS = path.resolve(__dirname, '..', '..', 'lambdas', 'core', 'entities', 'officials');

async function minifiedBytes(entry: string, external: readonly string[] = []): Promise<number> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    write: false,
    external: [...external],
    charset: 'utf8',
  });
  return out.outputFiles.reduce((sum, f) => sum + f.contents.length, 0);
}

export async function benchTables(): Promise<BenchSection> {
  const rows: [string, string][] = [];
  const dir = path.join(OFFICIALS, 'languages');
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !['index.ts', 'language.ts'].includes(f))
    .sort()) {
    // A table that builds on another (hr on sl, sr-cyrl on sr-latn) counts the shared part again here.
    const bytes = await minifiedBytes(path.join(dir, file));
    rows.push([`table ${file.replace(/\.ts$/, '')}`, kib(bytes)]);
  }
  const tables = await minifiedBytes(path.join(dir, 'index.ts'));
  const names = await minifiedBytes(path.join(OFFICIALS, 'data', 'given-names-data.ts'));
  const countries = await minifiedBytes(path.resolve(OFFICIALS, '..', 'data', 'country-gazetteer-json.ts'));
  const extractor = await minifiedBytes(path.join(OFFICIALS, 'find-officials.ts'), ['node:zlib']);
  rows.push(
    ['all language tables together', kib(tables)],
    ['given-name lexicon (Brotli, base64)', kib(names)],
    ['country gazetteer data (Brotli, base64)', kib(countries)],
    ['officials extractor, everything it imports', kib(extractor)],
    ['  of which stage code', kib(extractor - tables - names)],
  );
  return { title: 'Language tables and lexicons in the bundle (minified)', rows };
}
