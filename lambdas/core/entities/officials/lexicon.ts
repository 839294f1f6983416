import { foldWord } from '../../text/fold';
import type { WordFacts } from '../word-facts';
import type { Language } from './languages/language';
import { packedLanguages, packedWordIndex, packedWords } from './load-languages';
import { buildWordIndex, KINDS, type WordEntry, type WordIndex, type WordKind } from './word-index';

export type { WordKind } from './word-index';

/** The words of a table block, folded as tokens are. */
export function wordsOf(block: string | undefined): string[] {
  return (block ?? '')
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => (w.startsWith('*') ? `*${foldWord(w.slice(1))}` : foldWord(w)));
}

const LISTS = new WeakMap<Language, Map<keyof Language, readonly string[]>>();

/** {@link wordsOf} a word list of a table, worked out once per table and list: releases read the same lists. */
export function tableWords(lang: Language, field: keyof Language): readonly string[] {
  let lists = LISTS.get(lang);
  if (lists === undefined) {
    lists = new Map();
    LISTS.set(lang, lists);
  }
  let list = lists.get(field);
  if (list === undefined) {
    list = wordsOf(lang[field] as string | undefined);
    lists.set(field, list);
  }
  return list;
}

const NONE: readonly Language[] = [];

const MAX_LANGUAGE_SETS = 64;

/** Kinds read in every language: parts of names travel with the names ("bin Zayed", "Turgunbek uulu"). */
const UNIVERSAL: ReadonlySet<WordKind> = new Set<WordKind>(['particles', 'patronymics']);

const KIND_INDEX = Object.fromEntries(KINDS.map((kind, i) => [kind, i])) as Record<WordKind, number>;

/** One bit per kind, in {@link KINDS} order, for {@link Lexicon.flags}. */
export const KIND_BIT: Readonly<Record<WordKind, number>> = Object.fromEntries(
  KINDS.map((kind, i) => [kind, 1 << i]),
) as Record<WordKind, number>;

/**
 * Set in {@link Lexicon.flags} when a language whose roles hold no lowercase words (English) lists the word as
 * an office, as a connector, or as "and".
 */
export const NO_LOWERCASE_BIT = {
  office: 1 << KINDS.length,
  connector: 1 << (KINDS.length + 1),
  and: 1 << (KINDS.length + 2),
} as const;

/**
 * Every language table, as one index across languages (word-index.ts), with a memo per word: each distinct word
 * of a release is looked up once for every kind and language, and words repeat across releases.
 */
export class Lexicon {
  private readonly bitOf = new Map<Language, number>();
  private readonly index: WordIndex;
  /** Ending -> the languages whose inflection endings hold it. */
  private readonly endings = new Map<string, number>();
  private readonly longestEnding: number;
  private readonly noLowercase: number;
  private readonly memo = new Map<string, WordEntry>();
  private readonly byMask = new Map<number, readonly Language[]>();
  private readonly flagMemo = new Map<number, Map<string, number>>();
  private readonly keepsFacts: boolean;

  /**
   * @param options.folded the tables' words are folded already, as those of {@link packedLanguages} are: they
   * are read from the packed tables without folding them again.
   * @param options.index the index of the tables' words, as packed (else it is built from the tables).
   * @param options.keepsFacts this is the one lexicon whose answers are kept in the words' facts (word-facts.ts).
   */
  constructor(
    private readonly languages: readonly Language[],
    options: { readonly folded?: boolean; readonly index?: WordIndex; readonly keepsFacts?: boolean } = {},
  ) {
    this.keepsFacts = options.keepsFacts === true;
    const words =
      options.folded === true
        ? packedWords
        : (lang: Language, field: keyof Language) => wordsOf(lang[field] as string);
    this.index = options.index ?? buildWordIndex(languages, words);
    let noLowercase = 0;
    languages.forEach((lang, i) => {
      this.bitOf.set(lang, 1 << i);
      if (lang.lowercaseRoleWords === false) noLowercase |= 1 << i;
      for (const e of words(lang, 'endings')) this.endings.set(e, (this.endings.get(e) ?? 0) | (1 << i));
    });
    this.noLowercase = noLowercase;
    this.longestEnding = Math.max(0, ...[...this.endings.keys()].map((e) => e.length));
  }

