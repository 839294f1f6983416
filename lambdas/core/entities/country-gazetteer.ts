import type { Token } from '../text/tokenize';
import { tokenize } from '../text/tokenize';

/** How the rest of a word may continue after the stem. */
type SuffixClass = 'none' | 'plural' | 'cyrillic' | 'latin';

interface WordPattern {
  readonly stem: string;
  readonly suffix: SuffixClass;
  /** Must start with a capital letter where it occurs. */
  readonly cap: boolean;
  /** An abbreviation: the surface must be exactly this. */
  readonly exact: string | null;
}

interface Phrase {
  /** null: a phrase that names no country and shadows the shorter country form inside it. */
  readonly code: string | null;
  readonly words: readonly WordPattern[];
}

/** A country found in text: its code and the token span that named it. */
export interface CountryMatch {
  readonly code: string | null;
  readonly first: number;
  readonly last: number;
  /** Found only through an inflection ending of a Latin-script stem ("Ghani" by the stem of "Gana"). */
  readonly loose?: boolean;
}

// Case endings of Russian and Kazakh nouns and adjectives (folded: й is и), so that a stem such as
// "польш" finds "Польше" and "қазақстан" finds "Қазақстанның".
const CYRILLIC_ENDING =
  /^(?:[аяоеуюыиьмхгв]{0,3}|[аяоеуиыі]{0,2}(?:н[ыі]ң|[дт][ыі]ң|[гқк][аеә]|[дт][аеә]|[дтн][аеә]н|[мбп]ен|[дтн][ыі]|[дтл][ыі][қк]|ш[ае]))$/;
// Endings of Slovenian, Croatian and German nouns and adjectives.
const LATIN_ENDING = /^[aeioujmhgnrs]{0,4}$/;
const CYRILLIC_VOWELS = /[аяоеуюыиьэі]+$/;
const LATIN_VOWELS = /[aeiouy]+$/;
export const HAS_CYRILLIC = /[\u0400-\u04ff]/;

// Country names in these languages inflect: match them by stem.
export const INFLECTING_LATIN = new Set(['sl', 'hr', 'sr-latn', 'hrv', 'srp', 'pol', 'ces', 'slk']);

// Names in other languages that are ordinary capitalised English words.
const AMBIGUOUS = new Set(['island', 'man', 'iceland island', 'per']);

function suffixAllows(cls: SuffixClass, rest: string): boolean {
  switch (cls) {
    case 'none':
      return rest === '';
    case 'plural':
      return rest === '' || rest === 's';
    case 'cyrillic':
      return CYRILLIC_ENDING.test(rest);
    case 'latin':
      return LATIN_ENDING.test(rest);
  }
}

