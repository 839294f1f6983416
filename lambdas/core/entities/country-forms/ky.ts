import type { CountryForms } from './country-forms';

/**
 * Kyrgyz: names take glued suffixes (Кыргызстандын, Кыргызстанга, Кыргызстандагы); "-лык/-дык" makes the
 * adjective. The Kyrgyz "казак" (Kazakh) is left out: it is the Russian "казак" (Cossack).
 */
export const ky: CountryForms = {
  code: 'ky',
  inflection: 'turkicCyrillic',
  stems: 'turkicCyrillic',
  i18n: 'ky',
  forms: {
    KR: 'Корея Республикасы',
    AE: 'БАЭ',
    CN: 'КЭР',
    DE: 'немис*',
    GB: 'англис*',
    JP: 'жапон*',
    KG: 'КР; кыргыз*',
    RU: 'РФ; орус*',
    TJ: 'тажик*',
    TM: 'түркмөн*',
    US: 'АКШ',
    UZ: 'өзбек*',
  },
  notCountries: ['Латын Америка', 'Түштүк Америка', 'Түндүк Америка'],
};
