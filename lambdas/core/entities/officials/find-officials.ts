import type { Official } from '../../release';
import type { Token } from '../../text/tokenize';
import type { CountryMatch } from '../country-gazetteer';
import { describeOfficials } from './describe-officials';
import { detectLanguages } from './detect-languages';
import { NameReader } from './name-reader';
import { callOpening } from './patterns/call-opening';
import { coordinatedNames } from './patterns/coordinated-names';
import type { Found } from './patterns/found';
import { headlineSlots } from './patterns/headline-slots';
import { nameAsRole } from './patterns/name-as-role';
import { nameCommaRole } from './patterns/name-comma-role';
import { nameCountryLines } from './patterns/name-country-lines';
import { roleBeforeName } from './patterns/role-before-name';
import { styledNames } from './patterns/styled-name';
import { samePerson } from './same-person';
import { Words } from './words';

/**
 * Finds the officials of a release: people named next to an office ("Minister of Foreign Affairs of
 * Turkmenistan Rashid Meredov", "Mukhtar Tleuberdi, Deputy Prime Minister", "Посол ... Хамрохон Зарифи"),
 * merged with their initials, surname-only and transliterated forms elsewhere in the same text.
 */
export function findOfficials(
  text: string,
  tokens: readonly Token[],
  countries: readonly CountryMatch[],
): Official[] {
  const w = new Words(tokens, countries, detectLanguages(tokens), text);
  const names = new NameReader(w);
  const found: Found = { w, names, mentions: [], taken: new Set() };
  roleBeforeName(found);
  nameCommaRole(found);
  nameAsRole(found);
  coordinatedNames(found, samePerson(w, found.mentions));
  callOpening(found);
  styledNames(found);
  nameCountryLines(found);
  headlineSlots(found);
  return describeOfficials(samePerson(w, found.mentions).persons, w, names);
}
