import { sameWord } from './same-word';
import type { Words } from './words';

/**
 * For each of `queries` (folded name words), the positions of the capitalised tokens whose word is the same
 * name word ({@link sameWord}). Each distinct capitalised word is compared only with the queries that share its
 * first letter and are within three letters of its length: sameWord holds for no other pair. (A query's
 * similarity keys would find the same pairs, as the pairs that sameWord holds for share a key, but at a few
 * dozen keys per word.)
 */
export function occurrencesOf(w: Words, queries: ReadonlySet<string>): Map<string, number[]> {
  const byFirst = new Map<number, string[]>();
  for (const q of queries) {
    const list = byFirst.get(q.charCodeAt(0));
    if (list) list.push(q);
    else byFirst.set(q.charCodeAt(0), [q]);
  }
  const byWord = new Map<string, number[]>();
  w.tokens.forEach((t, i) => {
    const c0 = t.text.charAt(0);
    if (c0 === c0.toLowerCase() || !byFirst.has(t.folded.charCodeAt(0))) return;
    const list = byWord.get(t.folded);
    if (list) list.push(i);
    else byWord.set(t.folded, [i]);
  });
  const out = new Map<string, number[]>();
  for (const [word, positions] of byWord) {
    for (const q of byFirst.get(word.charCodeAt(0)) ?? []) {
      if (Math.abs(q.length - word.length) > 3 || !sameWord(w, word, q)) continue;
      const list = out.get(q);
      if (list) list.push(...positions);
      else out.set(q, [...positions]);
    }
  }
  return out;
}
