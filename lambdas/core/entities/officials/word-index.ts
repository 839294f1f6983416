import type { Language } from './languages/language';
import { encodeWords, itemWords, type TrieItem, topItems } from './word-trie';

/**
 * One index of the words of every language table, across languages: for each folded word, per kind of word,
 * the languages that list it whole and those that list it as a stem, one bit per language (bit i: the i-th
 * language the index was built over). The lexicon asks it once per word for every kind and language at once,
 * where it asked 20 tables per kind.
 *
 * Packed (`npm run generate:tables`), the words are grouped in buckets by their first letters and each bucket
 * is a word trie (word-trie.ts) of `restD`: the word without the bucket's letters, and the number of its
 * descriptor in capitals (`offices=5 institutions*=a`: kind, `*` for a stem, the languages' bits in base 36). A fresh
 * process decodes only the parts of the buckets that the words it meets reach: a release meets a tenth of the
 * 29,000 words.
 */

/** The kinds of word the language tables list (see {@link Language}), in the order of their bits. */
export const KINDS = [
  'offices',
  'pluralOffices',
  'modifiers',
  'connectors',
  'honorifics',
  'officeStyles',
  'institutions',
  'regions',
  'cues',
  'companyTitles',
  'and',
  'with',
  'callWords',
  'callVerbs',
  'asWords',
  'succeedVerbs',
  'particles',
  'patronymics',
  'stopWords',
] as const satisfies readonly (keyof Language)[];

export type WordKind = (typeof KINDS)[number];

const KIND_AT: ReadonlyMap<string, number> = new Map(KINDS.map((kind, i) => [kind, i]));

/** A word's languages per kind: `[k]` those that list it whole, `[KINDS.length + k]` those that list it as a stem. */
export type WordEntry = readonly number[];

/** The last part of a compound word ("*minister") of one kind, and the languages that list it. */
export type Compound = readonly [kind: number, part: string, languages: number];

export interface WordIndex {
  /** The entry of a folded word, or undefined when no table lists it. */
  entry(folded: string): WordEntry | undefined;
  readonly compounds: readonly Compound[];
}

/** The index as `npm run generate:tables` packs it. */
export interface PackedWordIndex {
  /** How many first letters name a word's bucket. */
  readonly prefix: number;
  readonly descriptors: readonly string[];
  /** First letters -> word trie of `rest|descriptor number`. */
  readonly buckets: Readonly<Record<string, string>>;
  readonly compounds: readonly (readonly [kind: WordKind, part: string, languages: number])[];
}

// Bitwise operators read 32 bits, the highest the sign.
export const MAX_LANGUAGES = 31;

const BUCKET_PREFIX = 2;
// Descriptor numbers are written in base 26 with the capitals A-Z, which no folded word holds: no separator.
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGIT = /[A-Z]/;
const A = 65;
const Z = 90;

function numberText(n: number): string {
  let out = '';
  let rest = n;
  do {
    out = (DIGITS[rest % DIGITS.length] as string) + out;
    rest = Math.floor(rest / DIGITS.length);
  } while (rest > 0);
  return out;
}

/** The index of the tables' folded words (`words(lang, kind)` gives them, stems ending in `*`). */
export function buildWordIndex(
  languages: readonly Language[],
  words: (lang: Language, kind: WordKind) => readonly string[],
): WordIndex & { readonly entries: ReadonlyMap<string, WordEntry> } {
  if (languages.length > MAX_LANGUAGES)
    throw new Error(`the word index holds at most ${MAX_LANGUAGES} languages, not ${languages.length}`);
  const entries = new Map<string, number[]>();
  const compounds = new Map<string, [number, string, number]>();
  languages.forEach((lang, i) => {
    const bit = 1 << i;
    KINDS.forEach((kind, k) => {
      for (const w of words(lang, kind)) {
        if (w.startsWith('*')) {
          const part = w.slice(1);
          const key = `${k} ${part}`;
          const c = compounds.get(key) ?? [k, part, 0];
          c[2] |= bit;
          compounds.set(key, c);
          continue;
        }
        const stem = w.endsWith('*');
        const word = stem ? w.slice(0, -1) : w;
        let e = entries.get(word);
        if (!e) {
          e = new Array<number>(2 * KINDS.length).fill(0);
          entries.set(word, e);
        }
        e[stem ? KINDS.length + k : k] = (e[stem ? KINDS.length + k : k] as number) | bit;
      }
    });
  });
  return {
    entries,
    entry: (folded) => entries.get(folded),
    compounds: [...compounds.values()].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1)),
  };
}

function descriptorOf(e: WordEntry): string {
  const parts: string[] = [];
  KINDS.forEach((kind, k) => {
    const whole = e[k] as number;
    const stem = e[KINDS.length + k] as number;
    if (whole !== 0) parts.push(`${kind}=${whole.toString(36)}`);
    if (stem !== 0) parts.push(`${kind}*=${stem.toString(36)}`);
  });
  return parts.join(' ');
}

