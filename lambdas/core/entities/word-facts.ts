import type { Token } from '../text/tokenize';
import type { Phrase } from './country-phrase';

/**
 * What the stages work out about one folded word, kept for every token of that word in every release: the
 * shared lexicon's masks and flags (officials/lexicon.ts) and the loaded gazetteer's candidate phrases
 * (country-gazetteer.ts). One map for all of them, asked once per token: a map per stage, each asked per token,
 * was a tenth of the parse (large maps are slow to reach).
 */
export interface WordFacts {
  readonly folded: string;
  /** The shared lexicon's masks of the word, once asked. */
  masks?: readonly number[];
  /** The active languages' mask that {@link flags} were worked out for. */
  flagsMask?: number;
  flags?: number;
  /** The loaded gazetteer's phrase lists whose first stem is a prefix of the word, once asked. */
  countryCandidates?: readonly (readonly Phrase[])[];
}

const FACTS = new Map<string, WordFacts>();
// Bounded, so memory stays flat; a release's own array of facts outlives a clearing.
const MAX_FACTS = 100_000;

/** The facts of a folded word. */
export function factsOf(folded: string): WordFacts {
  let facts = FACTS.get(folded);
  if (facts === undefined) {
    facts = { folded };
    if (FACTS.size >= MAX_FACTS) FACTS.clear();
    FACTS.set(folded, facts);
  }
  return facts;
}

const OF_TOKENS = new WeakMap<readonly Token[], readonly WordFacts[]>();

/** The facts of each token of a release, looked up once for the stages that read them all. */
export function tokenFacts(tokens: readonly Token[]): readonly WordFacts[] {
  let facts = OF_TOKENS.get(tokens);
  if (facts === undefined) {
    facts = tokens.map((t) => factsOf(t.folded));
    OF_TOKENS.set(tokens, facts);
  }
  return facts;
}
