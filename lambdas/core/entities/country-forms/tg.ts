import type { CountryForms } from './country-forms';

/**
 * Tajik (Cyrillic): not a language of the releases read, but Tajik releases name their own country so in
 * English and Russian texts too ("Ҷумҳурии Тоҷикистон").
 */
export const tg: CountryForms = {
  code: 'tg',
  inflection: 'cyrillic',
  stems: 'cyrillic',
  forms: { TJ: 'Тоҷикистон*' },
  notCountries: [],
};