/** The index packed: buckets of word tries, descriptors numbered by use, most used first. */
export function packWordIndex(index: ReturnType<typeof buildWordIndex>): PackedWordIndex {
  const words = [...index.entries.keys()].sort();
  const uses = new Map<string, number>();
  for (const w of words) {
    if (DIGIT.test(w)) throw new Error(`a folded table word holds a capital: '${w}'`);
    const d = descriptorOf(index.entries.get(w) as WordEntry);
    uses.set(d, (uses.get(d) ?? 0) + 1);
  }
  const descriptors = [...uses].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([d]) => d);
  const number = new Map(descriptors.map((d, i) => [d, numberText(i)]));
  const buckets = new Map<string, string[]>();
  for (const w of words) {
    const key = w.slice(0, BUCKET_PREFIX);
    const d = number.get(descriptorOf(index.entries.get(w) as WordEntry));
    buckets.set(key, [...(buckets.get(key) ?? []), `${w.slice(key.length)}${d}`]);
  }
  return {
    prefix: BUCKET_PREFIX,
    descriptors,
    buckets: Object.fromEntries([...buckets].map(([key, list]) => [key, encodeWords(list)])),
    compounds: index.compounds.map(([k, part, langs]) => [KINDS[k] as WordKind, part, langs] as const),
  };
}

function parseDescriptor(d: string): WordEntry {
  const e = new Array<number>(2 * KINDS.length).fill(0);
  for (const part of d.split(' ')) {
    const at = part.indexOf('=');
    const stem = part.charAt(at - 1) === '*';
    const k = KIND_AT.get(part.slice(0, stem ? at - 1 : at));
    if (k === undefined) throw new Error(`packed word index: unknown kind in '${part}'`);
    e[stem ? KINDS.length + k : k] = Number.parseInt(part.slice(at + 1), 36);
  }
  return e;
}

/** A bucket of the packed index: its trie, the items at its top, and the words under each item once decoded. */
interface Bucket {
  readonly trie: string;
  readonly top: ReadonlyMap<number, TrieItem>;
  readonly words: Map<TrieItem, Map<string, number>>;
}

/**
 * The packed index, each descriptor decoded on its first use, and each bucket read as lookups reach it: the
 * items at its top on its first lookup, and the words under one item (a word's third letter) on the first
 * lookup of a word under it. A release meets a few hundred such items, where it decoded its hundred buckets whole.
 */
export function unpackWordIndex(packed: PackedWordIndex): WordIndex & { allWords(): string[] } {
  const buckets = new Map<string, Bucket>();
  const parsed: (WordEntry | undefined)[] = [];
  const bucketOf = (key: string): Bucket => {
    let b = buckets.get(key);
    if (!b) {
      const trie = Object.hasOwn(packed.buckets, key) ? (packed.buckets[key] as string) : '';
      b = { trie, top: topItems(trie), words: new Map() };
      buckets.set(key, b);
    }
    return b;
  };
  // The descriptor numbers of the words under one top item of a bucket, by the word without the bucket's letters.
  const numbers = (b: Bucket, item: TrieItem): Map<string, number> => {
    let words = b.words.get(item);
    if (!words) {
      words = new Map();
      for (const w of itemWords(b.trie, item)) {
        // The capitals at the end are the descriptor's number (a loop, not a pattern: it runs cold).
        let at = w.length;
        let d = 0;
        let scale = 1;
        for (let c = w.charCodeAt(at - 1); at > 0 && c >= A && c <= Z; c = w.charCodeAt(--at - 1)) {
          d += (c - A) * scale;
          scale *= DIGITS.length;
        }
        words.set(w.slice(0, at), d);
      }
      b.words.set(item, words);
    }
    return words;
  };
  const bucket = (key: string): Map<string, number> => {
    const b = bucketOf(key);
    const all = new Map<string, number>();
    for (const item of b.top.values()) for (const [w, d] of numbers(b, item)) all.set(key + w, d);
    return all;
  };
  const numberOf = (folded: string): number | undefined => {
    const key = folded.slice(0, packed.prefix);
    const rest = folded.slice(key.length);
    const b = bucketOf(key);
    let item: TrieItem | undefined;
    // A word of the bucket's letters alone is its descriptor's capitals alone: the top item that starts so.
    if (rest === '') for (let c = A; c <= Z && item === undefined; c++) item = b.top.get(c);
    else item = b.top.get(rest.codePointAt(0) as number);
    return item === undefined ? undefined : numbers(b, item).get(rest);
  };
  const entry = (folded: string): WordEntry | undefined => {
    const d = numberOf(folded);
    if (d === undefined) return undefined;
    let e = parsed[d];
    if (!e) {
      e = parseDescriptor(packed.descriptors[d] as string);
      parsed[d] = e;
    }
    return e;
  };
  return {
    entry,
    compounds: packed.compounds.map(([kind, part, langs]) => [KIND_AT.get(kind) as number, part, langs]),
    allWords: () => Object.keys(packed.buckets).flatMap((key) => [...bucket(key).keys()]),
  };
}
