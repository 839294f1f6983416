import type { CountryForms } from './country-forms';

/** Czech: names from world-countries, declined like the other West Slavic names. */
export const cs: CountryForms = {
  code: 'cs',
  inflection: 'latin',
  stems: 'latin',
  world: 'ces',
  forms: {},
  notCountries: [],
};

/** Slovak: names from world-countries. */
export const sk: CountryForms = {
  code: 'sk',
  inflection: 'latin',
  stems: 'latin',
  world: 'slk',
  forms: {},
  notCountries: [],
};
