import type { CountryForms } from './country-forms';

/**
 * French: names take only a plural. world-countries' French demonyms give most adjectives (in lower case by
 * the builder); these are the peoples' adjectives it lacks and the irregular ones.
 */
export const fr: CountryForms = {
  code: 'fr',
  inflection: 'plural',
  stems: 'latin',
  i18n: 'fr',
  world: 'fra',
  forms: {
    DE: 'allemand*',
    FR: 'français*; française*',
    GB: 'britannique*; anglais*',
    JP: 'japonais*',
    KG: 'kirghiz*',
    KZ: 'kazakh*',
    PL: 'polonais*',
    RU: 'russe*',
    TJ: 'tadjik*',
    TM: 'turkmène*',
    TR: 'turc; turque',
    UA: 'ukrainien*',
    US: 'améric*',
    UZ: 'ouzbek*',
  },
  notCountries: [
    'Ordre de Malte',
    'Ordre souverain de Malte',
    'Amérique latine',
    'Amérique du Sud',
    'Amérique du Nord',
    'Amérique centrale',
    'Nouvelle-Guinée',
    // "Réunion des ministres": the island is left out.
    'Réunion',
    // "Pôle emploi", "pôle Nord": folds like the English "Pole".
    'Pôle',
    'Pôles',
    'Asie centrale',
    'Union européenne',
  ],
};
