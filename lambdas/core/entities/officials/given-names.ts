import { brotliDecompressSync } from 'node:zlib';
import { decodeBase91 } from '../../text/base91';
import { GIVEN_NAMES_BROTLI } from './data/given-names-data';
import { wordsOf } from './lexicon';
import { packedLanguages } from './load-languages';
import { decodeWords } from './word-trie';

let names: ReadonlySet<string> | null = null;

/**
 * The folded given names: the generated lexicon (unpacked on first use: kept compressed, it costs the bundle a
 * quarter of its size) and the given names of every language table.
 */
export function givenNames(): ReadonlySet<string> {
  if (names === null) {
    const generated = decodeWords(brotliDecompressSync(decodeBase91(GIVEN_NAMES_BROTLI)).toString('utf8'));
    names = new Set([...generated, ...packedLanguages().flatMap((l) => wordsOf(l.givenNames))]);
  }
  return names;
}
