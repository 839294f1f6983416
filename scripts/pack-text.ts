import { brotliCompressSync, constants } from 'node:zlib';
import { BASE91_ALPHABET } from '../lambdas/core/text/base91';

/** Characters a line of a packed literal holds: long lines, as a line feed costs the bundle a byte. */
const LINE = 1000;

/** `bytes` as base-91 text (lambdas/core/text/base91.ts, which reads it): 13 bits a pair of characters. */
export function encodeBase91(bytes: Uint8Array): string {
  const out: string[] = [];
  let bits = 0;
  let width = 0;
  for (const byte of bytes) {
    bits |= byte << width;
    width += 8;
    if (width >= 13) {
      const pair = bits & 8191;
      bits >>>= 13;
      width -= 13;
      out.push(BASE91_ALPHABET[pair % 91] as string, BASE91_ALPHABET[Math.floor(pair / 91)] as string);
    }
  }
  // The last 1 to 12 bits: one character holds up to 6 of them, a pair the rest.
  if (width > 0) {
    out.push(BASE91_ALPHABET[bits % 91] as string);
    if (width > 6) out.push(BASE91_ALPHABET[Math.floor(bits / 91)] as string);
  }
  return out.join('');
}

/**
 * Text packed for a generated data module, as the template literal the module exports: Brotli at
 * its best (quality 11, a 4 MiB window; a larger window, the text mode or a size hint pack these texts into the
 * same bytes), base-91, cut into lines of 1,000 characters. The loaders unpack it with
 * `brotliDecompressSync(decodeBase91(...))`. The gazetteer, the language tables and the given names use it.
 */
export function packedLiteral(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  const packed = encodeBase91(
    brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_LGWIN]: 22,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  );
  const lines = packed.match(new RegExp(`.{1,${LINE}}`, 'g')) ?? [];
  return `\`\n${lines.join('\n')}\n\``;
}
