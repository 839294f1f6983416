import fc from 'fast-check';
import { detectLanguages } from '../../../../lambdas/core/entities/officials/detect-languages';
import { sameWord, similarityKeys } from '../../../../lambdas/core/entities/officials/same-word';
import { Words } from '../../../../lambdas/core/entities/officials/words';
import { tokenize } from '../../../../lambdas/core/text/tokenize';

// The merger and the variant scan look names up by similarity key instead of comparing every pair: that is
// exact only if two words that are the same name word always share a key.
const text = 'Minister of Foreign Affairs Sergey Lavrov met Jeyhun Bayramov.';
const tokens = tokenize(text);
const w = new Words(tokens, [], detectLanguages(tokens), text);

describe('similarityKeys', () => {
  test('words that sameWord holds for share a key', () => {
    const letters = fc.constantFrom('a', 'b', 'k', 'o', 'v');
    const word = fc.array(letters, { minLength: 1, maxLength: 11 }).map((l) => `k${l.join('')}`);
    // A word and the same word with up to two edits, so that most pairs are near and many are the same word.
    const edit = fc.tuple(fc.nat(12), letters, fc.constantFrom('delete', 'insert', 'replace'));
    const edited = (word: string, edits: ReadonlyArray<readonly [number, string, string]>) =>
      edits.reduce((s, [at, c, op]) => {
        const i = 1 + (at % s.length);
        return op === 'delete'
          ? s.slice(0, i) + s.slice(i + 1)
          : s.slice(0, i) + c + s.slice(op === 'insert' ? i : i + 1);
      }, word);
    let same = 0;
    fc.assert(
      fc.property(word, fc.array(edit, { maxLength: 2 }), (a, edits) => {
        const b = edited(a, edits);
        if (!sameWord(w, a, b)) return;
        same++;
        const keys = new Set(similarityKeys(w, a));
        expect(similarityKeys(w, b).some((k) => keys.has(k))).toBe(true);
      }),
      { numRuns: 3000, seed: 10 },
    );
    expect(same).toBeGreaterThan(1000);
  });

  test('spelling variants and inflected forms are found; other words mostly are not', () => {
    const share = (a: string, b: string) =>
      similarityKeys(w, a).some((k) => similarityKeys(w, b).includes(k));
    expect(share('vladimir', 'vadimir')).toBe(true);
    expect(share('mukhriddin', 'muhriddin')).toBe(true);
    expect(share('lavrov', 'bayramov')).toBe(false);
    expect(share('kim', 'kin')).toBe(false);
  });
});
