import type { Mention, Person } from './mention';
import { comparisonKey } from './morphology';
import type { Words } from './words';

// Within one release: initials, surname-only, title + surname, transliterations and inflected forms of one
// person's name are merged.

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

// Word pairs repeat a lot in long releases; the edit distance is the costly part. Bounded, so memory stays flat.
const SAME_WORD_MEMO = new Map<string, boolean>();

/** Two folded name words that name the same person: equal, inflected forms of one word, or spelling variants. */
export function sameWord(w: Words, a: string, b: string): boolean {
  if (a === b) return true;
  // Spelling variants keep the first letter (Vadimir/Vladimir, Mukhriddin/Muhriddin): a cheap filter.
  if (a.charCodeAt(0) !== b.charCodeAt(0) || Math.abs(a.length - b.length) > 3) return false;
  const pair = `${w.languages.signature}\u0000${a}\u0000${b}`;
  const known = SAME_WORD_MEMO.get(pair);
  if (known !== undefined) return known;
  if (SAME_WORD_MEMO.size >= 20_000) SAME_WORD_MEMO.clear();
  const x = comparisonKey(w, a);
  const y = comparisonKey(w, b);
  const n = Math.min(x.length, y.length);
  const same = x === y || (n >= 5 && levenshtein(x, y) <= (n >= 8 ? 2 : 1));
  SAME_WORD_MEMO.set(pair, same);
  return same;
}

/** The folded words of a mention's name, particles left out. */
export function nameWordsOf(w: Words, m: Mention): string[] {
  return m.words.filter((k) => !w.is(k, 'particles')).map((k) => w.folded(k));
}

function compatible(w: Words, a: Mention, b: Mention): boolean {
  const x = nameWordsOf(w, a);
  const y = nameWordsOf(w, b);
  if (x.length === 0 || y.length === 0) return false;
  const [short, long, shortM, longM] = x.length <= y.length ? [x, y, a, b] : [y, x, b, a];
  if (short.length === 1) return long.some((word) => sameWord(w, word, short[0] as string));
  // Every word of the shorter form in the longer one, in order.
  let k = 0;
  for (const word of long) if (k < short.length && sameWord(w, word, short[k] as string)) k++;
  if (k < short.length) return false;
  const initial = shortM.initials[0];
  if (initial !== undefined && initial < (shortM.words[0] as number)) {
    if (!w.folded(longM.words[0] as number).startsWith(w.folded(initial))) return false;
  }
  return true;
}

/** What {@link compatible} reads of a mention: equal keys give equal answers, so answers are memoised by key. */
function mentionKey(w: Words, m: Mention): string {
  const initial = m.initials[0];
  const first = m.words[0];
  const letter = initial !== undefined && first !== undefined && initial < first ? w.folded(initial) : '';
  return `${nameWordsOf(w, m).join(' ')}|${letter}|${first === undefined ? '' : w.folded(first)}`;
}

/**
 * Groups mentions into persons. A long release repeats the same surface forms many times: comparing each
 * mention with the distinct forms of each person (not with every earlier mention) keeps this linear in the
 * number of mentions, where the plain pairwise comparison took a minute on a 5 MB release.
 */
export class MentionMerger {
  readonly persons: Person[] = [];
  private readonly forms = new Map<Person, Map<string, Mention>>();
  private readonly firsts = new Map<Person, number[]>();
  private readonly memo = new Map<string, boolean>();
  private readonly keys = new Map<Mention, string>();

  constructor(private readonly w: Words) {}

  private keyOf(m: Mention): string {
    let key = this.keys.get(m);
    if (key === undefined) {
      key = mentionKey(this.w, m);
      this.keys.set(m, key);
    }
    return key;
  }

  /** Whether `m` can name the same person as one of `p`'s mentions (see {@link compatible}). */
  matches(p: Person, m: Mention): boolean {
    const km = this.keyOf(m);
    for (const [kf, form] of this.forms.get(p) ?? []) {
      const pair = `${kf}\u0000${km}`;
      let ok = this.memo.get(pair);
      if (ok === undefined) {
        ok = compatible(this.w, form, m);
        this.memo.set(pair, ok);
      }
      if (ok) return true;
    }
    return false;
  }

  /** Distance from `m` back to the nearest mention of `p` before it (after it counts as very far). */
  private distance(p: Person, m: Mention): number {
    const list = this.firsts.get(p) ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as number) <= m.first) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? m.first - (list[lo - 1] as number) : 1e9 + (list[0] ?? 0);
  }

  add(m: Mention): void {
    const candidates = this.persons.filter((p) => this.matches(p, m));
    let person: Person;
    if (candidates.length === 0) {
      person = { mentions: [] };
      this.persons.push(person);
      this.forms.set(person, new Map());
      this.firsts.set(person, []);
    } else {
      // The nearest person named before this mention.
      candidates.sort((p, q) => this.distance(p, m) - this.distance(q, m));
      person = candidates[0] as Person;
    }
    person.mentions.push(m);
    const forms = this.forms.get(person) as Map<string, Mention>;
    if (!forms.has(this.keyOf(m))) forms.set(this.keyOf(m), m);
    const list = this.firsts.get(person) as number[];
    let at = list.length;
    while (at > 0 && (list[at - 1] as number) > m.first) at--;
    list.splice(at, 0, m.first);
  }
}

/** Merges mentions into persons, fullest names first so that shorter forms join them. */
export function samePerson(w: Words, mentions: readonly Mention[]): MentionMerger {
  const order = [...mentions].sort((a, b) => b.words.length - a.words.length || a.first - b.first);
  const merger = new MentionMerger(w);
  for (const m of order) merger.add(m);
  return merger;
}
