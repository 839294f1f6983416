import type { NameEvidence } from './name-evidence';
import { ALL_CAPS, CAP_WORD, HYPHEN, LOWER_SYLLABLE, SPACE, UPPER_FIRST } from './shapes';
import type { Words } from './words';

/** A capitalised word (or one in capitals, not an acronym) that is no country, office or role word. */
export function isNameWord(w: Words, i: number): boolean {
  const t = w.tok(i);
  if (!t || w.isCountry(i) || w.isNotName(i) || w.isOffice(i)) return false;
  // Words of a role or of a ministry's name in the release's languages: "Spraw Zagranicznych", "Affari Esteri".
  if (t.folded.length > 3 && (w.is(i, 'modifiers') || w.is(i, 'connectors'))) return false;
  if (CAP_WORD.test(t.text)) return true;
  return ALL_CAPS.test(t.text) && !w.isAcronym(i);
}

/**
 * The lowercase second syllable of a hyphenated Korean or Chinese given name ("Cho Tae-yul", "Kim Jong-un"):
 * both parts short, so "Tokayev-led" stays out.
 */
export function isGivenNamePart(w: Words, j: number, words: readonly number[]): boolean {
  const t = w.at(j);
  const prev = words[words.length - 1];
  return (
    prev === j - 1 &&
    HYPHEN.test(t.gap) &&
    LOWER_SYLLABLE.test(t.text) &&
    w.at(prev).text.length <= 5 &&
    !w.isNotName(j) &&
    !w.isCountry(j)
  );
}

/**
 * A capitalised word of the institution lists (a month, a city) right after a given name is a surname when
 * no date or institution name goes on: "Theresa May", but "Maria 5 May", "George Washington University".
 */
export function isWordAsSurname(
  w: Words,
  evidence: NameEvidence,
  j: number,
  words: readonly number[],
): boolean {
  const t = w.at(j);
  const prev = words[words.length - 1];
  if (prev !== j - 1 || !SPACE.test(t.gap) || !CAP_WORD.test(t.text)) return false;
  if (!evidence.isGivenName(prev) || w.isNotName(prev)) return false;
  if (!w.is(j, 'institutions') || w.is(j, 'regions') || w.is(j, 'honorifics')) return false;
  if (w.isOffice(j) || w.isModifier(j) || w.isCountry(j) || w.is(j, 'stopWords')) return false;
  const next = w.tok(j + 1);
  if (next === undefined || !SPACE.test(next.gap)) return true;
  return !/^\d/.test(next.text) && !(UPPER_FIRST.test(next.text) && w.isNotName(j + 1));
}
