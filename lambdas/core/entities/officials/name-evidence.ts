import { givenNames } from './given-names';
import { tableWords, wordsOf } from './lexicon';
import { packedLanguages } from './load-languages';
import { ALL_CAPS } from './shapes';
import type { Words } from './words';

// A surname ending needs this many letters of stem before it: "Ivanov", not "Ov".
const MIN_STEM = 2;

/** The common-noun endings of a set of languages, by its mask: releases share a few such sets. */
const NOUN_ENDINGS = new Map<number, readonly string[]>();

let surnameEndings: { readonly set: ReadonlySet<string>; readonly longest: number } | null = null;

/** The surname endings of every language: names travel, so all are read in every release. */
function allSurnameEndings(): { readonly set: ReadonlySet<string>; readonly longest: number } {
  if (!surnameEndings) {
    const set = new Set(packedLanguages().flatMap((l) => wordsOf(l.surnameEndings)));
    surnameEndings = { set, longest: Math.max(0, ...[...set].map((e) => e.length)) };
  }
  return surnameEndings;
}

/** Whether a folded word ends like a surname of some language, with at least two letters of stem before it. */
export function endsLikeSurname(folded: string): boolean {
  const { set, longest } = allSurnameEndings();
  for (let k = 1; k <= longest && k + MIN_STEM <= folded.length; k++)
    if (set.has(folded.slice(folded.length - k))) return true;
  return false;
}

/**
 * Evidence that a capitalised word is part of a person's name, or that it is not. Positive: a given name from
 * the lexicon, a surname shape of some language, a family name written in capitals (KISHIDA Fumio). Negative:
 * the same word written in lower case elsewhere in the release ("energy"), or a common-noun ending of the
 * release's languages ("Aviation", "Entwicklung").
 */
export class NameEvidence {
  private readonly lowercase = new Set<string>();
  private readonly bodyCapitals = new Set<string>();
  private readonly nounEndings: readonly string[];

  constructor(private readonly w: Words) {
    const body = w.bodyStart();
    w.tokens.forEach((t, i) => {
      const c0 = t.text.charAt(0);
      if (c0 !== c0.toUpperCase()) this.lowercase.add(t.folded);
      else if (i >= body) this.bodyCapitals.add(t.folded);
    });
    let endings = NOUN_ENDINGS.get(w.languages.activeMask);
    if (endings === undefined) {
      endings = [...w.languages.active].flatMap((l) => tableWords(l, 'nounEndings'));
      if (NOUN_ENDINGS.size >= 64) NOUN_ENDINGS.clear();
      NOUN_ENDINGS.set(w.languages.activeMask, endings);
    }
    this.nounEndings = endings;
  }

  isGivenName(i: number): boolean {
    return givenNames().has(this.w.folded(i));
  }

  hasSurnameShape(i: number): boolean {
    return endsLikeSurname(this.w.folded(i));
  }

  positive(i: number): boolean {
    const t = this.w.tok(i);
    if (!t) return false;
    return this.isGivenName(i) || this.hasSurnameShape(i) || ALL_CAPS.test(t.text);
  }

  /**
   * In a headline written in title case ("King Exchanges Views on the Phone"), a capitalised word that the body
   * never writes with a capital is no name.
   */
  titleCaseWord(i: number): boolean {
    if (!this.w.isTitleCaseHeadline() || i >= this.w.bodyStart()) return false;
    return !this.bodyCapitals.has(this.w.folded(i));
  }

  negative(i: number): boolean {
    // Particles and patronymics are lower case by nature: "bin", "uulu".
    if (this.w.is(i, 'particles') || this.w.is(i, 'patronymics')) return false;
    // A lowercase part of a name is no evidence against it: the second syllable of "Park Jin-ho".
    const c0 = this.w.tok(i)?.text.charAt(0) ?? '';
    if (c0 === c0.toLowerCase()) return false;
    const f = this.w.folded(i);
    if (this.lowercase.has(f)) return true;
    return this.nounEndings.some((e) => f.length > e.length + 2 && f.endsWith(e));
  }
}
