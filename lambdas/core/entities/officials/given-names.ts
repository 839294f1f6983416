import { brotliDecompressSync } from 'node:zlib';
import { decodeBase91 } from '../../text/base91';
import { GIVEN_NAMES_BROTLI } from './data/given-names-data';
import { packedLanguages, packedWords } from './load-languages';
import { trieWordSet } from './word-trie';

let names: { has(folded: string): boolean } | null = null;
const MAX_KNOWN = 100_000;

/**
 * The folded given names: the generated lexicon (unpacked on first use: kept compressed, it costs the bundle a
 * quarter of its size; its trie is decoded group by group as lookups reach it) and the given names of every
 * language table.
 */
export function givenNames(): { has(folded: string): boolean } {
  if (names === null) {
    const generated = trieWordSet(brotliDecompressSync(decodeBase91(GIVEN_NAMES_BROTLI)).toString('utf8'));
    const tables = new Set(packedLanguages().flatMap((l) => packedWords(l, 'givenNames')));
    // Answers kept per word: a word's lookup in the trie's groups costs more than in a set. Bounded.
    const known = new Map<string, boolean>();
    names = {
      has: (folded) => {
        let answer = known.get(folded);
        if (answer === undefined) {
          answer = tables.has(folded) || generated.has(folded);
          if (known.size >= MAX_KNOWN) known.clear();
          known.set(folded, answer);
        }
        return answer;
      },
    };
  }
  return names;
}
