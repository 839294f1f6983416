/**
 * Folds any Unicode text to printable ASCII for places that demand it (the SNS `Subject`): Cyrillic
 * transliterated, Latin letters stripped of their marks, a few letters with no decomposition spelled out,
 * whitespace of every kind (CR, LF, tabs, NBSP) collapsed to one space, controls, bidi marks and anything
 * left outside ASCII dropped.
 */
export function foldToAscii(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/[\u0400-\u04FF]/g, (c) => CYRILLIC[c] ?? c)
      .replace(/[^\x20-\x7E]/g, (c) => LETTERS[c] ?? c)
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/\p{Pd}/gu, '-')
      .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
      .replace(/\u2026/g, '...')
      // \s covers CR/LF/tab/NBSP/line separators; \p{Z} and \p{Cc} catch the rest, so no control survives as glue.
      .replace(/[\s\p{Z}\p{Cc}]+/gu, ' ')
      .replace(/[^\x20-\x7E]/g, '')
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}

// Letters NFKD does not decompose into ASCII.
const LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'SS',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
  ŀ: 'l',
  Ŀ: 'L',
  ĸ: 'k',
  ə: 'e',
  Ə: 'E',
};

// Russian/Ukrainian/Kazakh letters, a simple readable scheme (BGN/PCGN-like, without diacritics).
const CYRILLIC_LOWER: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
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
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  ә: 'a',
  ғ: 'g',
  қ: 'q',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  ў: 'u',
  ђ: 'dj',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  џ: 'dz',
};

const CYRILLIC: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(CYRILLIC_LOWER).flatMap(([lower, latin]) => [
    [lower, latin],
    [lower.toUpperCase(), latin.charAt(0).toUpperCase() + latin.slice(1)],
  ]),
);
