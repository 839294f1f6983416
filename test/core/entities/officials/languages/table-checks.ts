import type {
  Language,
  NameCase,
  Rewrite,
} from '../../../../../lambdas/core/entities/officials/languages/language';
import { Lexicon, type WordKind } from '../../../../../lambdas/core/entities/officials/lexicon';
import { fold, foldWord } from '../../../../../lambdas/core/text/fold';

/** The word-list fields of a {@link Language} table, in the order of the interface. */
export const WORD_LISTS = [
  'stopWords',
  'offices',
  'pluralOffices',
  'modifiers',
  'connectors',
  'honorifics',
  'institutions',
  'regions',
  'cues',
  'and',
  'with',
  'callWords',
  'callVerbs',
  'particles',
  'endings',
  'surnameEndings',
] as const satisfies readonly (keyof Language)[];

export type WordList = (typeof WORD_LISTS)[number];

/** Lists every language must fill in (the others may be empty, e.g. `endings` of an uninflected language). */
const REQUIRED: readonly WordList[] = [
  'stopWords',
  'offices',
  'pluralOffices',
  'modifiers',
  'connectors',
  'honorifics',
  'institutions',
  'and',
  'with',
  'callWords',
];

/** Lists of bare endings: folded already, and no `*` stems. */
const ENDING_LISTS: readonly WordList[] = ['endings', 'surnameEndings'];

const NAME_CASES: readonly NameCase[] = ['genitive', 'dative', 'instrumental', 'locative'];

/** The entries of a whitespace-separated word list, as written. */
export function wordsOf(list: string): string[] {
  return list.split(/\s+/).filter((w) => w !== '');
}

/** The folded entries of one list of `lang`, a stem keeping its `*`. */
export function foldedWords(lang: Language, list: WordList): string[] {
  return wordsOf(lang[list]).map((w) => fold(w));
}

function duplicates(words: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const w of words) (seen.has(w) ? dup : seen).add(w);
  return [...dup];
}

function statefulFlags(pattern: RegExp): boolean {
  return pattern.global || pattern.sticky;
}

function checkRewrites(rules: readonly Rewrite[]): void {
  for (const rule of rules) {
    expect(rule).toHaveLength(2);
    const [pattern, replacement] = rule;
    expect(pattern).toBeInstanceOf(RegExp);
    expect(typeof replacement).toBe('string');
    // A global or sticky pattern keeps lastIndex between test() calls, which breaks first-match-wins.
    expect({ pattern: String(pattern), stateful: statefulFlags(pattern) }).toEqual({
      pattern: String(pattern),
      stateful: false,
    });
    expect(() => new RegExp(pattern.source, pattern.flags).test('Sample')).not.toThrow();
  }
}

/**
 * Well-formedness of one language table, as a describe block of tests: every word-list entry is one word
 * that folds to letters, `-` and `'` only (a trailing `*` marks a stem of at least three letters), no list
 * repeats a folded entry (endings are folded when the tables are built), office words are not institution words, and every
 * case and rewrite rule holds a compiled, stateless pattern and a known case.
 */
export function checkTable(lang: Language): void {
  describe(`${lang.code} table is well formed`, () => {
    test('code, name and script', () => {
      expect(lang.code).toMatch(/^[a-z]{2}(-[a-z]{4})?$/);
      expect(lang.name.trim()).not.toBe('');
      expect(['latin', 'cyrillic']).toContain(lang.script);
    });

    test.each(REQUIRED)('%s is filled in', (list) => {
      expect(wordsOf(lang[list]).length).toBeGreaterThan(0);
    });

    test('stopWords holds enough words to detect the language', () => {
      expect(wordsOf(lang.stopWords).length).toBeGreaterThanOrEqual(20);
    });

    test.each(WORD_LISTS)("%s: one word each, letters - and ' only", (list) => {
      const bad = wordsOf(lang[list]).filter((w) => {
        // A leading `*` marks the last part of a compound word ("*minister").
        const f = fold(w).replace(/^\*(?=\p{L})/u, '');
        const stem = f.endsWith('*');
        const body = stem ? f.slice(0, -1) : f;
        if (stem && (ENDING_LISTS.includes(list) || [...body].length < 3)) return true;
        return !/^[\p{L}'-]+$/u.test(body) || !/\p{L}/u.test(body);
      });
      expect(bad).toEqual([]);
    });

    test.each(WORD_LISTS)('%s: no duplicates', (list) => {
      expect(duplicates(foldedWords(lang, list))).toEqual([]);
    });

    test('stems have endings to take', () => {
      const stems = WORD_LISTS.flatMap((list) => foldedWords(lang, list)).filter((w) => w.endsWith('*'));
      if (stems.length > 0) expect(wordsOf(lang.endings).length).toBeGreaterThan(0);
    });

    test('no word is both an office and an institution', () => {
      const institutions = new Set(foldedWords(lang, 'institutions'));
      const both = [...foldedWords(lang, 'offices'), ...foldedWords(lang, 'pluralOffices')].filter((w) =>
        institutions.has(w),
      );
      expect(both).toEqual([]);
    });

    test('officeCase rules: a stateless pattern and a known case', () => {
      for (const rule of lang.officeCase ?? []) {
        expect(rule).toHaveLength(2);
        const [pattern, nameCase] = rule;
        expect(pattern).toBeInstanceOf(RegExp);
        expect(statefulFlags(pattern)).toBe(false);
        expect(NAME_CASES).toContain(nameCase);
        expect(() => new RegExp(pattern.source, pattern.flags).test('ministra')).not.toThrow();
      }
    });

    test('nominative rules: known cases, stateless patterns, string replacements', () => {
      for (const [nameCase, rules] of Object.entries(lang.nominative ?? {})) {
        expect(NAME_CASES).toContain(nameCase);
        checkRewrites(rules ?? []);
      }
    });

    test('nameSuffixes rules: stateless patterns, string replacements', () => {
      checkRewrites(lang.nameSuffixes ?? []);
    });
  });
}

/** Whether the language's `kind` table lists the word, read as the extractor reads it (stems and endings too). */
export function listedIn(lang: Language, kind: WordKind, word: string): boolean {
  let lex = LEXICONS.get(lang);
  if (!lex) {
    lex = new Lexicon([lang]);
    LEXICONS.set(lang, lex);
  }
  return lex.has(kind, foldWord(word));
}

const LEXICONS = new WeakMap<Language, Lexicon>();
