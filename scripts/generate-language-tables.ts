/**
 * Packs the officials extractor's language tables (lambdas/core/entities/officials/languages/, listed in
 * `LANGUAGES`) into one generated data module: every table as the extractor reads it, its word lists folded
 * (NFKD, marks removed, lower case) and written as word tries, its case rules as pattern source and flags; the
 * words of the lexicon's kinds (offices, institutions, stop words ...) not per table but in one index across
 * languages (word-index.ts: each word once, with the languages and kinds that list it, in buckets by its first
 * letters), so that a fresh process decodes only the words a release meets. All as JSON, Brotli-compressed and
 * in base64: 20 tables are about 190 KiB of JSON and pack into about 54 KiB, where their sources minified were
 * about 118 KiB, and loading them no longer runs the sources' word-form builders.
 * Usage: npm run generate:tables (after every change to a table; a test fails while the data is stale)
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { LANGUAGES } from '../lambdas/core/entities/officials/languages';
import { LANGUAGE_FIELDS, type Language } from '../lambdas/core/entities/officials/languages/language';
import { wordsOf } from '../lambdas/core/entities/officials/lexicon';
import { REGEXP_TAG } from '../lambdas/core/entities/officials/load-languages';
import { buildWordIndex, KINDS, packWordIndex } from '../lambdas/core/entities/officials/word-index';
import { encodeWords } from '../lambdas/core/entities/officials/word-trie';
import { foldWord } from '../lambdas/core/text/fold';

export const LANGUAGE_TABLES_FILE = path.resolve(
  __dirname,
  '..',
  'lambdas',
  'core',
  'entities',
  'officials',
  'data',
  'language-tables-data.ts',
);

/** The command that rewrites {@link LANGUAGE_TABLES_FILE}, for messages. */
export const GENERATE_TABLES = 'npm run generate:tables';

const LEXICON_KINDS: ReadonlySet<string> = new Set(KINDS);

/** The words of a list folded as the lexicon folds them; each must be its own fold, as the packed words are read so. */
function foldedWords(lang: Language, field: string, block: string | undefined): string[] {
  const words = wordsOf(block);
  for (const w of words) {
    const bare = w.replace(/^\*|\*$/g, '');
    if (foldWord(bare) !== bare)
      throw new Error(
        `${lang.code}.${field}: '${w}' folds again to '${foldWord(bare)}'; write it in lower case`,
      );
  }
  return words;
}

/** A word list folded as the lexicon folds it, as a word trie. */
function foldedList(lang: Language, field: string, block: string): string {
  const words = foldedWords(lang, field, block);
  // A list of only blanks stays truthy, as in the source.
  return words.length > 0 || block === '' ? encodeWords(words) : ' ';
}

/**
 * One table as plain JSON values: folded word lists as tries, patterns tagged as `{"$re": [source, flags]}`. The
 * lists of the lexicon's kinds go to the word index instead.
 */
function tableData(lang: Language): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(lang)) {
    const kind = LANGUAGE_FIELDS[field as keyof Language];
    if (kind === undefined) throw new Error(`${lang.code}.${field}: not a field of Language (language.ts)`);
    if (value === undefined || LEXICON_KINDS.has(field)) continue;
    out[field] = kind === 'words' ? foldedList(lang, field, value as string) : value;
  }
  return out;
}

function replacer(_key: string, value: unknown): unknown {
  if (value instanceof RegExp) return { [REGEXP_TAG]: [value.source, value.flags] };
  if (typeof value === 'function') throw new Error('a language table holds a function: tables are data');
  return value;
}

/**
 * The packed tables' JSON (load-languages.ts, `PackedTables`): one table a line, in {@link LANGUAGES} order, then
 * the word index across them (word-index.ts), one bucket a line.
 */
export function renderLanguageJson(languages: readonly Language[] = LANGUAGES): string {
  const lines = languages.map((lang) => JSON.stringify(tableData(lang), replacer));
  const index = packWordIndex(
    buildWordIndex(languages, (lang, kind) => foldedWords(lang, kind, lang[kind] as string | undefined)),
  );
  const buckets = Object.entries(index.buckets).map(
    ([key, trie]) => `${JSON.stringify(key)}:${JSON.stringify(trie)}`,
  );
  return [
    '{"languages":[',
    lines.join(',\n'),
    `],"index":{"prefix":${index.prefix},"descriptors":${JSON.stringify(index.descriptors)},"compounds":${JSON.stringify(index.compounds)},"buckets":{`,
    buckets.join(',\n'),
    '}}}',
  ].join('\n');
}

/** The data module's exact text: the JSON, Brotli-compressed, base64, 100 characters a line. */
export function renderLanguageTables(): string {
  const json = Buffer.from(renderLanguageJson(), 'utf8');
  const packed = brotliCompressSync(json, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 22,
      [constants.BROTLI_PARAM_SIZE_HINT]: json.length,
    },
  }).toString('base64');
  const lines = packed.match(/.{1,100}/g) ?? [];
  return [
    `// Generated by \`${GENERATE_TABLES}\` (scripts/generate-language-tables.ts) from officials/languages/.`,
    '// Do not edit. The language tables as JSON, Brotli-compressed, base64 (line breaks are ignored).',
    `export const LANGUAGE_TABLES_BROTLI = \`\n${lines.join('\n')}\n\`;`,
    '',
  ].join('\n');
}

if (require.main === module) {
  const text = renderLanguageTables();
  writeFileSync(LANGUAGE_TABLES_FILE, text);
  process.stdout.write(
    `wrote ${path.relative(process.cwd(), LANGUAGE_TABLES_FILE)}: ${LANGUAGES.length} languages, ${(text.length / 1024).toFixed(1)} KiB\n`,
  );
}
