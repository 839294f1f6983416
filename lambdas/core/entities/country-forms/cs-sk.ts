import type { CountryForms } from './country-forms';

/**
 * Czech: names from world-countries, not declined: Czech is not a language of the releases read, and its stems
 * ("franc-", "liber-", "gamb-" of Francie, Libérie, Gambie) find given names and Romance words.
 */
export const cs: CountryForms = {
  code: 'cs',
  inflection: 'plural',
  stems: 'latin',
  world: 'ces',
  forms: {},
  notCountries: [],
};

/** Slovak: names from world-countries. */
export const sk: CountryForms = {
  code: 'sk',
  inflection: 'plural',
  stems: 'latin',
  world: 'slk',
  forms: {},
  notCountries: [],
};
