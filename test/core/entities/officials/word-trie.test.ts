import fc from 'fast-check';
import { decodeWords, encodeWords, trieWordSet } from '../../../../lambdas/core/entities/officials/word-trie';

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

describe('trie word set', () => {
  test('finds the words of a trie text, and only those, decoding as it goes', () => {
    const set = trieWordSet('м(инистр(,а,ом),эр)');
    expect(['министр', 'министра', 'министром', 'мэр'].filter((w) => set.has(w))).toHaveLength(4);
    expect(['м', 'мин', 'министро', 'министрами', 'мэры', 'а', ''].some((w) => set.has(w))).toBe(false);
    expect(trieWordSet('minister').has('minister')).toBe(true);
    expect(trieWordSet('minister').has('ministe')).toBe(false);
    expect(trieWordSet('').has('')).toBe(false);
  });

  test('refuses texts that are not tries', () => {
    expect(() => trieWordSet('(a(b,c)').has('ab')).toThrow('unbalanced word trie');
    expect(() => trieWordSet('(ab),c)').has('ab')).toThrow('unbalanced word trie');
  });

  test('answers as the set of the decoded words, for any words and probes', () => {
    const word = fc.string({
      minLength: 1,
      maxLength: 8,
      unit: fc.constantFrom('a', 'b', 'ä', 'д', '*', "'", '-', '\u{1d400}', '\u{1d401}'),
    });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.array(word, { maxLength: 20 }), (words, probes) => {
        const set = trieWordSet(encodeWords(words));
        for (const w of [...words, ...probes]) expect(set.has(w)).toBe(words.includes(w));
        expect(set.has('')).toBe(false);
      }),
    );
  });
});
