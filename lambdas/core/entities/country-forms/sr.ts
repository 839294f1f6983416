import type { CountryForms } from './country-forms';
import { deriveSouthSlavic } from './south-slavic';

const CYRILLIC_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'đ',
  е: 'e',
  ж: 'ž',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'ć',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'č',
  џ: 'dž',
  ш: 'š',
};
const LATIN_CYRILLIC: ReadonlyArray<[string, string]> = [
  ['lj', 'љ'],
  ['nj', 'њ'],
  ['dž', 'џ'],
  ...Object.entries(CYRILLIC_LATIN)
    .filter(([, lat]) => lat.length === 1)
    .map(([cyr, lat]): [string, string] => [lat, cyr]),
];

/** Serbian Cyrillic to Latin (gajica): one-to-one, Љ Њ Џ to Lj Nj Dž. */
export function serbianLatin(text: string): string {
  return [...text]
    .map((ch) => {
      const lat = CYRILLIC_LATIN[ch.toLowerCase()];
      if (lat === undefined) return ch;
      return ch === ch.toLowerCase() ? lat : lat.charAt(0).toUpperCase() + lat.slice(1);
    })
    .join('');
}

/** Serbian Latin to Cyrillic (the digraphs lj, nj, dž first). */
export function serbianCyrillic(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const rest = text.slice(i).toLowerCase();
    const pair = LATIN_CYRILLIC.find(([lat]) => rest.startsWith(lat));
    if (!pair) {
      out += text.charAt(i);
      i++;
      continue;
    }
    const [lat, cyr] = pair;
    out += text.charAt(i) === text.charAt(i).toLowerCase() ? cyr : cyr.toUpperCase();
    i += lat.length;
  }
  return out;
}

const derive = (name: string) => deriveSouthSlavic(name, ['ac', 'c', 'anac', 'anc', 'anin', 'an']);

// Written in Latin; the Cyrillic forms are the same, letter by letter.
const FORMS: Readonly<Record<string, string>> = {
  AT: 'austrijsk*',
  BA: 'bosansk*; BiH',
  BY: 'belorusk*',
  // Kina: a stem of three letters is too short to decline (it would match Kinez, Kino): its cases are listed.
  CN: 'kinesk*; Kinez*; Kine; Kini; Kinu; Kinom',
  CZ: 'češk*; Čeh*',
  DE: 'nemačk*; Nemac*; Nemc*',
  ES: 'špansk*',
  FR: 'francusk*; Francuz*',
  GB: 'britansk*; Britanac*; Britanc*',
  GR: 'grčk*; Grk*',
  HR: 'hrvatsk*; Hrvat*',
  HU: 'mađarsk*; Mađar*',
  IT: 'italijansk*; Italijan*',
  JP: 'japansk*',
  KZ: 'kazahstansk*; kazašk*; Kazah*',
  ME: 'crnogorsk*; Crnogorac*; Crnogorc*',
  PL: 'poljsk*; Poljak*',
  RO: 'rumunsk*',
  RS: 'srpsk*; Srbin; Srbi; Srba; Srbima',
  RU: 'rusk*; Rus; Rusi; Rusa; RF',
  SI: 'slovenačk*; Slovenac*; Slovenc*',
  SK: 'slovačk*',
  TR: 'tursk*; Turčin; Turci; Turaka',
  UA: 'ukrajinsk*',
  US: 'SAD; američk*; Amerikanac*; Amerikanc*',
  UZ: 'uzbečk*; Uzbek*',
};

const NOT_COUNTRIES = [
  'Latinsk* Amerik*',
  'Južn* Amerik*',
  'Severn* Amerik*',
  // Amerika, Americi: the locative's c.
  'Latinsk* Americ*',
  'Južn* Americ*',
  'Severn* Americ*',
  'Centraln* Azij*',
  // The province's name in Serbian usage ("na Kosovu i Metohiji"): a region, as the corpus rules count it.
  'Kosov* i Metohij*',
];

const mapForms = (map: (p: string) => string) =>
  Object.fromEntries(Object.entries(FORMS).map(([code, list]) => [code, map(list)]));

/** Serbian, Cyrillic script (the names of i18n-iso-countries). */
export const sr: CountryForms = {
  code: 'sr',
  inflection: 'cyrillic',
  stems: 'cyrillic',
  i18n: 'sr',
  derive: (name) => derive(serbianLatin(name)).map(serbianCyrillic),
  forms: mapForms(serbianCyrillic),
  notCountries: NOT_COUNTRIES.map(serbianCyrillic),
};

/** Serbian, Latin script: the Cyrillic names letter by letter, and world-countries' Latin ones. */
export const srLatn: CountryForms = {
  code: 'sr-latn',
  inflection: 'latin',
  stems: 'latin',
  world: 'srp',
  transliterated: { from: 'sr', letters: serbianLatin },
  derive,
  forms: FORMS,
  notCountries: NOT_COUNTRIES,
};
