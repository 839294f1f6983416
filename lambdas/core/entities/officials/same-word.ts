import { comparisonKey } from './morphology';
import type { Words } from './words';

// Whether two name words of one release name the same person: equal, inflected forms of one word, or spelling
// variants; and the keys that find a word's possible matches without comparing it with every word.

function levenshtein(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let k = 1; k <= b.length; k++) {
      cur[k] = Math.min(
        (prev[k] as number) + 1,
        (cur[k - 1] as number) + 1,
        (prev[k - 1] as number) + (a[i - 1] === b[k - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

/**
 * Answers memoised by the release's language signature, then by word (maps in maps: a key joined from the parts
 * cost a string per call), holding at most `max` answers in all, so memory stays flat.
 */
class WordMemo<T> {
  private readonly bySignature = new Map<string, Map<string, T>>();
  private size = 0;

  constructor(private readonly max: number) {}

  /** The answers of one signature. */
  of(signature: string): Map<string, T> {
    let answers = this.bySignature.get(signature);
    if (answers === undefined) {
      answers = new Map();
      this.bySignature.set(signature, answers);
    }
    return answers;
  }

  /** Counts one answer more, forgetting all of them first when there are `max`. */
  room(): void {
    if (this.size >= this.max) {
      this.bySignature.clear();
      this.size = 0;
    }
    this.size++;
  }
}

// Word pairs repeat a lot in long releases; the edit distance is the costly part. Bounded, so memory stays flat.
const SAME_WORD_MEMO = new WordMemo<Map<string, boolean>>(20_000);

// Comparison keys by release: the key strips case endings against the release's languages, so it is worked out
// once per word and release (a long list repeats the same words many times).
const KEYS = new WeakMap<Words, Map<string, string>>();

function keyOf(w: Words, folded: string): string {
  let keys = KEYS.get(w);
  if (keys === undefined) {
    keys = new Map();
    KEYS.set(w, keys);
  }
  let key = keys.get(folded);
  if (key === undefined) {
    key = comparisonKey(w, folded);
    keys.set(folded, key);
  }
  return key;
}

// From these lengths of the shorter comparison key, sameWord allows an edit distance of 1 and of 2.
const ONE_EDIT = 5;
const TWO_EDITS = 8;

/** Two folded name words that name the same person: equal, inflected forms of one word, or spelling variants. */
export function sameWord(w: Words, a: string, b: string): boolean {
  if (a === b) return true;
  // Spelling variants keep the first letter (Vadimir/Vladimir, Mukhriddin/Muhriddin): a cheap filter.
  if (a.charCodeAt(0) !== b.charCodeAt(0) || Math.abs(a.length - b.length) > 3) return false;
  const byA = SAME_WORD_MEMO.of(w.languages.signature);
  let answers = byA.get(a);
  const known = answers?.get(b);
  if (known !== undefined) return known;
  const x = keyOf(w, a);
  const y = keyOf(w, b);
  const n = Math.min(x.length, y.length);
  const same = x === y || (n >= ONE_EDIT && levenshtein(x, y) <= (n >= TWO_EDITS ? 2 : 1));
  SAME_WORD_MEMO.room();
  // After `room` the maps may be new ones.
  const fresh = SAME_WORD_MEMO.of(w.languages.signature);
  answers = fresh.get(a);
  if (answers === undefined) {
    answers = new Map();
    fresh.set(a, answers);
  }
  answers.set(b, same);
  return same;
}

/**
 * Strings that two words share whenever {@link sameWord} holds for them, so that a map from these strings finds a
 * word's possible matches without comparing it with every word. The first letter, then the comparison key with
 * up to as many letters deleted as the edit distance allows (an edit distance of d leaves a common string after
 * at most d deletions from each side). Equal words share the key itself.
 */
export function similarityKeys(w: Words, folded: string): readonly string[] {
  // Names repeat within and across releases; the deletion neighbourhood is the costly part.
  const known = SIMILARITY_MEMO.of(w.languages.signature).get(folded);
  if (known) return known;
  const keys = computeSimilarityKeys(w, folded);
  SIMILARITY_MEMO.room();
  SIMILARITY_MEMO.of(w.languages.signature).set(folded, keys);
  return keys;
}

const SIMILARITY_MEMO = new WordMemo<readonly string[]>(20_000);

function computeSimilarityKeys(w: Words, folded: string): readonly string[] {
  const key = keyOf(w, folded);
  const head = `${folded.charCodeAt(0)}\u0000`;
  const out = new Set<string>([head + key]);
  // A key shorter than ONE_EDIT matches only itself; one under TWO_EDITS is never two edits from a match (the
  // shorter key of the pair sets the distance allowed).
  if (key.length >= ONE_EDIT) {
    for (let i = 0; i < key.length; i++) {
      const one = key.slice(0, i) + key.slice(i + 1);
      out.add(head + one);
      if (key.length >= TWO_EDITS)
        for (let k = i; k < one.length; k++) out.add(head + one.slice(0, k) + one.slice(k + 1));
    }
  }
  return [...out];
}
