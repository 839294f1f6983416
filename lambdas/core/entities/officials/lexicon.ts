import { foldWord } from '../../text/fold';
import type { Language } from './languages/language';
import { packedLanguages, packedWords } from './load-languages';

/** The kinds of word the language tables list (see {@link Language}). */
export type WordKind =
  | 'offices'
  | 'pluralOffices'
  | 'modifiers'
  | 'connectors'
  | 'honorifics'
  | 'officeStyles'
  | 'institutions'
  | 'regions'
  | 'cues'
  | 'and'
  | 'with'
  | 'callWords'
  | 'callVerbs'
  | 'particles'
  | 'patronymics'
  | 'stopWords';

interface Table {
  readonly exact: Set<string>;
  readonly stems: Set<string>;
  /** Last parts of compound words ("*minister"). */
  readonly compounds: readonly string[];
}

/**
 * One language's tables, each folded on first use: a release in English never builds the Turkish tables (the
 * first parse in a fresh Lambda pays only for the languages it reads).
 */
class LanguageTables {
  readonly endings: ReadonlySet<string>;
  readonly longestEnding: number;
  private readonly tables = new Map<WordKind, Table>();

  constructor(
    readonly lang: Language,
    private readonly words: (lang: Language, field: WordKind | 'endings') => string[],
  ) {
    this.endings = new Set(words(lang, 'endings'));
    this.longestEnding = Math.max(0, ...[...this.endings].map((e) => e.length));
  }

  table(kind: WordKind): Table {
    let t = this.tables.get(kind);
    if (!t) {
      t = tableOf(this.words(this.lang, kind));
      this.tables.set(kind, t);
    }
    return t;
  }
}

const KINDS: readonly WordKind[] = [
  'offices',
  'pluralOffices',
  'modifiers',
  'connectors',
  'honorifics',
  'officeStyles',
  'institutions',
  'regions',
  'cues',
  'and',
  'with',
  'callWords',
  'callVerbs',
  'particles',
  'patronymics',
  'stopWords',
];

/** The words of a table block, folded as tokens are. */
export function wordsOf(block: string | undefined): string[] {
  return (block ?? '')
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => (w.startsWith('*') ? `*${foldWord(w.slice(1))}` : foldWord(w)));
}

function tableOf(words: readonly string[]): Table {
  const exact = new Set<string>();
  const stems = new Set<string>();
  const compounds: string[] = [];
  for (const w of words) {
    if (w.startsWith('*')) compounds.push(w.slice(1));
    else if (w.endsWith('*')) stems.add(w.slice(0, -1));
    else exact.add(w);
  }
  return { exact, stems, compounds };
}

function inTable(t: LanguageTables, table: Table, folded: string): boolean {
  if (table.exact.has(folded)) return true;
  if (table.stems.size > 0) {
    if (table.stems.has(folded)) return true;
    for (let k = 1; k <= t.longestEnding && folded.length - k >= 3; k++) {
      if (
        t.endings.has(folded.slice(folded.length - k)) &&
        table.stems.has(folded.slice(0, folded.length - k))
      )
        return true;
    }
  }
  if (table.compounds.length > 0 && folded.length >= 10) {
    for (const c of table.compounds) {
      const at = folded.lastIndexOf(c);
      if (at < 3) continue;
      const rest = folded.slice(at + c.length);
      if (rest === '' || t.endings.has(rest)) return true;
    }
  }
  return false;
}

const NONE: readonly Language[] = [];

// Flags are memoised per set of languages a release is read with; releases share a few such sets.
const MAX_LANGUAGE_SETS = 64;

/** Kinds read in every language: parts of names travel with the names ("bin Zayed", "Turgunbek uulu"). */
const UNIVERSAL: ReadonlySet<WordKind> = new Set<WordKind>(['particles', 'patronymics']);

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
 * Every language table, folded once, with a memo per kind and word: each distinct word of a release is looked up
 * once per kind, and words repeat across releases.
 */
export class Lexicon {
  private readonly langs: readonly LanguageTables[];
  private readonly memo = new Map<WordKind, Map<string, readonly Language[]>>();

  /**
   * @param options.folded the tables' words are folded already, as those of {@link packedLanguages} are: they
   * are read from the packed tables without folding them again.
   */
  constructor(languages: readonly Language[], options: { readonly folded?: boolean } = {}) {
    const words =
      options.folded === true
        ? packedWords
        : (lang: Language, field: keyof Language) => wordsOf(lang[field] as string);
    this.langs = languages.map((l) => new LanguageTables(l, words));
    for (const kind of KINDS) this.memo.set(kind, new Map());
  }

  /** The languages whose `kind` table holds the folded word (none: an empty list). */
  languagesOf(kind: WordKind, folded: string): readonly Language[] {
    const memo = this.memo.get(kind) as Map<string, readonly Language[]>;
    const known = memo.get(folded);
    if (known !== undefined) return known;
    const found = this.langs.filter((t) => inTable(t, t.table(kind), folded)).map((t) => t.lang);
    const result = found.length > 0 ? found : NONE;
    if (memo.size > 50_000) memo.clear();
    memo.set(folded, result);
    return result;
  }

  /**
   * Every kind the folded word is listed as in the `active` languages, one bit each ({@link KIND_BIT}). Words
   * mean different things across languages (Slovenian "in" is "and", Portuguese "Março" folds to the Italian
   * given name "Marco"): a release is read with the tables of its own languages.
   */
  flags(folded: string, active: ReadonlySet<Language>): number {
    const key = [...active].map((l) => l.code).join(' ');
    let memo = this.flagMemo.get(key);
    if (!memo) {
      if (this.flagMemo.size >= MAX_LANGUAGE_SETS) this.flagMemo.clear();
      memo = new Map();
      this.flagMemo.set(key, memo);
    }
    const known = memo.get(folded);
    if (known !== undefined) return known;
    const tables = this.langs.filter((t) => active.has(t.lang));
    const of = (kind: WordKind): readonly Language[] =>
      UNIVERSAL.has(kind)
        ? this.languagesOf(kind, folded)
        : tables.filter((t) => inTable(t, t.table(kind), folded)).map((t) => t.lang);
    const noLowercase = (langs: readonly Language[]) => langs.some((l) => l.lowercaseRoleWords === false);
    let bits = 0;
    for (const kind of KINDS) {
      const langs = of(kind);
      if (langs.length === 0) continue;
      bits |= KIND_BIT[kind];
      if ((kind === 'offices' || kind === 'pluralOffices') && noLowercase(langs))
        bits |= NO_LOWERCASE_BIT.office;
      if (kind === 'connectors' && noLowercase(langs)) bits |= NO_LOWERCASE_BIT.connector;
      if (kind === 'and' && noLowercase(langs)) bits |= NO_LOWERCASE_BIT.and;
    }
    if (memo.size > 50_000) memo.clear();
    memo.set(folded, bits);
    return bits;
  }

  private readonly flagMemo = new Map<string, Map<string, number>>();

  /** Whether any language lists the folded word as `kind`. */
  has(kind: WordKind, folded: string): boolean {
    return this.languagesOf(kind, folded).length > 0;
  }
}

let shared: Lexicon | null = null;

/** The lexicon of every supported language, from the packed tables, built on first use. */
export function lexicon(): Lexicon {
  shared ??= new Lexicon(packedLanguages(), { folded: true });
  return shared;
}
