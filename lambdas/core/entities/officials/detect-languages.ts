import type { Token } from '../../text/tokenize';
import { tokenFacts } from '../word-facts';
import type { Language } from './languages/language';
import { lexicon } from './lexicon';
import { packedLanguages } from './load-languages';

/** The languages of a release, most used first: those whose stop words it uses. */
export interface ReleaseLanguages {
  /** Languages with stop-word evidence, most hits first (ties in the order of `LANGUAGES`, languages/index.ts). */
  readonly ranked: readonly Language[];
  /**
   * The languages whose tables read the release: those detected, English (the language of diplomacy, quoted
   * in releases of every language), and every language when none was detected.
   */
  readonly active: ReadonlySet<Language>;
  /** {@link active} as a bit mask, bit i for the i-th language of `LANGUAGES`: equal masks read words alike. */
  readonly activeMask: number;
  /** The codes of {@link ranked}, joined: equal signatures read words alike. */
  readonly signature: string;
  /** The rank of a language in {@link ranked}, or `ranked.length` when it was not detected. */
  rankOf(lang: Language): number;
}

// Below this score the stop words say too little (a one-line release, a headline): every table reads it.
const MIN_EVIDENCE = 3;
// A language counts when its stop words score at least this share of the first language's score.
const MIN_SHARE = 1 / 3;
// A word whose letters only some languages use weighs this much against a stop word: "Миколі" is Ukrainian or
// Kazakh, but a Polish name in an English text ("Łukasz") should not make it Polish.
const LETTER_WEIGHT = 1 / 2;
// Letters that more languages than this list all of say too little: a Russian word with и and ы is also
// Kazakh or Kyrgyz, and counting it would lift those languages beside Russian in every Russian release.
const MAX_LETTER_LANGUAGES = 2;

/** Per letter of the tables' `letters` (either case), the mask of the languages that list it; built once. */
let letterMasks: Map<string, number> | null = null;

function lettersOf(all: readonly Language[]): Map<string, number> {
  if (letterMasks !== null) return letterMasks;
  const masks = new Map<string, number>();
  all.forEach((lang, i) => {
    for (const letter of lang.letters ?? '')
      for (const c of new Set([letter, letter.toUpperCase()])) masks.set(c, (masks.get(c) ?? 0) | (1 << i));
  });
  letterMasks = masks;
  return masks;
}

/**
 * The languages that list every distinctive letter of `word` (see `Language.letters`), as a mask: 0 when the
 * word holds none (or no language lists them all).
 */
function letterEvidence(word: string, masks: ReadonlyMap<string, number>): number {
  let mask = -1;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    // ASCII letters are shared by every Latin table.
    if (c < 0x80) continue;
    const m = masks.get(word.charAt(k));
    if (m !== undefined) mask &= m;
  }
  return mask === -1 ? 0 : mask;
}

function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}

/** Adds `weight`, shared among the languages of `mask`, to their scores. */
function share(scores: Float64Array, mask: number, weight: number): void {
  const n = bitCount(mask);
  for (let i = 0; i < scores.length; i++)
    if ((mask & (1 << i)) !== 0) scores[i] = (scores[i] as number) + weight / n;
}

/**
 * Detects the languages of a release from the stop words and the letters of each table. A stop word listed by n
 * languages scores 1/n for each ("je" is Slovenian and Croatian, "in" English and Slovenian), so shared words do
 * not outweigh distinctive ones; a word with letters that n languages list all of scores half as much. A release may mix languages (an English text quoting a Russian title): each
 * language that scores at least a third of the first is kept, in order.
 */
export function detectLanguages(tokens: readonly Token[]): ReleaseLanguages {
  const lex = lexicon();
  const all = packedLanguages();
  // Scores by the languages' order, which is the lexicon's order of bits.
  const scores = new Float64Array(all.length);
  const masks = lettersOf(all);
  const facts = tokenFacts(tokens);
  facts.forEach((f, i) => {
    const mask = lex.maskOfWord('stopWords', f);
    if (mask !== 0) share(scores, mask, 1);
    const letters = letterEvidence((tokens[i] as Token).text, masks);
    if (letters !== 0 && bitCount(letters) <= MAX_LETTER_LANGUAGES) share(scores, letters, LETTER_WEIGHT);
  });
  const sorted: Array<[Language, number, number]> = [];
  scores.forEach((score, i) => {
    if (score > 0) sorted.push([all[i] as Language, score, i]);
  });
  sorted.sort((a, b) => b[1] - a[1] || a[2] - b[2]);
  const top = sorted[0]?.[1] ?? 0;
  const order = sorted.filter(([, n]) => n >= top * MIN_SHARE).map(([lang]) => lang);
  const active = new Set([
    ...order,
    ...all.filter((l) => l.code === 'en'),
    // Too few stop words (a one-line release): the languages whose office words it uses read it too.
    ...(top < MIN_EVIDENCE ? officeLanguages(tokens) : []),
  ]);
  let activeMask = 0;
  all.forEach((lang, i) => {
    if (active.has(lang)) activeMask |= 1 << i;
  });
  return {
    ranked: order,
    active,
    activeMask,
    signature: order.map((l) => l.code).join(' '),
    rankOf: (lang) => {
      const at = order.indexOf(lang);
      return at < 0 ? order.length : at;
    },
  };
}

/** The languages that list a capitalised word of the text as an office: "Sekreteri" is Turkish. */
function officeLanguages(tokens: readonly Token[]): Language[] {
  const lex = lexicon();
  const out = new Set<Language>();
  for (const t of tokens) {
    const c0 = t.text.charAt(0);
    if (c0 === c0.toLowerCase()) continue;
    for (const lang of lex.languagesOf('offices', t.folded)) out.add(lang);
  }
  return [...out];
}