function isUpper(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

function startsUpper(text: string): boolean {
  const first = text.charAt(0);
  return first !== first.toLowerCase();
}

export class CountryGazetteer {
  readonly index = new Map<string, Phrase[]>();
  private readonly priority = new Map<string, { codes: Set<string | null>; rank: number }>();
  readonly names = new Map<string, string>();

  add(
    code: string | null,
    phrase: string,
    rank: number,
    inflect: 'cyrillic' | 'latin' | 'plural' | 'none',
  ): void {
    const cleaned = phrase
      .replace(/\(.*?\)/g, ' ')
      .replace(/^(the|la|le|les|l')\s+/i, '')
      .trim();
    if (cleaned.length < 2 || cleaned.includes(',')) return;
    const tokens = tokenize(cleaned);
    if (tokens.length === 0 || tokens.length > 8) return;
    const isAbbreviation =
      tokens.every((t) => isUpper(t.text)) && cleaned.replace(/[^\p{L}]/gu, '').length <= 5;
    const words: WordPattern[] = tokens.map((t, i) => {
      if (isAbbreviation) return { stem: t.folded, suffix: 'none', cap: true, exact: t.text };
      if (t.text.endsWith('*') || cleaned.charAt(t.end) === '*') {
        return {
          stem: t.folded,
          suffix: HAS_CYRILLIC.test(t.text) ? 'cyrillic' : 'latin',
          cap: false,
          exact: null,
        };
      }
      // Only the first word's capital is telling: "Émirats arabes unis" is written so, the data says "Arabes Unis".
      const cap = i === 0;
      if (inflect === 'cyrillic' && HAS_CYRILLIC.test(t.text)) {
        const stem = t.folded.replace(CYRILLIC_VOWELS, '');
        if (stem.length >= 3) return { stem, suffix: 'cyrillic', cap, exact: null };
      }
      if (inflect === 'latin') {
        const stem = t.folded.replace(LATIN_VOWELS, '');
        if (stem.length >= 4) return { stem, suffix: 'latin', cap, exact: null };
      }
      const last = i === tokens.length - 1;
      return { stem: t.folded, suffix: last && inflect === 'plural' ? 'plural' : 'none', cap, exact: null };
    });
    const key = words.map((w) => `${w.exact ?? w.stem}:${w.suffix}`).join(' ');
    if (AMBIGUOUS.has(tokens.map((t) => t.folded).join(' '))) return;
    const seen = this.priority.get(key);
    if (seen) {
      if (seen.rank > rank) return;
      if (seen.rank === rank) {
        seen.codes.add(code);
        return;
      }
    }
    this.priority.set(key, { codes: new Set([code]), rank });
    const first = words[0] as WordPattern;
    const list = this.index.get(first.stem) ?? [];
    const phraseEntry: Phrase = { code, words };
    // Replace an entry of lower rank with the same key.
    const kept = list.filter((p) => p.words.map((w) => `${w.exact ?? w.stem}:${w.suffix}`).join(' ') !== key);
    kept.push(phraseEntry);
    this.index.set(first.stem, kept);
  }

  /** Drops phrases that more than one country claims at the same rank ("Congo", "Korean" in the data). */
  finish(independent: ReadonlySet<string>): void {
    for (const [stem, list] of this.index) {
      const kept: Phrase[] = [];
      for (const p of list) {
        const key = p.words.map((w) => `${w.exact ?? w.stem}:${w.suffix}`).join(' ');
        const codes = this.priority.get(key)?.codes;
        if (!codes || codes.size === 1) {
          kept.push(p);
          continue;
        }
        const sovereign = [...codes].filter((c) => c !== null && independent.has(c));
        const only = sovereign[0];
        if (sovereign.length === 1 && only !== undefined) kept.push({ code: only, words: p.words });
      }
      // Longest phrases first, so the first complete match is the longest one.
      kept.sort((a, b) => b.words.length - a.words.length);
      this.index.set(stem, kept);
    }
  }

  private wordMatches(w: WordPattern, tokens: readonly Token[], i: number, relaxed: boolean): boolean {
    const t = tokens[i];
    if (!t) return false;
    if (w.exact !== null) return relaxed ? t.folded === w.stem : t.text === w.exact;
    if (!t.folded.startsWith(w.stem) || !suffixAllows(w.suffix, t.folded.slice(w.stem.length))) return false;
    if (relaxed || !w.cap) return true;
    if (!startsUpper(t.text)) return false;
    // A name in capitals ("GUAM") counts only inside a line written in capitals.
    if (t.text.length > 1 && isUpper(t.text)) {
      const near = tokens[i - 1] ?? tokens[i + 1];
      return near !== undefined && isUpper(near.text) && near.text.length > 1;
    }
    return true;
  }

  private readonly candidateCache = new Map<string, Phrase[][]>();

  /** Phrase lists whose first word's stem is a prefix of the word (memoised: words repeat). */
  private candidates(f: string): Phrase[][] {
    const hit = this.candidateCache.get(f);
    if (hit) return hit;
    const lists: Phrase[][] = [];
    for (let k = 0; k <= 6 && (k === 0 || f.length - k >= 2); k++) {
      const list = this.index.get(k === 0 ? f : f.slice(0, f.length - k));
      if (list) lists.push(list);
    }
    if (this.candidateCache.size > 100_000) this.candidateCache.clear();
    this.candidateCache.set(f, lists);
    return lists;
  }

  /** The longest phrase that starts at token `i`, or null. */
  matchAt(tokens: readonly Token[], i: number, relaxed = false): CountryMatch | null {
    const t = tokens[i];
    if (!t) return null;
    let best: CountryMatch | null = null;
    for (const list of this.candidates(t.folded)) {
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
        const loose = n === 1 && w0.suffix === 'latin' && t.folded.length > w0.stem.length;
        best = loose
          ? { code: p.code, first: i, last: i, loose }
          : { code: p.code, first: i, last: i + n - 1 };
      }
    }
    return best;
  }
}

/** The finished gazetteer as plain data: what `npm run generate:countries` writes and the parser loads. */
export interface CountryGazetteerData {
  /** Code -> English short name. */
  readonly names: Readonly<Record<string, string>>;
  /**
   * First-word stem -> phrases, each `CODE<TAB>word;word` (`-` for a phrase that names no country). A word is
   * `stem,<suffix class><cap 0|1>[,exact]`; the first word's stem is left out, as it is the key.
   */
  readonly phrases: Readonly<Record<string, readonly string[]>>;
}

const SUFFIX_CODES: Record<SuffixClass, string> = { none: 'n', plural: 'p', cyrillic: 'c', latin: 'l' };
const SUFFIX_CLASSES: Record<string, SuffixClass> = { n: 'none', p: 'plural', c: 'cyrillic', l: 'latin' };

function encodeWord(w: WordPattern): string {
  return `${w.stem},${SUFFIX_CODES[w.suffix]}${w.cap ? 1 : 0}${w.exact === null ? '' : `,${w.exact}`}`;
}

function decodeWord(text: string): WordPattern {
  const [stem = '', flags = 'n0', exact] = text.split(',');
  return {
    stem,
    suffix: SUFFIX_CLASSES[flags.charAt(0)] ?? 'none',
    cap: flags.charAt(1) === '1',
    exact: exact ?? null,
  };
}

/** Serialises a finished gazetteer (see {@link CountryGazetteerData}). */
export function gazetteerToData(g: CountryGazetteer): CountryGazetteerData {
  const phrases: Record<string, string[]> = {};
  for (const [stem, list] of g.index) {
    if (list.length > 0)
      phrases[stem] = list.map(
        (p) =>
          `${p.code ?? '-'}\t${p.words.map((w, i) => encodeWord(i === 0 ? { ...w, stem: '' } : w)).join(';')}`,
      );
  }
  return { names: Object.fromEntries(g.names), phrases };
}

/** Rebuilds a gazetteer from {@link CountryGazetteerData}: no tokenising or ranking at load time. */
export function gazetteerFromData(data: CountryGazetteerData): CountryGazetteer {
  const g = new CountryGazetteer();
  for (const [code, name] of Object.entries(data.names)) g.names.set(code, name);
  for (const [stem, list] of Object.entries(data.phrases)) {
    g.index.set(
      stem,
      list.map((entry) => {
        const [code = '-', words = ''] = entry.split('\t');
        return {
          code: code === '-' ? null : code,
          words: words.split(';').map((w, i) => (i === 0 ? { ...decodeWord(w), stem } : decodeWord(w))),
        };
      }),
    );
  }
  return g;
}
