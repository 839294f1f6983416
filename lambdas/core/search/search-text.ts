import { SEARCH_TEXT_BYTES } from '../limits';
import { tokenize } from '../text/tokenize';

/** What a release keeps of its body for the text search. */
export interface SearchText {
  /** The body's distinct folded words, in order of first appearance, one space apart. */
  readonly text: string;
  /** False when words were left out: the cap was reached, or a word was longer than {@link MAX_SEARCH_WORD}. */
  readonly complete: boolean;
}

/**
 * Longest word kept, in characters. Longer runs of letters and digits are no words one searches for (encoded
 * data, a hash); they are left out rather than spend the budget.
 */
export const MAX_SEARCH_WORD = 64;

/**
 * The search text of a body: each distinct word once, folded as the search folds its terms (`searchTerms`), in
 * the order the words first occur, until the next word would take the text past `maxBytes` UTF-8 bytes. Words
 * that first occur after that point are not in it (so a long release is searchable by the words of its first
 * pages, which hold far more distinct words than they repeat).
 */
export function searchText(paragraphs: readonly string[], maxBytes: number = SEARCH_TEXT_BYTES): SearchText {
  const seen = new Set<string>();
  const words: string[] = [];
  let bytes = 0;
  let complete = true;
  for (const paragraph of paragraphs) {
    for (const token of tokenize(paragraph)) {
      const word = token.folded;
      if (seen.has(word)) continue;
      seen.add(word);
      if (word.length > MAX_SEARCH_WORD) {
        complete = false;
        continue;
      }
      const size = Buffer.byteLength(word) + (words.length > 0 ? 1 : 0);
      if (bytes + size > maxBytes) return { text: words.join(' '), complete: false };
      words.push(word);
      bytes += size;
    }
  }
  return { text: words.join(' '), complete };
}

/** The words of a search, folded as {@link searchText} folds the body's: every one must match. */
export function searchTerms(query: string): string[] {
  return [...new Set(tokenize(query).map((t) => t.folded))];
}
