import type { CountryForms } from './country-forms';

/**
 * Adjective and people's-name stems from a Belarusian country name: "-ія/-ыя" → "-ійск-/-ыйск-" (Аўстрыя →
 * аўстрыйскі, аўстрыец), "-а" → "-ск-", a consonant → "-ск-", a final vowel → "-йск-"; "-(і)стан" names also by
 * the people (Казахстан → казахі).
 */
function deriveBe(name: string): string[] {
  if (/[\s-]/.test(name)) return [];
  const n = name.toLowerCase();
  // Both Аўстрыя → аўстрыйскі and Эстонія → эстонскі occur.
  const bases = /[іы]я$/.test(n)
    ? [`${n.slice(0, -1)}й`, n.slice(0, -2)]
    : /[ая]$/.test(n)
      ? [n.slice(0, -1)]
      : /[іуоэ]$/.test(n)
        ? [`${n}й`]
        : [n];
  const out: string[] = [];
  for (const base of bases) {
    out.push(`${base}ск*`);
    if (base.length >= 4 && !/[аеіоуыэюя]$/.test(base)) out.push(`${base.replace(/й$/, '')}ец*`, `${base}ц*`);
  }
  const people = /^(.{5,}?)і?стан$/.exec(n)?.[1];
  if (people) out.push(`${people}ск*`, `${people}*`);
  return out;
}

/** Belarusian. */
export const be: CountryForms = {
  code: 'be',
  inflection: 'cyrillic',
  stems: 'cyrillic',
  i18n: 'be',
  derive: deriveBe,
  forms: {
    AE: 'ААЭ',
    BY: 'беларуск*; беларус*',
    CN: 'КНР; кітайск*',
    CZ: 'чэшск*',
    DE: 'ФРГ; нямецк*; немц*',
    FR: 'французск*; француз*',
    GB: 'брытанск*; англійск*',
    GR: 'грэчаск*',
    HR: 'харвацк*',
    HU: 'венгерск*',
    KG: 'кыргызск*; кыргыз*',
    KR: 'карэйск*',
    KZ: 'казахск*; казах*',
    LT: 'літоўск*',
    PL: 'польск*; паляк*',
    RU: 'РФ; расійск*; расіян*',
    SI: 'славенск*',
    SK: 'славацк*',
    TJ: 'таджыкск*; таджык*',
    TM: 'туркменск*; туркмен*',
    TR: 'турэцк*',
    UA: 'украінск*; украінц*',
    US: 'ЗША; амерыканск*; амерыканц*',
    UZ: 'узбекск*; узбек*',
  },
  notCountries: ['Лацінск* Амерык*', 'Паўночн* Амерык*', 'Паўднёв* Амерык*'],
};
