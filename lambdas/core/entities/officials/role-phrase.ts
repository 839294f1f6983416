import { tableWords } from './lexicon';
import { caseAfterOffice, caseAfterPreposition } from './morphology';
import { CAP_WORD, DASH, HYPHEN, SENTENCE_GAP, SPACE } from './shapes';
import type { Words } from './words';

// The grammar of role phrases ("Minister of Foreign Affairs of the Republic of Kazakhstan"), in any language:
// where one starts, where its complement ends, which office word gives the name its case.

/** A word that ends a role phrase read backwards: a connector, a conjunction, a preposition, a stop word. */
function breaksRole(w: Words, i: number): boolean {
  return w.is(i, 'connectors') || w.is(i, 'and') || w.is(i, 'with') || w.is(i, 'stopWords');
}

/** Where the role phrase that ends in office `h` starts: modifiers and country adjectives before it. */
export function roleStart(w: Words, h: number): number {
  let s = h;
  while (s > 0) {
    const gap = w.at(s).gap;
    if (!SPACE.test(gap) && !DASH.test(gap)) break;
    if (breaksRole(w, s - 1)) break;
    if (w.isOffice(s - 1) || w.isModifier(s - 1) || w.isCountry(s - 1)) s--;
    else break;
  }
  return s;
}

/** End of the complement after office `h`: "of the Republic of Kazakhstan to the Republic of Slovenia". */
export function complementEnd(w: Words, h: number, limit: number): number {
  let e = h;
  for (let j = h + 1; j < limit && j < w.length; j++) {
    const gap = w.at(j).gap;
    if (SENTENCE_GAP.test(gap) || gap.includes(',')) break;
    if (w.isCountry(j) || w.isOffice(j) || w.isModifier(j) || w.isNotName(j) || w.isAcronym(j)) {
      e = j;
      continue;
    }
    if (CAP_WORD.test(w.at(j).text) && (w.is(j + 1, 'connectors') || w.isNotName(j + 1))) {
      e = j;
      continue;
    }
    break;
  }
  // A role does not end on a connector.
  while (e > h && w.is(e, 'connectors')) e--;
  return e;
}

/**
 * The office word whose case the name takes: the first of a chain of offices joined by genitives ("Заместитель
 * министра иностранных дел Ж.Бейшеналиев" is nominative), not one across a verb ("Министр встретилась с Послом
 * ... Айгуль Кузембаевой"), nor one before a preposition whose case the office after it shows ("размова
 * Прэзідэнта Беларусі з Прэзідэнтам Францыі X"). The first part of a hyphenated office shows no case: "Премьер-министру".
 */
export function caseCarrier(w: Words, lastHead: number, h: number): number {
  let c = lastHead;
  for (let k = lastHead - 1; k >= h; k--) {
    const joint = w.at(k + 1).gap;
    if (SENTENCE_GAP.test(joint) || joint.includes(',')) break;
    const governed = caseAfterPreposition(w, k);
    if (governed !== null && governed === caseAfterOffice(w, c)) break;
    if (w.isOffice(k)) {
      if (!HYPHEN.test(joint)) c = k;
    } else if (!(w.isModifier(k) || w.isNotName(k) || w.isCountry(k) || w.isAcronym(k))) break;
  }
  return c;
}

// A parenthesis inside a role holds at most this many words: "(Policy)", "(CAA)", "(concurrently)".
const MAX_PARENTHESIS = 4;

/** The token after a parenthesis of one to four words opened before `open`, or -1. */
export function parenthesisEnd(w: Words, open: number): number {
  for (let k = open; k < w.length && k <= open + MAX_PARENTHESIS; k++) {
    const gap = w.at(k).gap;
    if (k > open && /^\) ?$/.test(gap)) return k;
    if (k > open && !/^[ \u00a0-]$/.test(gap)) return -1;
  }
  return -1;
}

/** The first country named from token `first` to `last`, or null. */
export function roleCountry(w: Words, first: number, last: number): string | null {
  for (let i = first; i <= last; i++) {
    const c = w.countryOf(i);
    if (c) return c;
  }
  return null;
}

/** Whether a company, journalist or writer cue stands from `first` to `last`. */
export function hasCue(w: Words, first: number, last: number): boolean {
  for (let i = Math.max(0, first); i <= last && i < w.length; i++) if (w.isCue(i)) return true;
  return false;
}

// A verb ending needs this many letters before it: "oddał", not "ił".
const MIN_VERB_STEM = 2;

/**
 * Whether the lowercase word at `i` ends as a finite verb of one of the release's languages (Polish "oddał",
 * "spotkała"), not a modifier or connector of a role.
 */
export function looksLikeVerb(w: Words, i: number): boolean {
  if (w.isModifier(i) || w.isOffice(i)) return false;
  const f = w.folded(i);
  for (const lang of w.languages.active)
    for (const e of tableWords(lang, 'verbEndings'))
      if (f.length >= e.length + MIN_VERB_STEM && f.endsWith(e)) return true;
  return false;
}
