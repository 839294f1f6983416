import { brotliDecompressSync } from 'node:zlib';
import { decodeBase91 } from '../../text/base91';
import { LANGUAGE_TABLES_BROTLI } from './data/language-tables-data';
import { LANGUAGE_FIELDS, type Language } from './languages/language';
import { KINDS, type PackedWordIndex, unpackWordIndex, type WordIndex, type WordKind } from './word-index';
import { decodeWords } from './word-trie';

/** How a pattern is written in the packed JSON: `{"$re": [source, flags]}`. */
export const REGEXP_TAG = '$re';

/**
 * The packed JSON: each table without the words of the lexicon's kinds (names, flags, case rules, endings and
 * the other word lists as tries), and the word index across languages that holds those (word-index.ts).
 */
export interface PackedTables {
  readonly languages: readonly Record<string, unknown>[];
  readonly index: PackedWordIndex;
}

let unpacked: { languages: readonly Language[]; index: ReturnType<typeof unpackWordIndex> } | null = null;

/** The word lists of each unpacked table as packed (tries), for {@link packedWords}. */
const tries = new WeakMap<Language, Readonly<Record<string, string>>>();

const LEXICON_KINDS: ReadonlySet<string> = new Set(KINDS);

/** The language tables' JSON from the packed data module (Brotli, base-91). */
export function unpackLanguageData(packed: string): string {
  return brotliDecompressSync(decodeBase91(packed)).toString('utf8');
}

/** A word list of the packed JSON (a trie, see word-trie.ts) as the folded words joined by spaces. */
function wordList(packed: string): string {
  return packed.trim() === '' ? packed : decodeWords(packed).join(' ');
}

/** A JSON value with the patterns tagged `{"$re": [source, flags]}` compiled again. */
function revived(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (REGEXP_TAG in value) {
    const [source, flags] = (value as Record<typeof REGEXP_TAG, [string, string]>)[REGEXP_TAG];
    return new RegExp(source, flags);
  }
  if (Array.isArray(value)) return value.map(revived);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revived(v)]));
}

/** Defines `field` of `table` as computed on first read, then kept. */
function lazily(table: Record<string, unknown>, field: string, read: () => unknown): void {
  Object.defineProperty(table, field, {
    configurable: true,
    enumerable: true,
    get() {
      const value = read();
      Object.defineProperty(table, field, { value, enumerable: true });
      return value;
    },
  });
}

/** The words of one kind of the i-th language, from the index, as the table lists them (stems `x*`, compounds `*x`). */
function kindWords(
  index: ReturnType<typeof unpackWordIndex>,
  words: readonly string[],
  kind: WordKind,
  i: number,
): string {
  const k = KINDS.indexOf(kind);
  const bit = 1 << i;
  const out: string[] = [];
  for (const w of words) {
    const e = index.entry(w) as readonly number[];
    if (((e[k] as number) & bit) !== 0) out.push(w);
    if (((e[KINDS.length + k] as number) & bit) !== 0) out.push(`${w}*`);
  }
  for (const [ck, part, langs] of index.compounds) if (ck === k && (langs & bit) !== 0) out.push(`*${part}`);
  return out.join(' ');
}

/**
 * The tables and the word index of a packed JSON text: each word list unpacked and each field of patterns
 * compiled again when it is first read; the lexicon's kinds of word are read from the index (the lexicon reads
 * the index itself).
 */
export function languagesFromJson(json: string): {
  languages: Language[];
  index: ReturnType<typeof unpackWordIndex>;
} {
  // No reviver: one would be called for every value of the index too. Patterns sit in the tables' data fields.
  const data = JSON.parse(json) as PackedTables;
  const index = unpackWordIndex(data.index);
  const tables = data.languages as Record<string, unknown>[];
  let words: string[] | null = null;
  const allWords = () => {
    words ??= index.allWords().sort();
    return words;
  };
  tables.forEach((table, i) => {
    const packedLists: Record<string, string> = {};
    tries.set(table as unknown as Language, packedLists);
    for (const [field, kind] of Object.entries(LANGUAGE_FIELDS)) {
      if (kind !== 'words') {
        // Case rules and rewrites hold patterns: compiled when a release of the language first reads them, as
        // compiling every language's patterns cost a fresh process a few milliseconds.
        const data = table[field];
        if (data !== null && typeof data === 'object') lazily(table, field, () => revived(data));
        continue;
      }
      if (LEXICON_KINDS.has(field)) {
        lazily(table, field, () => kindWords(index, allWords(), field as WordKind, i));
        continue;
      }
      const packed = table[field];
      if (typeof packed !== 'string') continue;
      packedLists[field] = packed;
      lazily(table, field, () => wordList(packed));
    }
  });
  return { languages: tables as unknown as Language[], index };
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

function tables(): NonNullable<typeof unpacked> {
  unpacked ??= languagesFromJson(unpackLanguageData(LANGUAGE_TABLES_BROTLI));
  return unpacked;
}

/**
 * The languages the officials extractor reads, in `LANGUAGES` order (see languages/index.ts), unpacked once on
 * first use from the data module that `npm run generate:tables` writes from the table sources: the bundle holds
 * the packed tables, not the sources. Their word lists are folded already.
 */
export function packedLanguages(): readonly Language[] {
  return tables().languages;
}

/** The index of the words of {@link packedLanguages} across languages, packed with them. */
export function packedWordIndex(): WordIndex {
  return tables().index;
}
