import type { Token } from '../text/tokenize';
import { tokenize } from '../text/tokenize';
import { CYRILLIC_SURNAME, suffixAllows, TURKIC_ADJECTIVE } from './country-suffixes';
import type { WordFacts } from './word-facts';

/**
 * How the rest of a word may continue after the stem: `none`; `plural` (English and Romance: "s");
 * `cyrillic` (Slavic case endings and the glued Turkic suffixes of Kazakh, Kyrgyz and Uzbek); `turkicCyrillic`
 * (the Turkic suffixes only: indeclinable names such as Перу, Мали take them in Kazakh, nothing in Russian);
 * `latin` (South Slavic, Czech, Slovak, German endings); `polish`; `turkic` (Azerbaijani and Uzbek suffixes,
 * glued to the name); `turkish` (Turkish puts case after an apostrophe, which the tokenizer splits off, so only
 * the derivation "-li" and what follows it is glued: "Kazakistanlı", "Çinliler").
 */
export type SuffixClass =
  | 'none'
  | 'plural'
  | 'cyrillic'
  | 'turkicCyrillic'
  | 'latin'
  | 'polish'
  | 'turkic'
  | 'turkish';

export interface WordPattern {
  readonly stem: string;
  readonly suffix: SuffixClass;
  /** Must start with a capital letter where it occurs. */
  readonly cap: boolean;
  /** An abbreviation: the surface must be exactly this. */
  readonly exact: string | null;
  /**
   * A country name's stem (not a demonym's): a rest that is a surname suffix is refused ("Перов", "Кубаева",
   * "Omanović"), and a short stem right after a capitalised given name is a surname ("Нурлан Ганиев").
   */
  guard: boolean;
  /** An ordinary word of the language when it opens a sentence (Russian "Того же", Polish "Mali"). */
  mid: boolean;
}

export interface Phrase {
  /** null: a phrase that names no country and shadows the shorter country form inside it. */
  readonly code: string | null;
  readonly words: readonly WordPattern[];
}

/** A country found in text: its code and the token span that named it. */
export interface CountryMatch {
  readonly code: string | null;
  readonly first: number;
  readonly last: number;
  /** Found only through an inflection ending of a short or Latin-script stem ("Ghani" by the stem of "Gana"). */
  readonly loose?: boolean;
}

const CYRILLIC_VOWELS = /[аяоеуюыиьэі]+$/;
const LATIN_VOWELS = /[aeiouy]+$/;
export const HAS_CYRILLIC = /[\u0400-\u04ff]/;

// Names in other languages that are ordinary capitalised English words.
const AMBIGUOUS = new Set(['island', 'man', 'iceland island', 'per']);

/** Token `i` opens its line and a comma follows it: "SWEDEN, October 15". */
function opensDateline(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  return (i === 0 || t.gap.includes('\n')) && (tokens[i + 1]?.gap.startsWith(',') ?? false);
}

/** The token opens a sentence, a paragraph or the text. */
function opensSentence(tokens: readonly Token[], i: number): boolean {
  return i === 0 || /[.!?:\n]/.test((tokens[i] as Token).gap);
}

function isUpper(text: string): boolean {
  // A second letter in lower case (Latin or basic Cyrillic) settles it without two new strings.
  const c = text.charCodeAt(1);
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x44f)) return false;
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

function startsUpper(text: string): boolean {
  const first = text.charAt(0);
  return first !== first.toLowerCase();
}

/** How the words of a country's name inflect in its language (see {@link SuffixClass}). */
export type NameInflection =
  | 'none'
  | 'plural'
  | 'cyrillic'
  | 'turkicCyrillic'
  | 'latin'
  | 'polish'
  | 'turkic'
  | 'turkish';

