import { lexicon } from './officials/lexicon';
import { ORGANISATION_ACRONYMS } from './officials/organisation-acronyms';

// The questions the country matcher asks of the officials' word tables (officials/languages/): one home for
// the words, two readers.

/** The word names an office (President, Министра, veleposlanika, Außenminister). */
export function isRoleHead(folded: string): boolean {
  const l = lexicon();
  return l.has('offices', folded) || l.has('pluralOffices', folded);
}

/** The office word is English: English roles never hold lowercase words before the name. */
export function isEnglishHead(folded: string): boolean {
  const l = lexicon();
  return [...l.languagesOf('offices', folded), ...l.languagesOf('pluralOffices', folded)].some(
    (lang) => lang.lowercaseRoleWords === false,
  );
}

/** A plural office word that opens a list of names: "Ministers", "Presidents", "Chairmen", "ministres". */
export function isPluralHead(folded: string): boolean {
  return lexicon().has('pluralOffices', folded);
}

/** The word can stand inside a role phrase without naming the office itself. */
export function isRoleModifier(folded: string): boolean {
  const l = lexicon();
  return l.has('modifiers', folded) || l.has('connectors', folded) || l.has('and', folded);
}

/** The capitalised word belongs to an institution, a place or a date, not to a name. */
export function isNotName(folded: string): boolean {
  const l = lexicon();
  return l.has('institutions', folded) || l.has('regions', folded) || l.has('honorifics', folded);
}

/**
 * A particle that stands only inside names ("bin", "ibn", "bint", "van"), not also a preposition or an article
 * of some language as "de", "von", "al" are: the word after it is a name.
 */
export function isNameParticle(folded: string): boolean {
  const l = lexicon();
  return (
    l.has('particles', folded) &&
    !l.has('connectors', folded) &&
    !l.has('stopWords', folded) &&
    !l.has('modifiers', folded)
  );
}

/** An acronym that names an organisation. */
export function isAcronym(text: string): boolean {
  return ORGANISATION_ACRONYMS.has(text);
}

/** A word that shows the person is not an official (a company, a journalist, a writer). */
export function isNotOfficialCue(folded: string): boolean {
  return lexicon().has('cues', folded);
}
