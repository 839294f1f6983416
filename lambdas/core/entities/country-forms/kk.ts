import type { CountryForms } from './country-forms';

/** Kazakh (Cyrillic): names take glued suffixes (Қазақстанның, Ресейдің); "-лық/-дық" makes the adjective. */
export const kk: CountryForms = {
  code: 'kk',
  inflection: 'turkicCyrillic',
  stems: 'turkicCyrillic',
  i18n: 'kk',
  forms: {
    AE: 'БАӘ',
    CN: 'ҚХР',
    DE: 'ГФР; неміс*',
    FR: 'француз*',
    GB: 'ағылшын*; британ*',
    JP: 'жапон*',
    KG: 'қырғыз*; Қырғызстан*',
    KR: 'ОК; корей*; Корея Республикасы',
    KZ: 'ҚР; қазақ*; Qazaqstan',
    RU: 'РФ; орыс*',
    TJ: 'тәжік*',
    TM: 'түрікмен*',
    TR: 'түрік*',
    US: 'АҚШ; америкалық*',
    UZ: 'өзбек*',
  },
  notCountries: [
    'Шығыс Қазақстан',
    'Батыс Қазақстан',
    'Солтүстік Қазақстан',
    'Оңтүстік Қазақстан',
    'Латын Америка',
    'Оңтүстік Америка',
    'Солтүстік Америка',
  ],
};
