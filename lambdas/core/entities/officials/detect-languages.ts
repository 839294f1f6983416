import type { Token } from '../../text/tokenize';
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
  /** The codes of {@link ranked}, joined: equal signatures read words alike. */
  readonly signature: string;
  /** The rank of a language in {@link ranked}, or `ranked.length` when it was not detected. */
  rankOf(lang: Language): number;
}

// Below this score the stop words say too little (a one-line release, a headline): every table reads it.
const MIN_EVIDENCE = 3;
// A language counts when its stop words score at least this share of the first language's score.
const MIN_SHARE = 1 / 3;

/**
 * Detects the languages of a release from the stop words of each table. A stop word listed by n languages
 * scores 1/n for each ("je" is Slovenian and Croatian, "in" English and Slovenian), so shared words do not
 * outweigh distinctive ones. A release may mix languages (an English text quoting a Russian title): each
 * language that scores at least a third of the first is kept, in order.
 */
export function detectLanguages(tokens: readonly Token[]): ReleaseLanguages {
  const lex = lexicon();
  const hits = new Map<Language, number>();
  for (const t of tokens) {
    const langs = lex.languagesOf('stopWords', t.folded);
    for (const lang of langs) hits.set(lang, (hits.get(lang) ?? 0) + 1 / langs.length);
  }
  const all = packedLanguages();
  const sorted = [...hits].sort((a, b) => b[1] - a[1] || all.indexOf(a[0]) - all.indexOf(b[0]));
  const top = sorted[0]?.[1] ?? 0;
  const order = sorted.filter(([, n]) => n >= top * MIN_SHARE).map(([lang]) => lang);
  return {
    ranked: order,
    active: new Set([
      ...order,
      ...all.filter((l) => l.code === 'en'),
      // Too few stop words (a one-line release): the languages whose office words it uses read it too.
      ...(top < MIN_EVIDENCE ? officeLanguages(tokens) : []),
    ]),
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
