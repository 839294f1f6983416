import type { Token } from '../text/tokenize';
import type { NameInflection, Phrase, SuffixClass, WordPattern } from './country-phrase';
import { CYRILLIC_SURNAME, suffixAllows } from './country-suffixes';
import { startsUpper } from './letter-case';
import { readCountryPhrase } from './read-country-phrase';
import type { WordFacts } from './word-facts';
import { wordMatches } from './word-matches';

/** A country found in text: its code and the token span that named it. */
export interface CountryMatch {
  readonly code: string | null;
  readonly first: number;
  readonly last: number;
  /** Found only through an inflection ending of a short or Latin-script stem ("Ghani" by the stem of "Gana"). */
  readonly loose?: boolean;
}

function keyOf(words: readonly WordPattern[]): string {
  return words.map((w) => `${w.exact ?? w.stem}:${w.suffix}`).join(' ');
}

export class CountryGazetteer {
  readonly index = new Map<string, Phrase[]>();
  private readonly priority = new Map<string, { codes: Set<string | null>; rank: number; phrase: Phrase }>();
  readonly names = new Map<string, string>();

  /**
   * Indexes one phrase. `inflect` says how a name's words inflect; a word written with `*` is a stem taking the
   * endings of class `stems` (by default those of its script); `mid`: the phrase counts only inside a sentence.
   */
  add(
    code: string | null,
    phrase: string,
    rank: number,
    inflect: NameInflection,
    stems?: SuffixClass,
    mid = false,
  ): void {
    const words = readCountryPhrase(phrase, inflect, stems, mid);
    if (words === null) return;
    const key = keyOf(words);
    const seen = this.priority.get(key);
    if (seen) {
      if (seen.rank > rank) return;
      if (seen.rank === rank) {
        seen.codes.add(code);
        // The stricter reading wins: a form that is a surname stem or a sentence-opening word in one language is
        // so wherever it is matched.
        seen.phrase.words.forEach((w, j) => {
          const other = words[j] as WordPattern;
          w.guard ||= other.guard;
          w.mid ||= other.mid;
        });
        return;
      }
    }
    const first = words[0] as WordPattern;
    const phraseEntry: Phrase = { code, words };
    this.priority.set(key, { codes: new Set([code]), rank, phrase: phraseEntry });
    const list = this.index.get(first.stem) ?? [];
    // Replace an entry of lower rank with the same key.
    const kept = list.filter((p) => keyOf(p.words) !== key);
    kept.push(phraseEntry);
    this.index.set(first.stem, kept);
  }

  /**
   * Drops phrases that more than one country claims at the same rank ("Congo", "Korean" in the data), and marks
   * the one-word phrases that find a word of `mid` (folded) as counting only inside a sentence, in whichever language's form.
   */
  finish(independent: ReadonlySet<string>, mid: ReadonlySet<string> = new Set()): void {
    for (const [stem, list] of this.index) {
      const kept: Phrase[] = [];
      for (const p of list) {
        const w0 = p.words[0] as WordPattern;
        // Every one-word phrase that finds the word: "Того" is found by the Belarusian "Тога" too.
        if (p.words.length === 1 && w0.exact === null)
          for (const m of mid)
            if (m.startsWith(w0.stem) && suffixAllows(w0, m.slice(w0.stem.length))) w0.mid = true;
        const key = keyOf(p.words);
        const codes = this.priority.get(key)?.codes;
        if (!codes || codes.size === 1) {
          kept.push(p);
          continue;
        }
        const sovereign = [...codes].filter((c) => c !== null && independent.has(c));
        const only = sovereign[0];
        if (sovereign.length === 1 && only !== undefined) kept.push({ code: only, words: p.words });
      }
      // Longest phrases first, so the first complete match is the longest one; of equal length, the phrases that
      // name no country first, so they shadow a country form of the same words in another class.
      kept.sort(
        (a, b) => b.words.length - a.words.length || Number(a.code !== null) - Number(b.code !== null),
      );
      this.index.set(stem, kept);
    }
  }

  /** Loaded data not yet decoded: a stem's phrases, decoded on its first lookup (see country-gazetteer-data.ts). */
  packed: ((stem: string) => Phrase[] | undefined) | null = null;

  private phrasesOf(stem: string): Phrase[] | undefined {
    const hit = this.index.get(stem);
    if (hit || !this.packed) return hit;
    const list = this.packed(stem);
    if (list) this.index.set(stem, list);
    return list;
  }

  private readonly candidateCache = new Map<string, Phrase[][]>();

  /**
   * Phrase lists whose first word's stem is a prefix of the word and allows the rest of it (memoised: words
   * repeat), in order. That part of {@link wordMatches} depends on the word alone; a phrase it refuses never
   * matches, so it is left out here (a list keeps its order: longest phrases first).
   */
  private candidates(f: string): Phrase[][] {
    const hit = this.candidateCache.get(f);
    if (hit) return hit;
    const lists: Phrase[][] = [];
    for (let k = 0; k <= 10 && (k === 0 || f.length - k >= 2); k++) {
      const list = this.phrasesOf(k === 0 ? f : f.slice(0, f.length - k));
      const viable = list?.filter((p) => {
        const w0 = p.words[0] as WordPattern;
        return w0.exact !== null || (f.startsWith(w0.stem) && suffixAllows(w0, f.slice(w0.stem.length)));
      });
      if (viable && viable.length > 0) lists.push(viable);
    }
    if (this.candidateCache.size > 100_000) this.candidateCache.clear();
    this.candidateCache.set(f, lists);
    return lists;
  }

  /** Whether the candidates are kept in the words' facts (word-facts.ts): the loaded gazetteer's are. */
  keepsFacts = false;

  /**
   * The longest phrase that starts at token `i`, or null; `facts`: those of the token's word, where its
   * candidates are kept.
   */
  matchAt(tokens: readonly Token[], i: number, relaxed = false, facts?: WordFacts): CountryMatch | null {
    const t = tokens[i];
    if (!t) return null;
    let best: CountryMatch | null = null;
    let candidates: readonly (readonly Phrase[])[];
    if (facts !== undefined && this.keepsFacts) {
      facts.countryCandidates ??= this.candidates(t.folded);
      candidates = facts.countryCandidates;
    } else candidates = this.candidates(t.folded);
    for (const list of candidates) {
      for (const p of list) {
        const n = p.words.length;
        if (best && best.last - best.first + 1 >= n) break;
        let ok = true;
        for (let j = 0; j < n && ok; j++) {
          const tok = tokens[i + j];
          if (j > 0 && (!tok || !/^[\s.\-\u2010-\u2015'‘’]*$/.test(tok.gap))) ok = false;
          else ok = wordMatches(p.words[j] as WordPattern, tokens, i + j, relaxed);
        }
        if (!ok) continue;
        const w0 = p.words[0] as WordPattern;
        // "Поляков", "Чехов", "Немцов": a capitalised people's name with a surname's ending is a surname.
        const rest = t.folded.slice(w0.stem.length);
        if (
          n === 1 &&
          !w0.guard &&
          w0.suffix === 'cyrillic' &&
          startsUpper(t.text) &&
          CYRILLIC_SURNAME.test(rest)
        )
          continue;
        const inflected = rest !== '';
        const loose =
          n === 1 &&
          inflected &&
          w0.guard &&
          (w0.suffix === 'latin' || w0.suffix === 'polish' || w0.stem.length < 5);
        best = loose
          ? { code: p.code, first: i, last: i, loose }
          : { code: p.code, first: i, last: i + n - 1 };
      }
    }
    return best;
  }
}
