import { brotliDecompressSync } from 'node:zlib';
import { GIVEN_NAMES_BROTLI } from './data/given-names-data';
import { packedLanguages, packedWords } from './load-languages';
import { trieWordSet } from './word-trie';

let names: { has(folded: string): boolean } | null = null;

/**
 * The folded given names: the generated lexicon (unpacked on first use: kept compressed, it costs the bundle a
 * quarter of its size; its trie is decoded group by group as lookups reach it) and the given names of every
 * language table.
 */
export function givenNames(): { has(folded: string): boolean } {
  if (names === null) {
    const generated = trieWordSet(
      brotliDecompressSync(Buffer.from(GIVEN_NAMES_BROTLI, 'base64')).toString('utf8'),
    );
    const tables = new Set(packedLanguages().flatMap((l) => packedWords(l, 'givenNames')));
    names = { has: (folded) => tables.has(folded) || generated.has(folded) };
  }
  return names;
}
