/**
 * Who an official is, whatever the script or the romanisation a release uses: one key for "Путин", "Putin" and
 * "Poutine"; for "Токаев", "Тоқаев", "Tokayev" and "Tokaev"; for "Зеленський", "Зеленский", "Zelensky" and
 * "Zelenskyy". The key is also the official's id (`kasim-jomart-tokaev`): a Latin slug, readable, and the same
 * whichever form a release used first, so that ids, pointers, profiles and `official:` interests agree without
 * a lookup. Pure: no tables beyond the alphabets below.
 *
 * How: Cyrillic is romanised letter by letter (BGN/PCGN-like, with the Kazakh, Kyrgyz, Uzbek, Tajik, Ukrainian,
 * Belarusian and Serbian letters), then the Latin spelling is reduced to a skeleton that folds the alternatives of
 * the systems releases use: ISO 9 / GOST 7.79 (š, ž, č, j for й), the passport (ICAO) style (Tokaev, Kh, Iu), the
 * Kazakh Latin alphabet of 2021 (Toqaev, Şaiahmetov), the Ukrainian national system (Zelenskyi, Shmyhal), French and
 * German transcriptions (Poutine, Tschernyschow), and diacritics.
 */

// One romanisation for every Cyrillic alphabet. Where the letter is the same across systems but read differently
// by language (Ukrainian г as h), the common reading wins: a skeleton, not a transliteration to show.
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Kazakh, Kyrgyz, Bashkir, Tatar.
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  // Uzbek, Tajik, Belarusian.
  ў: 'u',
  ҳ: 'h',
  ҷ: 'j',
  ӣ: 'i',
  ӯ: 'u',
  // Serbian, Macedonian, Montenegrin.
  ђ: 'dj',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'ch',
  џ: 'dzh',
  ѓ: 'gj',
  ќ: 'kj',
  ѕ: 'dz',
};

// Latin letters that NFKD leaves alone or folds to a letter of another sound (š to s). Read as in the languages
// that use them in names: Slavic and ISO 9 š ž č ć, Turkish and Azerbaijani ş ç ğ ı ə, Kazakh 2021 ä ö ü ū ñ q.
const LATIN: Readonly<Record<string, string>> = {
  š: 'sh',
  ž: 'zh',
  č: 'ch',
  ć: 'ch',
  ş: 'sh',
  ș: 'sh',
  ç: 'ch',
  ŝ: 'shch',
  ğ: 'g',
  ı: 'i',
  ə: 'a',
  ä: 'a',
  ö: 'o',
  ü: 'u',
  ū: 'u',
  ñ: 'n',
  đ: 'dj',
  ð: 'd',
  ø: 'o',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ț: 't',
};

// The marks of soft and hard signs in romanisations (Zelens'kyy, Ob"edinenie), and apostrophes inside names
// (O'Brien, Uzbek o'): they never tell two people apart.
const SIGNS = /['’ʼʹʺ`"´]/g;

const VOWEL = 'aeiouy';

function romanise(folded: string): string {
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charAt(i);
    if (c === 'ё') {
      // "Мирзиёев" is Mirziyoyev; "Горбачёв" is written Gorbachev at least as often as Gorbachyov.
      const before = folded.charAt(i - 1);
      out +=
        before === '' || VOWEL.includes(out.charAt(out.length - 1)) || /[ъь\s-]/.test(before) ? 'yo' : 'e';
      continue;
    }
    out += CYRILLIC[c] ?? LATIN[c] ?? c;
  }
  return out;
}

/**
 * The skeleton of one romanised word (lower case, ASCII letters): the order of the rules matters, each one
 * removes a difference that the next would otherwise see.
 */
function skeletonWord(word: string): string {
  let w = word
    .replace(/tsch/g, 'ch') // German Tschernyschow
    .replace(/tch/g, 'ch') // French Tchoulkov
    .replace(/dzh|dj/g, 'j') // Dzhabbarov, Djukanovic (Đ), Jabbarov
    .replace(/zh/g, 'j') // Zhomart, Jomart; ISO 9 ž
    .replace(/kh/g, 'h') // Khamid, Hamid (passport style, ISO 9 h)
    .replace(/q/g, 'k') // Kazakh Latin 2021: Toqaev
    .replace(/x/g, 'ks') // Alexei, Aleksei
    .replace(/ou/g, 'u') // French Poutine, Oulianov
    .replace(/([a-z])\1+/g, '$1'); // Kassym, Abibullayev, Zelenskyy
  // -yev, -iev, -ev after a vowel (Tokayev, Tokaiev, Tokaev; Aliyev, Aliev; not Leyen, Meyer), and ye-, ie-, e- at
  // the start (Yerzhan, Ievgen, Erzhan).
  w = w.replace(/([aeiou])[yi]e(?=v)/g, '$1e').replace(/^[yi]e/, 'e');
  // -iya, -iyu (Mariya, Maria), and Ukrainian ia, iu at the start (Iurii) as Russian ya, yu.
  w = w.replace(/iy([aou])/g, 'i$1').replace(/^i([aou])/, 'y$1');
  // The endings of -skiy, -skyi, -skyy, -ski, -skij (Zelenskiy, Zelenskyi, Zełenski), and of -iy, -ii, -yi, -ij.
  w = w.replace(/sk(?:iy|yi|ij|yj|ii|i|y)$/, 'sky').replace(/([^aeiouy])(?:iy|yi|ij|yj|ii)$/, '$1y');
  // Final -ai, -ei, -oi, -aj, -ej, -oj (Nikolai, Sergei, Sergej) as -ay, -ey, -oy.
  w = w.replace(/([aeo])[ij]$/, '$1y');
  // и read y in Ukrainian (Volodymyr, Shmyhal) and ы in every system (Kassym, Kasim): y between consonants is i.
  w = w.replace(/([^aeiouy])y(?=[^aeiouy])/g, '$1i');
  // French -ine for -in (Poutine).
  w = w.replace(/ine$/, 'in');
  // Not folded: Ukrainian г read h (Shmyhal, Шмигаль). A Latin h stands as often for the Russian х of Arabic and
  // Turkic names (Ilham, Ильхам; Mohammed, Мохаммед), which reads h here: folding h into g would part those.
  return w;
}

