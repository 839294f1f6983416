import fc from 'fast-check';
import { decodeWords, encodeWords } from '../../../../lambdas/core/entities/officials/word-trie';

describe('word trie', () => {
  test('writes shared beginnings once', () => {
    expect(encodeWords(['министр', 'министра', 'министром', 'мэр'])).toBe('м(инистр(,а,ом),эр)');
    expect(decodeWords('м(инистр(,а,ом),эр)')).toEqual(['министр', 'министра', 'министром', 'мэр']);
  });

  test('a single word, stems and compounds markers, no word', () => {
    expect(encodeWords(['minister'])).toBe('minister');
    expect(decodeWords(encodeWords(['*minister', 'minist*', "prem'er-minister"]))).toEqual([
      '*minister',
      'minist*',
      "prem'er-minister",
    ]);
    expect(encodeWords([])).toBe('');
    expect(decodeWords('')).toEqual([]);
  });

  test('refuses words it cannot write and texts that are not tries', () => {
    expect(() => encodeWords(['de la'])).toThrow("not a trie word: 'de la'");
    expect(() => encodeWords(['a,b'])).toThrow();
    expect(() => encodeWords([''])).toThrow();
    expect(() => decodeWords('a(b')).toThrow('unbalanced word trie');
    expect(() => decodeWords('a)b')).toThrow('unbalanced word trie');
  });

  test('decodes what it encodes: the distinct words, sorted', () => {
    const word = fc.string({
      minLength: 1,
      maxLength: 8,
      unit: fc.constantFrom('a', 'b', 'ä', 'д', '*', "'", '-'),
    });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), (words) => {
        const sorted = [...new Set(words)].sort();
        expect(decodeWords(encodeWords(words))).toEqual(sorted);
      }),
    );
  });
});
