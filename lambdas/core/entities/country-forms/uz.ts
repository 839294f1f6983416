import type { CountryForms } from './country-forms';

// The Uzbek Latin oʻ and gʻ are written with ʻ (U+02BB, a letter: one word), or with ‘ ’ ' ` (split off by the
// tokenizer), or without a mark: each spelling is indexed.
const MARK = /[ʻ‘’'`]/g;

function spellings(phrase: string): string[] {
  if (!MARK.test(phrase)) return [phrase];
  return [phrase.replace(MARK, 'ʻ'), phrase.replace(MARK, "'"), phrase.replace(MARK, '')];
}

/** Uzbek Latin to Cyrillic, by the 1995 alphabet's letter correspondences. */
export function uzbekCyrillic(latin: string): string {
  const pairs: Array<[RegExp, string]> = [
    [/[oO][ʻ‘’'`]/g, 'ў'],
    [/[gG][ʻ‘’'`]/g, 'ғ'],
    [/sh/gi, 'ш'],
    [/ch/gi, 'ч'],
    [/yo/gi, 'ё'],
    [/yu/gi, 'ю'],
    [/ya/gi, 'я'],
    [/ye/gi, 'е'],
    [/ts/gi, 'ц'],
    [/(^|[\s-])e/gi, '$1э'],
    [/[ʼ]/g, 'ъ'],
  ];
  const letters: Record<string, string> = {
    a: 'а',
    b: 'б',
    d: 'д',
    e: 'е',
    f: 'ф',
    g: 'г',
    h: 'ҳ',
    i: 'и',
    j: 'ж',
    k: 'к',
    l: 'л',
    m: 'м',
    n: 'н',
    o: 'о',
    p: 'п',
    q: 'қ',
    r: 'р',
    s: 'с',
    t: 'т',
    u: 'у',
    v: 'в',
    x: 'х',
    y: 'й',
    z: 'з',
  };
  let text = latin;
  const upper = (s: string) => /^\p{Lu}/u.test(s);
  for (const [pattern, cyr] of pairs)
    text = text.replace(pattern, (m: string, lead?: string) =>
      typeof lead === 'string'
        ? `${lead}${upper(m.slice(lead.length)) ? cyr.toUpperCase() : cyr}`
        : upper(m)
          ? cyr.toUpperCase()
          : cyr,
    );
  return [...text]
    .map((ch) => {
      const cyr = letters[ch.toLowerCase()];
      return cyr === undefined ? ch : ch === ch.toLowerCase() ? cyr : cyr.toUpperCase();
    })
    .join('');
}

const FORMS: Readonly<Record<string, string>> = {
  AE: 'BAA',
  CN: 'XXR; xitoylik*',
  DE: 'nemis*',
  FR: 'fransuz*',
  GB: 'ingliz*; Britaniya',
  JP: 'yapon*',
  KG: "qirg'iz*",
  // The package has only "Janubiy Koreya"; releases name the Republic of Korea.
  KR: 'koreys*; Koreya Respublikasi',
  KZ: 'qozoq*',
  RU: 'RF; rus; ruslar',
  TJ: 'tojik*',
  TM: 'turkman*',
  UA: 'ukrain*',
  US: 'AQSH; AQSh; Amerika',
  UZ: "o'zbek*; Ozbekiston",
};

const NOT_COUNTRIES = ['Markaziy Osiyo', 'Lotin Amerikasi', 'Janubiy Amerika', 'Shimoliy Amerika'];

const byCode = (forms: Readonly<Record<string, string>>, map: (p: string) => string[]) =>
  Object.fromEntries(
    Object.entries(forms).map(([code, list]) => [
      code,
      list
        .split(';')
        .flatMap((p) => map(p.trim()))
        .join('; '),
    ]),
  );

/** Uzbek, Latin script: suffixes are glued to names (Oʻzbekistonning, Oʻzbekistonda, oʻzbekistonlik). */
export const uz: CountryForms = {
  code: 'uz',
  inflection: 'turkic',
  stems: 'turkic',
  i18n: 'uz',
  derive: (name) => spellings(name).filter((s) => s !== name),
  forms: byCode(FORMS, spellings),
  notCountries: NOT_COUNTRIES,
};

/** Uzbek, Cyrillic script: the Latin names and forms, letter by letter. */
export const uzCyrl: CountryForms = {
  code: 'uz-cyrl',
  inflection: 'turkicCyrillic',
  stems: 'turkicCyrillic',
  transliterated: { from: 'uz', letters: uzbekCyrillic },
  forms: byCode(FORMS, (p) => [uzbekCyrillic(p)]),
  notCountries: NOT_COUNTRIES.map(uzbekCyrillic),
};
