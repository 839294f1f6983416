import type { CountryForms } from './country-forms';

/**
 * Adjective stems from a Polish country name: "-nia", "-na", "-n" → "-ńsk-" (Hiszpania → hiszpański, Ghana →
 * ghański, Iran → irański), "-ia/-ja" → "-ijsk-/-yjsk-" (Belgia → belgijski, Rosja → rosyjski), another "-a" or
 * a consonant → "-sk-" (Angola → angolski), a final vowel → "-jsk-" (Mali → malijski); "-stan" names also by
 * the people (Kazachstan → kazachski, Kazachowie). "-ska" names (Polska) are
 * adjectives already.
 */
function derivePl(name: string): string[] {
  if (/[\s-]/.test(name)) return [];
  const n = name.toLowerCase();
  if (/ska$/.test(n)) return [];
  const base = /nia$/.test(n)
    ? `${n.slice(0, -3)}ń`
    : /ia$/.test(n)
      ? `${n.slice(0, -1)}j`
      : /ja$/.test(n)
        ? `${n.slice(0, -2)}yj`
        : /na$/.test(n)
          ? `${n.slice(0, -2)}ń`
          : /a$/.test(n)
            ? n.slice(0, -1)
            : /[eiou]$/.test(n)
              ? `${n}jsk`.slice(0, -2)
              : /n$/.test(n)
                ? `${n.slice(0, -1)}ń`
                : /[^y]$/.test(n)
                  ? n
                  : null;
  if (base === null) return [];
  const out = [`${base}sk*`];
  // The people in -czyk/-czycy after -ń- and -j- (Japończyk, Irańczycy, Kanadyjczyk, Australijczycy).
  const Base = base.charAt(0).toUpperCase() + base.slice(1);
  if (/[ńj]$/.test(base) && base.length >= 4) out.push(`${Base}czyk*`, `${Base}czyc*`);
  const stem = /^(.{5,}?)i?stan$/.exec(n)?.[1];
  if (stem) out.push(`${stem}sk*`, `${stem.charAt(0).toUpperCase()}${stem.slice(1)}*`);
  return out;
}

/** Polish: names decline (w Kazachstanie, z Czadem); "Mali" and "Czad" opening a sentence are ordinary words. */
export const pl: CountryForms = {
  code: 'pl',
  inflection: 'polish',
  stems: 'polish',
  i18n: 'pl',
  world: 'pol',
  derive: derivePl,
  forms: {
    AF: 'afgańsk*; Afgańczy*; Afgańczyk*',
    AM: 'ormiańsk*; Ormian*',
    AT: 'austriack*; Austriak*; Austriac*',
    AZ: 'azerbejdżańsk*; Azer*',
    BY: 'białorusk*; Białorusin*; Białorus*',
    CA: 'kanadyjsk*; Kanadyjczy*',
    CN: 'chińsk*; Chińczy*; Chińczyk*; ChRL',
    CZ: 'czesk*; Czech*; Czesi',
    DE: 'niemieck*; Niemiec; Niemc*',
    ES: 'hiszpańsk*; Hiszpan*',
    FR: 'francusk*; Francuz*',
    GB: 'brytyjsk*; angielsk*; Brytyjczy*; Brytyjczyk*',
    GE: 'gruzińsk*; Gruzin*',
    GR: 'greck*; Grek*; Grecy',
    HR: 'chorwack*; Chorwat*; Chorwac*',
    HU: 'węgiersk*; Węgier; Węgrzy',
    IT: 'włosk*; Włoch*; Włosi',
    JP: 'japońsk*; Japończy*; Japończyk*',
    KG: 'kirgisk*; Kirgiz*',
    KR: 'południowokoreańsk*; koreańsk*',
    KZ: 'kazachsk*; kazachstańsk*; Kazach*',
    LT: 'litewsk*; Litwin*',
    LV: 'łotewsk*; Łotysz*',
    MT: 'maltańsk*',
    PL: 'polsk*; Polsce; Polak*; Polac*',
    RS: 'serbsk*; Serb*',
    RU: 'rosyjsk*; Rosjan*; Rosjanin*',
    SI: 'słoweńsk*; Słoweń*; Słoweniec*',
    SK: 'słowack*; Słowak*; Słowac*',
    TJ: 'tadżyck*; Tadżyk*',
    TM: 'turkmeńsk*; Turkmen*',
    TR: 'turecki*; tureck*; Turek; Turcy; Turków; Turkami',
    UA: 'ukraińsk*; Ukrainiec; Ukraińc*',
    US: 'USA; amerykańsk*; Amerykan*',
    UZ: 'uzbeck*; Uzbek*; Uzbec*',
  },
  notCountries: [
    // The Sovereign Order of Malta is an organisation, not the state.
    'Zakon* Maltańsk*',
    'Suwerenn* Zakon* Maltańsk*',
    'Azja Środkowa',
    'Azji Środkowej',
    'Azja Centralna',
    'Azji Centralnej',
    'Bliski Wschód',
    'Bliskiego Wschodu',
    'Ameryk* Łacińsk*',
    'Ameryk* Południow*',
    'Ameryk* Północn*',
    // Given names on the stem of Brunei.
    'Bruno',
    'Bruna',
  ],
  skip: ['Dominika'],
  midSentence: ['Mali', 'Czad'],
};
