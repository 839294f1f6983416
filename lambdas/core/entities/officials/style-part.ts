import { isNameWord } from './name-words';
import { CAP_WORD, SPACE, UPPER_FIRST } from './shapes';
import type { Words } from './words';

/**
 * The first word of a two-word style, before an honorific and a name: the "Tan" of "Tan Sri Ahmad Zahid
 * Hamidi", the "Puan" of "Puan Sri". A family name of its own elsewhere: "Minister Tan Chuan Lim".
 */
export function isStylePart(w: Words, i: number): boolean {
  const style = w.tok(i + 1);
  const name = w.tok(i + 2);
  return (
    CAP_WORD.test(w.tok(i)?.text ?? '') &&
    !w.is(i, 'honorifics') &&
    style !== undefined &&
    SPACE.test(style.gap) &&
    UPPER_FIRST.test(style.text) &&
    w.is(i + 1, 'honorifics') &&
    !w.isOffice(i + 1) &&
    name !== undefined &&
    SPACE.test(name.gap) &&
    isNameWord(w, i + 2)
  );
}
