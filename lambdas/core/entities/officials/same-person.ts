import type { Mention, Person } from './mention';
import { sameWord, similarityKeys } from './same-word';
import type { Words } from './words';

// Within one release: initials, surname-only, title + surname, transliterations and inflected forms of one
// person's name are merged.

/** The folded words of a mention's name, particles left out. */
export function nameWordsOf(w: Words, m: Mention): string[] {
  return m.words.filter((k) => !w.is(k, 'particles')).map((k) => w.folded(k));
}

/** A mention as {@link compatible} reads it: its name words, and an id equal for mentions read alike. */
interface Reading {
  readonly m: Mention;
  readonly words: readonly string[];
  readonly key: number;
}

function compatible(w: Words, a: Reading, b: Reading): boolean {
  const x = a.words;
  const y = b.words;
  if (x.length === 0 || y.length === 0) return false;
  const [short, long, shortM, longM] = x.length <= y.length ? [x, y, a.m, b.m] : [y, x, b.m, a.m];
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

/** What {@link compatible} reads of a mention: equal keys give equal answers, so a person keeps one form per key. */
function mentionKey(w: Words, words: readonly string[], m: Mention): string {
  const initial = m.initials[0];
  const first = m.words[0];
  const letter = initial !== undefined && first !== undefined && initial < first ? w.folded(initial) : '';
  return `${words.join(' ')}|${letter}|${first === undefined ? '' : w.folded(first)}`;
}

/**
 * Persons one release keeps. A release names a few dozen; a list of participants some hundreds. Past this, a
 * mention that matches no one kept is dropped: each mention is then compared with a bounded set of persons
 * (a 160 KB list of names once took 34 s and 1.1 GB), and the store keeps fewer still (FIELD_CAPS.officials).
 */
export const MAX_PERSONS = 500;
/**
 * Distinct surface forms of one person compared with later mentions. Real releases show under ten (full name,
 * surname, initials, inflected forms); a chain of spelling variants could otherwise grow one person's forms, and
 * each later comparison, without bound.
 */
export const MAX_FORMS_PER_PERSON = 16;
/**
 * Mentions kept for one person: every later stage reads them all (variants, roles, the nearest mention before
 * another). A person named on every line of a long list keeps the first ones; the rest still join that person.
 */
export const MAX_MENTIONS_PER_PERSON = 1000;
/**
 * Forms compared with one mention. Similar words share similarity keys, so a mention's rarest word finds the
 * forms that may match it; in real releases a handful. A list of thousands of near-identical names (syllables
 * recombined) could make that every form kept: the earliest found are compared, the rest are not.
 */
export const MAX_CANDIDATE_FORMS = 128;
// Slots of the form index by the number of name words of a form; a name has at most seven tokens.
const MAX_FORM_WORDS = 8;

interface Form {
  readonly person: number;
  readonly reading: Reading;
}

/**
 * Groups mentions into persons. A long release repeats the same surface forms many times: comparing each
 * mention with the distinct forms of each person (not with every earlier mention) keeps this linear in the
 * number of mentions, where the plain pairwise comparison took a minute on a 5 MB release. Forms are found
 * through an index from the {@link similarityKeys} of their words, so that a mention is compared only with the
 * forms that share a word with it, not with every person (a list of a thousand participants took 34 s).
 */
export class MentionMerger {
  readonly persons: Person[] = [];
  private readonly forms: Form[] = [];
  /** Per person: the reading ids of its forms. */
  private readonly formKeys: Array<Set<number>> = [];
  private readonly firsts: number[][] = [];
  private readonly readings = new Map<Mention, Reading>();
  private readonly ids = new Map<string, number>();
  /** Similarity key -> by number of name words of the form (capped) -> form ids, ascending. */
  private readonly index = new Map<string, Array<number[] | undefined>>();

  constructor(private readonly w: Words) {}

  private read(m: Mention): Reading {
    let r = this.readings.get(m);
    if (r === undefined) {
      const words = nameWordsOf(this.w, m);
      const text = mentionKey(this.w, words, m);
      let key = this.ids.get(text);
      if (key === undefined) {
        key = this.ids.size;
        this.ids.set(text, key);
      }
      r = { m, words, key };
      this.readings.set(m, r);
    }
    return r;
  }

  /** Whether `m` can name the same person as someone already merged. */
  matchesAny(m: Mention): boolean {
    return this.matching(m).length > 0;
  }

  /**
   * The persons (ordinals, ascending) with a form compatible with `m`. A compatible form shares every word of
   * the shorter of the two names ({@link compatible}): a form at least as long as `m` holds a match of each
   * word of `m`, so the forms under the rarest word of `m` are enough; a shorter form is looked up under every
   * word of `m`, in the slots of shorter forms only (few: mentions are merged fullest first).
   */
  private matching(m: Mention): number[] {
    const r = this.read(m);
    const k = r.words.length;
    if (k === 0 || this.forms.length === 0) return [];
    const slot = Math.min(k, MAX_FORM_WORDS);
    const buckets = r.words.map((word) => {
      const lists: Array<Array<number[] | undefined>> = [];
      for (const key of similarityKeys(this.w, word)) {
        const slots = this.index.get(key);
        if (slots) lists.push(slots);
      }
      let size = 0;
      for (const slots of lists) for (let j = slot; j <= MAX_FORM_WORDS; j++) size += slots[j]?.length ?? 0;
      return { lists, size };
    });
    const rarest = buckets.reduce((a, b) => (b.size < a.size ? b : a));
    const found = new Set<number>();
    for (const slots of rarest.lists)
      for (let j = slot; j <= MAX_FORM_WORDS; j++) for (const f of slots[j] ?? []) found.add(f);
    for (const { lists } of buckets)
      for (const slots of lists) for (let j = 1; j < slot; j++) for (const f of slots[j] ?? []) found.add(f);
    const ids = [...found].sort((a, b) => a - b).slice(0, MAX_CANDIDATE_FORMS);
    const persons = new Set<number>();
    for (const f of ids) {
      const form = this.forms[f] as Form;
      if (!persons.has(form.person) && compatible(this.w, form.reading, r)) persons.add(form.person);
    }
    return [...persons].sort((a, b) => a - b);
  }

  /** Keeps `r` as a form of person `o`, filed under the similarity keys of its words. */
  private addForm(o: number, r: Reading): void {
    const f = this.forms.length;
    this.forms.push({ person: o, reading: r });
    const j = Math.min(r.words.length, MAX_FORM_WORDS);
    for (const word of r.words)
      for (const key of similarityKeys(this.w, word)) {
        let slots = this.index.get(key);
        if (slots === undefined) {
          slots = [];
          this.index.set(key, slots);
        }
        const list = slots[j];
        if (list === undefined) slots[j] = [f];
        else if (list[list.length - 1] !== f) list.push(f);
      }
  }

  /** Distance from `m` back to the nearest mention of person `o` before it (after it counts as very far). */
  private distance(o: number, m: Mention): number {
    const list = this.firsts[o] as number[];
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
    const candidates = this.matching(m);
    let o: number;
    if (candidates.length === 0) {
      if (this.persons.length >= MAX_PERSONS) return;
      o = this.persons.length;
      const person: Person = { mentions: [] };
      this.persons.push(person);
      this.formKeys.push(new Set());
      this.firsts.push([]);
    } else {
      // The nearest person named before this mention.
      candidates.sort((p, q) => this.distance(p, m) - this.distance(q, m));
      o = candidates[0] as number;
    }
    const person = this.persons[o] as Person;
    if (person.mentions.length >= MAX_MENTIONS_PER_PERSON) return;
    person.mentions.push(m);
    const r = this.read(m);
    const keys = this.formKeys[o] as Set<number>;
    if (!keys.has(r.key) && keys.size < MAX_FORMS_PER_PERSON) {
      keys.add(r.key);
      this.addForm(o, r);
    }
    const list = this.firsts[o] as number[];
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