/**
 * Given names that differ by language, not by spelling: the Ukrainian and the Russian form of one name, in
 * either script ("Volodymyr Zelensky" is "Владимир Зеленский" in Russian releases). Each is read as the Russian
 * form's skeleton. One home for these pairs; add a pair when releases name one person both ways.
 */
const GIVEN_NAME_PAIRS: readonly (readonly [ukrainian: string, russian: string])[] = [
  ['Volodymyr', 'Владимир'],
  ['Oleksandr', 'Александр'],
  ['Oleksii', 'Алексей'],
  ['Mykola', 'Николай'],
  ['Mykhailo', 'Михаил'],
  ['Serhii', 'Сергей'],
  ['Andrii', 'Андрей'],
  ['Dmytro', 'Дмитрий'],
  ['Yurii', 'Юрий'],
  ['Hryhorii', 'Григорий'],
  ['Petro', 'Пётр'],
  ['Pavlo', 'Павел'],
  ['Vasyl', 'Василий'],
  ['Yevhen', 'Евгений'],
  ['Oleh', 'Олег'],
  ['Olena', 'Елена'],
  ['Kateryna', 'Екатерина'],
];

let givenNameForms: ReadonlyMap<string, string> | null = null;

function russianForm(word: string): string {
  givenNameForms ??= new Map(
    GIVEN_NAME_PAIRS.map(([uk, ru]) => [skeletonsOf(uk)[0] ?? '', skeletonsOf(ru)[0] ?? ''] as const),
  );
  return givenNameForms.get(word) ?? word;
}

// Turkish letters in a name: its c is j (Recep, Режеп; Ecevit, Эджевит), as ç is ch.
const TURKISH = /[ğışİ]/i;
// Module constants: esbuild writes a \p{..} pattern as `new RegExp(...)`, built again on every call in a function.
const MARKS = /\p{M}/gu;
const NOT_WORD = /[^a-z0-9\p{L}\p{N}]+/u;

/** The words of a name, folded to lower-case Latin skeletons (particles and initials kept as words). */
export function identityWords(name: string): string[] {
  return skeletonsOf(name).map(russianForm);
}

function skeletonsOf(name: string): string[] {
  const lower = name.toLowerCase();
  const folded = romanise(
    (TURKISH.test(name) ? lower.replace(/c/g, 'j') : lower)
      .replace(SIGNS, '')
      .normalize('NFC')
      // Letters with their own reading go first; NFKD then strips the remaining marks (é, ï, â, ă).
      .replace(/[^\0-\x7f]/g, (c) => CYRILLIC[c] ?? LATIN[c] ?? c),
  )
    .normalize('NFKD')
    .replace(MARKS, '');
  return folded.split(NOT_WORD).filter(Boolean).map(skeletonWord).filter(Boolean);
}

/**
 * The matching key of a name: its words' skeletons joined by `-`. Equal keys are one person across scripts and
 * romanisations. Also the official's id (see {@link officialId}).
 */
export function identityKey(name: string): string {
  return identityWords(name).join('-');
}

/** The stable id of an official from its canonical name: its identity key, e.g. `kasim-jomart-tokaev`. */
export function officialId(name: string): string {
  return identityKey(name);
}

/** The key of a name's last word (a surname written last), or '' for a name without letters. */
export function surnameKey(name: string): string {
  return identityWords(name).at(-1) ?? '';
}

/**
 * Whether two written names are one person by spelling alone: the same key ("Путин" and "Poutine";
 * "Касым-Жомарт Токаев" and "Kassym-Jomart Tokayev"). A surname alone and a full name are not judged here
 * (that needs the release's context: the extractor's job).
 */
export function sameIdentity(a: string, b: string): boolean {
  const x = identityKey(a);
  return x.length > 0 && x === identityKey(b);
}
