import { foldWord } from '../../text/fold';
import { givenNames } from './given-names';
import { caseAfter, type Language, type NameCase, nominativeOf } from './languages/language';
import { lexicon, wordsOf } from './lexicon';
import { packedLanguages } from './load-languages';
import { scriptOf } from './shapes';
import type { Words } from './words';

/** The languages that list the office word at `i`, those detected in the release first. */
function officeLanguages(w: Words, i: number): Language[] {
  const lex = lexicon();
  const f = w.folded(i);
  const langs = [...new Set([...lex.languagesOf('offices', f), ...lex.languagesOf('pluralOffices', f)])];
  return langs.sort((a, b) => w.languages.rankOf(a) - w.languages.rankOf(b));
}

/** The case a name takes after the office word at `i`, by the first of its languages that has a rule for it. */
export function caseAfterOffice(w: Words, i: number): NameCase | null {
  // An office word that is also English shows no case: "minister" in a Slovenian role is not "ministra".
  if (w.isNoLowercase(i, 'office')) return null;
  for (const lang of officeLanguages(w, i)) {
    const c = caseAfter(lang, w.folded(i));
    if (c !== null) return c;
  }
  return null;
}

const prepositionMemo = new WeakMap<Language, ReadonlyMap<string, NameCase>>();

/** The folded prepositions of a language, each with the case it governs. */
function prepositionsOf(lang: Language): ReadonlyMap<string, NameCase> {
  let map = prepositionMemo.get(lang);
  if (!map) {
    const m = new Map<string, NameCase>();
    for (const [nameCase, list] of Object.entries(lang.prepositionCases ?? {}) as [NameCase, string][])
      for (const word of wordsOf(list)) m.set(word, nameCase);
    map = m;
    prepositionMemo.set(lang, map);
  }
  return map;
}

/** The languages reading the release that list the word at `i` as a preposition governing a case, detected first. */
function prepositionLanguages(w: Words, i: number): Language[] {
  const f = w.folded(i);
  return [...w.languages.active]
    .filter((l) => prepositionsOf(l).has(f))
    .sort((a, b) => w.languages.rankOf(a) - w.languages.rankOf(b));
}

/** The case the preposition at `i` governs, in the first language reading the release that lists it, or null. */
export function caseAfterPreposition(w: Words, i: number): NameCase | null {
  const [lang] = prepositionLanguages(w, i);
  return lang === undefined ? null : (prepositionsOf(lang).get(w.folded(i)) ?? null);
}

/**
 * The case of a name that no office word precedes, from a preposition right before it or before its honorific:
 * "з паном Яном Новаком", "са г-дином Хансом Мајером". Null when there is none.
 */
export function caseBeforeName(w: Words, first: number): { office: number; nameCase: NameCase } | null {
  let k = first - 1;
  // Honorifics between (the hyphenated "г-дином" is two tokens).
  while (k > 0 && w.is(k, 'honorifics') && /^[ \u00a0-]$/.test(w.at(k + 1).gap)) k--;
  if (k < 0 || !/^[ \u00a0]$/.test(w.at(k + 1).gap)) return null;
  const nameCase = caseAfterPreposition(w, k);
  return nameCase === null ? null : { office: k, nameCase };
}

/** The languages of the release in the word's script, else every language in that script. */
function languagesForWord(w: Words, word: string): readonly Language[] {
  const script = scriptOf(word);
  const detected = w.languages.ranked.filter((l) => l.script === script);
  return detected.length > 0 ? detected : packedLanguages().filter((l) => l.script === script);
}

/**
 * The nominative of a name word: glued case suffixes of the release's languages first, then the case rules of
 * the office word's language (the office at `office` showed the case).
 */
export function nominativeWord(
  w: Words,
  word: string,
  caseOf: { office: number; nameCase: NameCase } | null,
): string {
  for (const lang of languagesForWord(w, word)) {
    if (!lang.nameSuffixes) continue;
    const stripped = nominativeOf(lang, word, null);
    if (stripped !== word) return stripped;
  }
  if (caseOf === null || lexicon().has('particles', word.toLowerCase())) return word;
  // The first language (the release's own first) with rules for that case decides, also that the word stays:
  // Russian "Эмомали" is indeclinable, not a Ukrainian feminine genitive of "Эмомала".
  // A case shown by a preposition (no office word before the name) is read by the preposition's languages.
  const office = officeLanguages(w, caseOf.office);
  const langs = office.length > 0 ? office : prepositionLanguages(w, caseOf.office);
  for (const lang of langs) {
    if (lang.script !== scriptOf(word) || !lang.nominative?.[caseOf.nameCase]) continue;
    if (lang.feminineOffice?.test(w.folded(caseOf.office)))
      for (const [pattern, replacement] of lang.feminineNominative?.[caseOf.nameCase] ?? [])
        if (pattern.test(word)) return word.replace(pattern, replacement);
    return nominativeOf(lang, word, caseOf.nameCase);
  }
  return word;
}

// Vowels a nominative given name ends in that its case forms drop: Stevo, Stevom; Nebojša, Nebojše.
const LOST_VOWELS = ['o', 'a'] as const;

/**
 * A rebuilt given name that the lexicon knows only with a final vowel gets it back: the instrumental "Stevom"
 * reads as "Stev" by the rule for "Bojanom", and the lexicon knows "Stevo", not "Stev". For the first word of a
 * name only: a surname such as "Rodić" is no given name "Rodica".
 */
export function withLostVowel(rebuilt: string): string {
  const names = givenNames();
  const f = foldWord(rebuilt);
  if (names.has(f)) return rebuilt;
  for (const v of LOST_VOWELS) if (names.has(f + v)) return rebuilt + v;
  return rebuilt;
}

const caseEndingsMemo = new Map<string, readonly string[]>();

/** A folded name word without its case ending, so that "Нахаяна" and "Нахаяну" compare equal. */
export function comparisonKey(w: Words, folded: string): string {
  let langs = languagesForWord(w, folded).filter((l) => l.caseEndings);
  // A Cyrillic name in a Kazakh or English release declines as in Russian; a Latin one in an English release
  // takes no Slavic endings ("Maria" and "Mario" are two people).
  if (langs.length === 0 && scriptOf(folded) === 'cyrillic')
    langs = packedLanguages().filter((l) => l.script === 'cyrillic' && l.caseEndings);
  if (langs.length === 0) return folded;
  const key = langs.map((l) => l.code).join(' ');
  let endings = caseEndingsMemo.get(key);
  if (!endings) {
    endings = [...new Set(langs.flatMap((l) => wordsOf(l.caseEndings)))].sort((a, b) => b.length - a.length);
    caseEndingsMemo.set(key, endings);
  }
  for (const e of endings)
    if (folded.endsWith(e) && folded.length > e.length) return folded.slice(0, -e.length);
  return folded;
}
