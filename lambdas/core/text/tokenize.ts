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

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Splits text into word tokens; dashes, apostrophes and spaces are gaps, kept for the grammar to read. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const word = m[0];
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      folded: foldWord(word),
      gap: text.slice(last, start),
    });
    last = start + word.length;
  }
  return tokens;
}
