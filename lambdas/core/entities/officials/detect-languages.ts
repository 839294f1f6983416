import type { Token } from '../../text/tokenize';
import { LANGUAGES } from './languages';
import type { Language } from './languages/language';
import { lexicon } from './lexicon';

/** The languages of a release, most used first: those whose stop words it uses. */
export interface ReleaseLanguages {
  /** Languages with stop-word evidence, most hits first (ties in {@link LANGUAGES} order). */
  readonly ranked: readonly Language[];
  /** The codes of {@link ranked}, joined: equal signatures read words alike. */
  readonly signature: string;
  /** The rank of a language in {@link ranked}, or `ranked.length` when it was not detected. */
  rankOf(lang: Language): number;
}

// Below this many stop-word hits a language counts only when it is the release's first.
const MIN_HITS = 3;

/**
 * Detects the languages of a release from the stop words of each table, counted once per token. A release may
 * mix languages (an English text quoting a Russian title): each language with enough hits is kept, in order.
 */
export function detectLanguages(tokens: readonly Token[]): ReleaseLanguages {
  const lex = lexicon();
  const hits = new Map<Language, number>();
  for (const t of tokens) {
    for (const lang of lex.languagesOf('stopWords', t.folded)) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  const order = [...hits]
    .sort((a, b) => b[1] - a[1] || LANGUAGES.indexOf(a[0]) - LANGUAGES.indexOf(b[0]))
    .filter(([, n], i) => i === 0 || n >= MIN_HITS)
    .map(([lang]) => lang);
  return {
    ranked: order,
    signature: order.map((l) => l.code).join(' '),
    rankOf: (lang) => {
      const at = order.indexOf(lang);
      return at < 0 ? order.length : at;
    },
  };
}
