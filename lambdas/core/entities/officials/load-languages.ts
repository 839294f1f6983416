import { brotliDecompressSync } from 'node:zlib';
import { LANGUAGE_TABLES_BROTLI } from './data/language-tables-data';
import { LANGUAGE_FIELDS, type Language } from './languages/language';
import { decodeWords } from './word-trie';

/** How a pattern is written in the packed JSON: `{"$re": [source, flags]}`. */
export const REGEXP_TAG = '$re';

let languages: readonly Language[] | null = null;

/** The word lists of each unpacked table as packed (tries), for {@link packedWords}. */
const tries = new WeakMap<Language, Readonly<Record<string, string>>>();

/** The language tables' JSON from the packed data module (Brotli, base64). */
export function unpackLanguageData(packed: string): string {
  return brotliDecompressSync(Buffer.from(packed, 'base64')).toString('utf8');
}

/** A word list of the packed JSON (a trie, see word-trie.ts) as the folded words joined by spaces. */
function wordList(packed: string): string {
  return packed.trim() === '' ? packed : decodeWords(packed).join(' ');
}

/**
 * The tables of a packed JSON text: patterns compiled again, and each word list unpacked when it is first
 * read (a release in English reads the offices of every language but the institutions of a few).
 */
export function languagesFromJson(json: string): Language[] {
  const tables = JSON.parse(json, (_key, value: unknown) => {
    if (value !== null && typeof value === 'object' && REGEXP_TAG in value) {
      const [source, flags] = (value as Record<typeof REGEXP_TAG, [string, string]>)[REGEXP_TAG];
      return new RegExp(source, flags);
    }
    return value;
  }) as Record<string, unknown>[];
  for (const table of tables) {
    const packedLists: Record<string, string> = {};
    tries.set(table as unknown as Language, packedLists);
    for (const [field, kind] of Object.entries(LANGUAGE_FIELDS)) {
      const packed = table[field];
      if (kind !== 'words' || typeof packed !== 'string') continue;
      packedLists[field] = packed;
      Object.defineProperty(table, field, {
        configurable: true,
        enumerable: true,
        get() {
          const words = wordList(packed);
          Object.defineProperty(table, field, { value: words, enumerable: true });
          return words;
        },
      });
    }
  }
  return tables as unknown as Language[];
}

/**
 * The folded words of one list of a table, read straight from its trie when the table was unpacked here
 * (no joining and splitting again), else split from the list: each the fold of a word, duplicates dropped.
 */
export function packedWords(lang: Language, field: keyof Language): string[] {
  const packed = tries.get(lang)?.[field];
  if (packed !== undefined) return packed.trim() === '' ? [] : decodeWords(packed);
  const list = lang[field];
  return typeof list === 'string' ? list.split(' ').filter((w) => w !== '') : [];
}

/**
 * The languages the officials extractor reads, in `LANGUAGES` order (see languages/index.ts), unpacked once on
 * first use from the data module that `npm run generate:tables` writes from the table sources: the bundle holds
 * the packed tables, not the sources. Their word lists are folded already.
 */
export function packedLanguages(): readonly Language[] {
  languages ??= languagesFromJson(unpackLanguageData(LANGUAGE_TABLES_BROTLI));
  return languages;
}