  /** The languages of each kind that list the folded word, one bit per language, in {@link KINDS} order. */
  private masksOf(folded: string): WordEntry {
    const known = this.memo.get(folded);
    if (known !== undefined) return known;
    const n = KINDS.length;
    const masks = new Array<number>(n).fill(0);
    // Listed whole, or as a stem with no ending.
    const whole = this.index.entry(folded);
    if (whole) for (let k = 0; k < n; k++) masks[k] = (whole[k] as number) | (whole[n + k] as number);
    // A stem and one of its languages' endings: at least three letters of stem.
    for (let j = 1; j <= this.longestEnding && folded.length - j >= 3; j++) {
      const ending = this.endings.get(folded.slice(folded.length - j));
      if (ending === undefined) continue;
      const stem = this.index.entry(folded.slice(0, folded.length - j));
      if (stem)
        for (let k = 0; k < n; k++) masks[k] = (masks[k] as number) | ((stem[n + k] as number) & ending);
    }
    if (folded.length >= 10) {
      for (const [k, part, langs] of this.index.compounds) {
        const at = folded.lastIndexOf(part);
        if (at < 3) continue;
        const rest = folded.slice(at + part.length);
        const found = rest === '' ? langs : langs & (this.endings.get(rest) ?? 0);
        masks[k] = (masks[k] as number) | found;
      }
    }
    if (this.memo.size > 50_000) this.memo.clear();
    this.memo.set(folded, masks);
    return masks;
  }

  private languagesIn(mask: number): readonly Language[] {
    if (mask === 0) return NONE;
    let langs = this.byMask.get(mask);
    if (!langs) {
      langs = this.languages.filter((_, i) => (mask & (1 << i)) !== 0);
      this.byMask.set(mask, langs);
    }
    return langs;
  }

  /** The languages whose `kind` table holds the folded word (none: an empty list), in the tables' order. */
  languagesOf(kind: WordKind, folded: string): readonly Language[] {
    return this.languagesIn(this.masksOf(folded)[KIND_INDEX[kind]] as number);
  }

  /**
   * Every kind the folded word is listed as in the `active` languages, one bit each ({@link KIND_BIT}). Words
   * mean different things across languages (Slovenian "in" is "and", Portuguese "Março" folds to the Italian
   * given name "Marco"): a release is read with the tables of its own languages.
   */
  flags(folded: string, active: ReadonlySet<Language>): number {
    let activeMask = 0;
    for (const lang of active) activeMask |= this.bitOf.get(lang) ?? 0;
    return this.flagsIn(folded, activeMask);
  }

  /** The masks of a token's word ({@link masksOf}), kept in its facts when this lexicon keeps facts. */
  private factMasks(facts: WordFacts): WordEntry {
    if (!this.keepsFacts) return this.masksOf(facts.folded);
    facts.masks ??= this.masksOf(facts.folded);
    return facts.masks;
  }

  /** {@link maskOf} for a token's word. */
  maskOfWord(kind: WordKind, facts: WordFacts): number {
    return this.factMasks(facts)[KIND_INDEX[kind]] as number;
  }

  /** {@link flagsIn} for a token's word, kept in its facts for the last mask asked. */
  flagsOfWord(facts: WordFacts, activeMask: number): number {
    if (!this.keepsFacts) return this.flagsIn(facts.folded, activeMask);
    if (facts.flagsMask === activeMask) return facts.flags as number;
    const flags = this.flagsIn(facts.folded, activeMask);
    facts.flagsMask = activeMask;
    facts.flags = flags;
    return flags;
  }

  /** {@link flags} with the active languages as a bit mask (bit i: the i-th table). */
  flagsIn(folded: string, activeMask: number): number {
    // Memoised per set of languages a release is read with; releases share a few such sets.
    let memo = this.flagMemo.get(activeMask);
    if (!memo) {
      if (this.flagMemo.size >= MAX_LANGUAGE_SETS) this.flagMemo.clear();
      memo = new Map();
      this.flagMemo.set(activeMask, memo);
    }
    const known = memo.get(folded);
    if (known !== undefined) return known;
    const masks = this.masksOf(folded);
    let bits = 0;
    KINDS.forEach((kind, k) => {
      const mask = UNIVERSAL.has(kind) ? (masks[k] as number) : (masks[k] as number) & activeMask;
      if (mask === 0) return;
      bits |= KIND_BIT[kind];
      const noLowercase = (mask & this.noLowercase) !== 0;
      if ((kind === 'offices' || kind === 'pluralOffices') && noLowercase) bits |= NO_LOWERCASE_BIT.office;
      if (kind === 'connectors' && noLowercase) bits |= NO_LOWERCASE_BIT.connector;
      if (kind === 'and' && noLowercase) bits |= NO_LOWERCASE_BIT.and;
    });
    if (memo.size > 50_000) memo.clear();
    memo.set(folded, bits);
    return bits;
  }

  /** The languages whose `kind` table holds the folded word, one bit per language (bit i: the i-th table). */
  maskOf(kind: WordKind, folded: string): number {
    return this.masksOf(folded)[KIND_INDEX[kind]] as number;
  }

  /** Whether any language lists the folded word as `kind`. */
  has(kind: WordKind, folded: string): boolean {
    return (this.masksOf(folded)[KIND_INDEX[kind]] as number) !== 0;
  }
}

let shared: Lexicon | null = null;

/** The lexicon of every supported language, from the packed tables and their word index, built on first use. */
export function lexicon(): Lexicon {
  shared ??= new Lexicon(packedLanguages(), { folded: true, index: packedWordIndex(), keepsFacts: true });
  return shared;
}
