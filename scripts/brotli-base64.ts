import { brotliCompressSync, constants } from 'node:zlib';

/**
 * Text packed for a generated data module: Brotli at its best (quality 11, a 4 MiB window), base64, cut into
 * lines of 100 characters (the decoders ignore line breaks). The gazetteer and the language tables use it.
 */
export function brotliBase64Lines(text: string): string[] {
  const bytes = Buffer.from(text, 'utf8');
  const packed = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 22,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).toString('base64');
  return packed.match(/.{1,100}/g) ?? [];
}
