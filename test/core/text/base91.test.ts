import { brotliDecompressSync } from 'node:zlib';
import { build, stop } from 'esbuild';
import fc from 'fast-check';
import { COUNTRY_GAZETTEER_BROTLI } from '../../../lambdas/core/entities/data/country-gazetteer-json';
import { GIVEN_NAMES_BROTLI } from '../../../lambdas/core/entities/officials/data/given-names-data';
import { LANGUAGE_TABLES_BROTLI } from '../../../lambdas/core/entities/officials/data/language-tables-data';
import { BASE91_ALPHABET, decodeBase91 } from '../../../lambdas/core/text/base91';
import { encodeBase91, packedLiteral } from '../../../scripts/pack-text';

// The async API, then stop(): it ends esbuild's service process. (buildSync's service runs from a worker thread
// and outlives stop().) Jest runs other projects' tests in the same worker, and the local-mode tests assert the
// worker has no child process left (see test/web/web-bundle-inputs.test.ts).
afterAll(() => stop());

const MODULES = [
  [
    'country-gazetteer-json.ts',
    'lambdas/core/entities/data/country-gazetteer-json.ts',
    COUNTRY_GAZETTEER_BROTLI,
  ],
  [
    'language-tables-data.ts',
    'lambdas/core/entities/officials/data/language-tables-data.ts',
    LANGUAGE_TABLES_BROTLI,
  ],
  ['given-names-data.ts', 'lambdas/core/entities/officials/data/given-names-data.ts', GIVEN_NAMES_BROTLI],
] as const;

/** The string a packed literal holds, evaluated as JavaScript would. */
function literalValue(literal: string): string {
  return new Function(`return ${literal};`)() as string;
}

describe('base-91', () => {
  test('the alphabet: 91 distinct printable ASCII characters, none a template literal would read', () => {
    expect(new Set(BASE91_ALPHABET).size).toBe(91);
    for (const c of BASE91_ALPHABET) {
      expect(c.charCodeAt(0)).toBeGreaterThan(0x20);
      expect(c.charCodeAt(0)).toBeLessThan(0x7f);
    }
    expect(BASE91_ALPHABET).not.toMatch(/[`\\$]/);
  });

  test('every byte string survives encoding and decoding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        expect(decodeBase91(encodeBase91(bytes))).toEqual(bytes);
      }),
      { numRuns: 2000 },
    );
  });

  test('13 bits a pair of characters: the length of the text follows from the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const bits = bytes.length * 8;
        const tail = bits % 13;
        const chars = Math.floor(bits / 13) * 2 + (tail === 0 ? 0 : tail <= 6 ? 1 : 2);
        expect(encodeBase91(bytes)).toHaveLength(chars);
      }),
    );
  });

  test('line feeds between characters are ignored', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (bytes, width) => {
        const text = encodeBase91(bytes);
        const lines = text.match(new RegExp(`.{1,${width}}`, 'g')) ?? [];
        expect(decodeBase91(`\n${lines.join('\n')}\n`)).toEqual(bytes);
      }),
    );
  });

  test('text the encoder cannot have written is refused, not read as other bytes', () => {
    expect(() => decodeBase91('ab$c')).toThrow(/character 36 at 2/);
    expect(() => decodeBase91('abé')).toThrow(/character 233/);
    // '~' is 90: the pair 90 + 90 × 91 is above 13 bits.
    expect(() => decodeBase91('~~')).toThrow(/pair above 13 bits/);
    expect(() => decodeBase91('ab~')).toThrow(/last character above 6/);
  });

  test('any other text is decoded or refused with a base-91 error, and only text of the alphabet is decoded', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        let decoded: Uint8Array | null = null;
        try {
          decoded = decodeBase91(text);
        } catch (error) {
          expect(String(error)).toMatch(/^Error: not base-91: /);
        }
        if (decoded !== null)
          expect([...text.replaceAll('\n', '')].every((c) => BASE91_ALPHABET.includes(c))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  test('a packed literal evaluates to text that unpacks to what was packed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const packed = literalValue(packedLiteral(text));
        expect(brotliDecompressSync(decodeBase91(packed)).toString('utf8')).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  test.each(MODULES)(
    '%s: minified as the Lambdas are bundled, the literal keeps every character as it is, one byte each',
    async (_name, file, packed) => {
      const [output] = (
        await build({
          entryPoints: [file],
          bundle: true,
          minify: true,
          format: 'esm',
          platform: 'node',
          charset: 'utf8',
          write: false,
        })
      ).outputFiles;
      const code = output?.text ?? '';
      // Found verbatim: esbuild added no escape and did not rewrite the literal.
      expect(code).toContain(packed);
      expect(Buffer.byteLength(packed, 'utf8')).toBe(packed.length);
      // What the module adds beyond the string itself: the export around it.
      expect(output?.contents.length ?? 0).toBeLessThan(packed.length + 100);
    },
  );
});