// Indeclinable in the Slavic languages: a name ending in a vowel other than -а/-я (Перу, Мали, Того, Чили),
// or in a vowel and -а (Самоа).
const INDECLINABLE = /(?:[оеёуюиіэ]|[оуеаи]а)$/;

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
    const cleaned = phrase
      .replace(/\(.*?\)/g, ' ')
      .replace(/^(the|la|le|les|l')\s+/i, '')
      .trim();
    if (cleaned.length < 2 || cleaned.includes(',')) return;
    const tokens = tokenize(cleaned);
    if (tokens.length === 0 || tokens.length > 8) return;
    if (AMBIGUOUS.has(tokens.map((t) => t.folded).join(' '))) return;
    const isAbbreviation =
      tokens.every((t) => isUpper(t.text)) && cleaned.replace(/[^\p{L}]/gu, '').length <= 5;
    const words: WordPattern[] = tokens.map((t, i) => {
      const last = i === tokens.length - 1;
      const word = (stem: string, suffix: SuffixClass, cap: boolean, guard: boolean): WordPattern => ({
        stem,
        suffix,
        cap,
        exact: null,
        guard,
        mid: mid && i === 0,
      });
      if (isAbbreviation)
        return {
          stem: t.folded,
          suffix: 'none',
          cap: true,
          exact: t.text,
          guard: false,
          mid: mid && i === 0,
        };
      // A stem written with a capital must have one: peoples' names in German, Slovenian, Polish ("Hrvat*").
      if (t.text.endsWith('*') || cleaned.charAt(t.end) === '*')
        return word(
          t.folded,
          stems ?? (HAS_CYRILLIC.test(t.text) ? 'cyrillic' : 'latin'),
          startsUpper(t.text),
          false,
        );
      // Only the first word's capital is telling: "Émirats arabes unis" is written so, the data says "Arabes Unis".
      // A first word written in lower case is an adjective or a particle ("o'zbek", "norte-americano").
      const cap = i === 0 && startsUpper(t.text);
      // A surname is one word: the words of a longer name take any ending (Объединённых Арабских Эмиратов).
      const guard = tokens.length === 1;
      if (inflect === 'cyrillic' && HAS_CYRILLIC.test(t.text)) {
        const lower = t.text.toLowerCase();
        if (tokens.length === 1 && INDECLINABLE.test(lower))
          return word(t.folded, 'turkicCyrillic', cap, true);
        // One word declines by its last vowel (Гана, Гану) or its й after a vowel (Китай, Китая, Китаем; Кітая;
        // Парагвая): folded, й is и, which no case form keeps. In a longer name the adjectives decline too
        // (Российской Федерации), so every ending vowel goes.
        const stem =
          tokens.length === 1
            ? t.folded.slice(0, /[аяьыі]$|[аеоуэ]й$/.test(lower) ? -1 : undefined)
            : t.folded.replace(CYRILLIC_VOWELS, '');
        // A short indeclinable word inside a longer name (Того Республикасы) stays whole, as alone.
        if (stem.length < 4 && INDECLINABLE.test(lower)) return word(t.folded, 'turkicCyrillic', cap, true);
        if (stem.length >= 3) return word(stem, 'cyrillic', cap, guard);
      }
      if (inflect === 'latin' || inflect === 'polish') {
        const stem = t.folded.replace(LATIN_VOWELS, '');
        if (stem.length >= 4) return word(stem, inflect, cap, guard);
      }
      // Kazakh, Kyrgyz, Uzbek Cyrillic: suffixes glue to the whole name (Түркияның, Ресейдің).
      if (inflect === 'turkicCyrillic' && last && HAS_CYRILLIC.test(t.text))
        return word(t.folded, 'turkicCyrillic', cap, true);
      if ((inflect === 'turkic' || inflect === 'turkish') && last)
        // A short name takes only "-li" (Çinli): its glued case forms are too near ordinary words.
        return word(t.folded, inflect === 'turkic' && t.folded.length >= 4 ? 'turkic' : 'turkish', cap, true);
      return word(t.folded, last && inflect === 'plural' ? 'plural' : 'none', cap, false);
    });
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

  private wordMatches(w: WordPattern, tokens: readonly Token[], i: number, relaxed: boolean): boolean {
    const t = tokens[i];
    if (!t) return false;
    if (w.exact !== null) return relaxed ? t.folded === w.stem : t.text === w.exact;
    const rest = t.folded.slice(w.stem.length);
    if (!t.folded.startsWith(w.stem) || !suffixAllows(w, rest)) return false;
    // A stem bare is the word of its phrase: an ambiguous one stays out ("Island" of the Polish "Island*ia").
    if (rest === '' && AMBIGUOUS.has(t.folded)) return false;
    if (relaxed) return true;
    if (w.mid && opensSentence(tokens, i)) return false;
    if (!w.cap) return true;
    // The Turkic adjective of a name is written in lower case: "түркиялык", "gürcüstanlı", "yaponiyalik".
    if (TURKIC_ADJECTIVE.test(rest) && (w.suffix === 'turkicCyrillic' || w.suffix === 'turkic')) return true;
    if (!startsUpper(t.text)) return false;
    // A name in capitals ("GUAM") counts only inside a line written in capitals, or as a dateline opening
    // its line ("SWEDEN, October 15").
    if (t.text.length > 1 && isUpper(t.text)) {
      if (opensDateline(tokens, i)) return true;
      const near = tokens[i - 1] ?? tokens[i + 1];
      return near !== undefined && isUpper(near.text) && near.text.length > 1;
    }
    return true;
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
          else ok = this.wordMatches(p.words[j] as WordPattern, tokens, i + j, relaxed);
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
