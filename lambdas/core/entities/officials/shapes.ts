// Shapes of words and of the gaps between tokens, the same in every language and script.
//
// Trap: esbuild writes a pattern with a Unicode property escape (\p{Lu}) as `new RegExp(...)` for every Node
// target, the Lambda's too: written inside a function, such a pattern is built again on every call (a few per
// token). The patterns with letter classes live here, as module constants, built once.

/** A word that starts with a capital letter. */
export const UPPER_FIRST = /^\p{Lu}/u;
/** A word that starts with a lowercase letter. */
export const LOWER_FIRST = /^\p{Ll}/u;
/** A word that starts with a letter. */
export const LETTER_FIRST = /^\p{L}/u;
/** One capital letter. */
export const UPPER_LETTER = /^\p{Lu}$/u;
/** One lowercase letter. */
export const LOWER_LETTER = /^\p{Ll}$/u;
/** A text that holds a capital letter. */
export const HAS_UPPER = /\p{Lu}/u;
/** A lowercase syllable of two to five letters: the "yul" of "Tae-yul". */
export const LOWER_SYLLABLE = /^\p{Ll}{2,5}$/u;

/** A capitalised word: Tokayev, Токаев, Zupančič, and one inner capital: McDonald, DeSantis. */
export const CAP_WORD = /^\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?$/u;
/** A word in capitals (a family name first in Japanese or Korean style: KISHIDA Fumio). */
export const ALL_CAPS = /^\p{Lu}{3,}$/u;
/** A regnal number after a name: King Abdullah II, Pope Leo XIV. */
export const REGNAL = /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)$/;
/** What may stand between two words of one name: a space or two, or a dash. */
export const NAME_GAP = /^(?:[ \u00a0]{1,2}|[-\u2010-\u2015])$/;
/** What follows an initial: a full stop, and perhaps a space. */
export const INITIAL_GAP = /^\.[ \u00a0]?$/;
/** A gap that ends a phrase: a sentence stop, a bracket, a quotation mark, a line break. */
export const SENTENCE_GAP = /[.;:!?()"«»“”]|\n/;
/** A single space (no line break). */
export const SPACE = /^[ \u00a0]$/;
/** A hyphen or dash between two words. */
export const DASH = /^[-\u2010-\u2015]$/;
/** A hyphen inside a word (not a spaced dash). */
export const HYPHEN = /^[-\u2010-\u2011]$/;
/** An apostrophe between two parts of one word: D’Antuono, O'Brien. */
export const APOSTROPHE = /^['’ʼ]$/;
/** A two-letter initial of a name transliterated from Cyrillic or Mongolian: "Kh.Battulga", "Sh.Mirziyoyev". */
export const DIGRAPH_INITIAL = /^(?:Kh|Sh|Ch|Zh|Ts|Yo|Yu|Ya|Ye|Dj|Dzh)$/;
export const HAS_CYRILLIC = /[\u0400-\u04ff]/;

/** The script of a word, as the language tables name it. */
export function scriptOf(word: string): 'cyrillic' | 'latin' {
  return HAS_CYRILLIC.test(word) ? 'cyrillic' : 'latin';
}
