// Module constants: esbuild writes a pattern with \p{...} as `new RegExp(...)`, built on every call when it
// stands inside a function.
const MARKS = /\p{M}/gu;
const DASHES = /\p{Pd}/gu;

/**
 * Folds text for comparison: NFKD, combining marks removed, every dash to `-`, lower case, whitespace
 * collapsed, and a full stop followed by spaces turned into a bare full stop ("K. K. Tokayev" folds like
 * "K.K.Tokayev"). The same rules as the corpus scoring, so ids and matches agree with it.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(DASHES, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\. +/g, '.')
    .trim();
}

// Letters that never decompose under NFKD: ASCII and the Cyrillic block minus й, ё and the other
// letters with a breve or diaeresis. Most tokens are such, and skip the costly normalisation.
const PLAIN = /^[\0-\x7f\u0410-\u0418\u041a-\u0436\u0438\u043a-\u044f]*$/;
const cache = new Map<string, string>();

/** Folds one word token (letters and digits only), memoised: the hot path of entity matching. */
export function foldWord(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const folded = PLAIN.test(word)
    ? word.toLowerCase()
    : word.normalize('NFKD').replace(MARKS, '').toLowerCase();
  if (cache.size > 100_000) cache.clear();
  cache.set(word, folded);
  return folded;
}
