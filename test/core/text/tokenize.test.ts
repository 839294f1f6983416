import fc from 'fast-check';
import { tokenize } from '../../../lambdas/core/text/tokenize';

/** The words as the pattern the tokenizer stands for finds them: runs of letters, marks and digits. */
function byPattern(text: string): Array<{ start: number; text: string; gap: string }> {
  const out: Array<{ start: number; text: string; gap: string }> = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    out.push({ start: m.index, text: m[0], gap: text.slice(last, m.index) });
    last = m.index + m[0].length;
  }
  return out;
}

const shape = (text: string) => tokenize(text).map((t) => ({ start: t.start, text: t.text, gap: t.gap }));

describe('tokenize', () => {
  test('splits words at spaces, dashes and apostrophes, keeping the gaps and the folded word', () => {
    const tokens = tokenize('Kassym‑Jomart Tokayev, O’Brien: Зеленський (2024)');
    expect(tokens.map((t) => t.text)).toEqual([
      'Kassym',
      'Jomart',
      'Tokayev',
      'O',
      'Brien',
      'Зеленський',
      '2024',
    ]);
    expect(tokens.map((t) => t.gap)).toEqual(['', '\u2011', ' ', ', ', '’', ': ', ' (']);
    expect(tokens[5]?.folded).toBe('зеленськии');
    expect(tokens[6]).toMatchObject({ start: 44, end: 48 });
  });

  test('reads marks, digits of other scripts and letters beyond the BMP as parts of words', () => {
    expect(shape('e\u0301te ٣٤ \u{1d400}\u{1d401}x \ud835 y')).toEqual(
      byPattern('e\u0301te ٣٤ \u{1d400}\u{1d401}x \ud835 y'),
    );
    expect(tokenize('\u{1d400}\u{1d401}x').map((t) => t.text)).toEqual(['\u{1d400}\u{1d401}x']);
  });

  test('finds what the pattern finds, on any text', () => {
    const unit = fc.oneof(
      fc.constantFrom(
        'a',
        'Я',
        'é',
        '\u0301',
        '٣',
        '²',
        ' ',
        '-',
        '.',
        '\n',
        '\u00a0',
        '\ud835',
        '\udc00',
        '😀',
        '\u{1d400}',
      ),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(shape(text)).toEqual(byPattern(text));
      }),
    );
  });
});
