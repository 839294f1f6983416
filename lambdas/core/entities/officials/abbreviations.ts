import type { Token } from '../../text/tokenize';
import { DIGRAPH_INITIAL, HAS_UPPER, INITIAL_GAP, LOWER_LETTER } from './shapes';
import type { Words } from './words';

/** An initial of a name: one capital or a transliterated digraph, a full stop after it ("K" in "K.K.Tokayev"). */
export function isInitial(w: Words, i: number): boolean {
  const t = w.tok(i);
  const next = w.tok(i + 1);
  return (
    t !== undefined &&
    ((t.text.length === 1 && HAS_UPPER.test(t.text)) || DIGRAPH_INITIAL.test(t.text)) &&
    next !== undefined &&
    INITIAL_GAP.test(next.gap)
  );
}

/** A one-letter lowercase part of a dotted abbreviation inside a role: "Chargé d'Affaires a.i.". */
export function isAbbreviationPart(w: Words, j: number): boolean {
  const t = w.at(j);
  const next = w.tok(j + 1);
  return LOWER_LETTER.test(t.text) && (t.gap === '.' || next?.gap.startsWith('.') === true);
}

/** A full stop that ends an abbreviation (an honorific "Dr.", "a.i."), not the sentence. */
export function isAbbreviationStop(w: Words, j: number): boolean {
  const t: Token | undefined = w.tok(j);
  if (!t || j === 0 || !/^\.[ \u00a0]?$/.test(t.gap)) return false;
  return isInitial(w, j - 1) || w.is(j - 1, 'honorifics') || isAbbreviationPart(w, j - 1);
}
