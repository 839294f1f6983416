/**
 * What the language tables and the name lexicon add to a Lambda bundle: the packed data modules minified as
 * esbuild bundles them (the bundle holds the packed tables, not the table sources), each language's share of
 * the packed tables, and the whole officials extractor with everything it imports.
 * Usage: npm run bench -- --only tables
 */
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { LANGUAGES } from '../../lambdas/core/entities/officials/languages';
import { renderLanguageJson } from '../generate-language-tables';
import { encodeBase91 } from '../pack-text';
import { type BenchSection, kib } from './section';

const OFFICIALS = path.resolve(__dirname, '..', '..', 'lambdas', 'core', 'entities', 'officials');

async function minified(entry: string, external: readonly string[] = []) {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    write: false,
    external: [...external],
    charset: 'utf8',
    metafile: true,
  });
  return { bytes: out.outputFiles.reduce((sum, f) => sum + f.contents.length, 0), meta: out.metafile };
}

async function minifiedBytes(entry: string, external: readonly string[] = []): Promise<number> {
  return (await minified(entry, external)).bytes;
}

/** Bytes of the bundle that come from files under `dir` (the table sources: none, when packing works). */
function bytesFrom(meta: Metafile, dir: string): number {
  const relative = path.relative(process.cwd(), dir);
  let sum = 0;
  // language.ts holds the type and the rule helpers the stages call: code, not tables.
  for (const output of Object.values(meta.outputs))
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs))
      if (input.startsWith(relative) && !input.endsWith('language.ts')) sum += bytesInOutput;
  return sum;
}

/** One language's tables packed alone as the generator packs them all (Brotli, base-91): its share. */
function packedAlone(lang: (typeof LANGUAGES)[number]): number {
  const json = Buffer.from(renderLanguageJson([lang]), 'utf8');
  const packed = brotliCompressSync(json, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  return encodeBase91(packed).length;
}

export async function benchTables(): Promise<BenchSection> {
  const rows: [string, string][] = [];
  const dir = path.join(OFFICIALS, 'languages');
  // Packed alone, a language loses what Brotli shares between neighbours: the shares add up to more.
  for (const lang of LANGUAGES) rows.push([`table ${lang.code} (packed alone)`, kib(packedAlone(lang))]);
  const sources = await minifiedBytes(path.join(dir, 'index.ts'));
  const tables = await minifiedBytes(path.join(OFFICIALS, 'data', 'language-tables-data.ts'));
  const names = await minifiedBytes(path.join(OFFICIALS, 'data', 'given-names-data.ts'));
  const countries = await minifiedBytes(path.resolve(OFFICIALS, '..', 'data', 'country-gazetteer-json.ts'));
  const extractor = await minified(path.join(OFFICIALS, 'find-officials.ts'), ['node:zlib']);
  rows.push(
    ['language tables in the bundle (packed: Brotli, base-91)', `${kib(tables)} (target <= 80 KB)`],
    ['  the table sources, minified (not bundled)', kib(sources)],
    ['  table sources found in the extractor bundle', kib(bytesFrom(extractor.meta, dir))],
    ['given-name lexicon (Brotli, base-91)', kib(names)],
    ['tables and lexicon together', `${kib(tables + names)} (target <= 80 KB)`],
    ['country gazetteer data (Brotli, base-91)', kib(countries)],
    ['officials extractor, everything it imports', kib(extractor.bytes)],
    ['  of which stage code', kib(extractor.bytes - tables - names)],
  );
  return { title: 'Language tables and lexicons in the bundle (minified)', rows };
}
