import { foldWord } from './fold';

/** A word of the text: letters, marks and digits, with its position in the original string. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** The word as written. */
  readonly text: string;
  /** The word folded (no diacritics, lower case). */
  readonly folded: string;
  /** The characters between the previous token and this one ('' for the first). */
  readonly gap: string;
}

/** What a word is made of: letters, marks and digits, read by code point. */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

// Whether each UTF-16 unit outside the surrogates is a word character, asked of WORD_CHAR on first sight:
// 0 not asked yet, 1 a word character, 2 not. ASCII is known: letters and digits.
const UNIT_KIND = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) {
  const ascii = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  UNIT_KIND[c] = ascii ? 1 : 2;
}
const ASTRAL_KIND = new Map<number, boolean>();

/** The length in units of the word character at `i` (2 for a surrogate pair), or 0 when it is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    let kind = UNIT_KIND[c] as number;
    if (kind === 0) {
      kind = WORD_CHAR.test(text.charAt(i)) ? 1 : 2;
      UNIT_KIND[c] = kind;
    }
    return kind === 1 ? 1 : 0;
  }
  // A pair of surrogates is one code point; a lone surrogate is no letter.
  const low = text.charCodeAt(i + 1);
  if (c > 0xdbff || !(low >= 0xdc00 && low <= 0xdfff)) return 0;
  const cp = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  let word = ASTRAL_KIND.get(cp);
  if (word === undefined) {
    word = WORD_CHAR.test(String.fromCodePoint(cp));
    ASTRAL_KIND.set(cp, word);
  }
  return word ? 2 : 0;
}

/**
 * Splits text into word tokens (runs of letters, marks and digits, as `/[\p{L}\p{M}\p{N}]+/gu` finds them);
 * dashes, apostrophes and spaces are gaps, kept for the grammar to read. A loop over the units, not that
 * pattern: it runs for every word of every release, and the pattern's match objects cost more than the words.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  let i = 0;
  while (i < text.length) {
    let n = wordCharAt(text, i);
    if (n === 0) {
      i++;
      continue;
    }
    const start = i;
    do {
      i += n;
      n = i < text.length ? wordCharAt(text, i) : 0;
    } while (n > 0);
    const word = text.slice(start, i);
    tokens.push({ start, end: i, text: word, folded: foldWord(word), gap: text.slice(last, start) });
    last = i;
  }
  return tokens;
}
