import type { CountryMention } from '../release';
import type { Token } from '../text/tokenize';
import type { CountryGazetteer, CountryMatch } from './country-gazetteer';
import { countryGazetteer, countryName } from './load-country-gazetteer';
import { FAMILY_FIRST_NAMES } from './officials/family-first-names';
import { givenNames } from './officials/given-names';
import { UPPER_FIRST } from './officials/shapes';
import { isEnglishHead, isNameParticle, isNotName, isRoleHead, isRoleModifier } from './role-lexicon';
import { tokenFacts } from './word-facts';

const HYPHEN_GAP = /^[-\u2010-\u2015]$/;
// Module constants: a pattern with \p{...} is built on every call when written inside a function (shapes.ts).
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const APOSTROPHE_GAP = /^['‘’`]$/;

/** Widens a match to the whole hyphenated compound it sits in ("Kazakh-Slovenian", "o'zbek-qozoq"). */
function compoundSpan(tokens: readonly Token[], m: CountryMatch): [number, number] {
  let first = m.first;
  let last = m.last;
  const joined = (i: number) => {
    const gap = (tokens[i] as Token).gap;
    // The Uzbek o' and g' with a plain apostrophe belong to the word.
    return HYPHEN_GAP.test(gap) || (APOSTROPHE_GAP.test(gap) && (tokens[i - 1] as Token).text.length === 1);
  };
  while (first > 0 && joined(first)) first--;
  while (last + 1 < tokens.length && HYPHEN_GAP.test((tokens[last + 1] as Token).gap)) last++;
  return [(tokens[first] as Token).start, (tokens[last] as Token).end];
}

/**
 * An inflected stem right after a capitalised word that is not an office or an institution is a surname:
 * "Nusrat Ghani" is not the Croatian "Gani" (Ghana); "Veleposlanik Francuske", "Vlada Hrvatske" keep their country.
 */
function followsGivenName(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const cur = tokens[i] as Token;
  if (!prev || !/^[ \u00a0]$/.test(cur.gap) || !CAPITALISED.test(prev.text)) return false;
  // "Minister Ghani": an English title before a Slavic case form is a title before a surname.
  if (isEnglishHead(prev.folded)) return true;
  return !isRoleHead(prev.folded) && !isRoleModifier(prev.folded) && !isNotName(prev.folded);
}

const TITLE_BEFORE_NAME = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame']);

/**
 * A country name that is a given name: between an English title (or an office word of any language, when the
 * name is a given name of the lexicon) and a surname ("Minister Israel Katz",
 * "Ambassador Jordan Reeves", "Senator Chad Stewart"). "Ambassador of Jordan", "Jordan Foreign Minister" keep it.
 */
function isGivenName(tokens: readonly Token[], m: CountryMatch, g: CountryGazetteer): boolean {
  if (m.first !== m.last) return false;
  const prev = tokens[m.first - 1];
  const next = tokens[m.first + 1];
  if (!prev || !next || !/^[ \u00a0]$/.test((tokens[m.first] as Token).gap) || !/^[ \u00a0]$/.test(next.gap))
    return false;
  // A given name is capitalised: "il premier britannico Oliver Hastings" keeps its adjective.
  if (!UPPER_FIRST.test((tokens[m.first] as Token).text)) return false;
  const title =
    isEnglishHead(prev.folded) ||
    (TITLE_BEFORE_NAME.has(prev.folded) && UPPER_FIRST.test(prev.text)) ||
    // "državnega sekretarja Franca Kanglerja": a country form that is a given name after any language's office,
    // before a surname; "ministra Malte Josepha Camillerija" names the minister's country before his given name.
    (isRoleHead(prev.folded) &&
      givenNames().has(tokens[m.first]?.folded ?? '') &&
      !givenNames().has(next.folded) &&
      // "ambasadoru Kine Li Mingu": a Chinese or Korean family name opens the official's name after his country.
      !FAMILY_FIRST_NAMES.has(next.folded));
  if (!title) return false;
  if (!CAPITALISED_WORD.test(next.text) || isNotName(next.folded) || isRoleHead(next.folded)) return false;
  return !isRoleModifier(next.folded) && g.matchAt(tokens, m.first + 1) === null;
}

/**
 * A one-word country form right after a known given name is a surname: "Anthony Albanese" (Italian for
 * Albanian), "Sergio Mattarella Italia" stays, as "Italia" follows a surname, not a given name, and so does
 * a country after an office word that is also a given name.
 */
function isSurnameAfterGivenName(tokens: readonly Token[], m: CountryMatch): boolean {
  if (m.first !== m.last) return false;
  const prev = tokens[m.first - 1];
  const cur = tokens[m.first] as Token;
  if (!prev || !/^[ \u00a0]$/.test(cur.gap) || !CAPITALISED.test(cur.text)) return false;
  // "Faisal bin Turki": after a particle of names, a country form is a father's name.
  if (isNameParticle(prev.folded)) return true;
  // An office word that is also a given name ("Nazir" is the Azerbaijani minister) stands before its country:
  // "Nazir Almaniyanın səfiri ilə".
  return CAPITALISED.test(prev.text) && givenNames().has(prev.folded) && !isRoleHead(prev.folded);
}

/** Every country match in the tokens, left to right, longest first, without overlaps. */
export function matchCountries(tokens: readonly Token[]): CountryMatch[] {
  const g = countryGazetteer();
  const facts = tokenFacts(tokens);
  const matches: CountryMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = g.matchAt(tokens, i, false, facts[i]);
    if (!m) continue;
    if (m.code !== null && (m.loose ? followsGivenName(tokens, i) : isGivenName(tokens, m, g))) continue;
    if (m.code !== null && isSurnameAfterGivenName(tokens, m)) continue;
    matches.push(m);
    i = m.last;
  }
  return matches;
}

/**
 * Countries named in a text through names, official names, abbreviations, demonyms and adjectives, in
 * any supported language, with the surface strings that named them, in order of first mention.
 */
export function findCountries(
  text: string,
  tokens: readonly Token[],
  matches: readonly CountryMatch[] = matchCountries(tokens),
): CountryMention[] {
  const found = new Map<string, string[]>();
  for (const m of matches) {
    if (m.code === null) continue;
    const [start, end] = compoundSpan(tokens, m);
    const surface = text.slice(start, end);
    const list = found.get(m.code);
    if (!list) found.set(m.code, [surface]);
    else if (!list.includes(surface)) list.push(surface);
  }
  return [...found].map(([code, mentions]) => ({ code, name: countryName(code), mentions }));
}
