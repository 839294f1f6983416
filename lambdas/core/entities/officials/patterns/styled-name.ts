import { lexicon } from '../lexicon';
import { hasCue } from '../role-phrase';
import { DASH, UPPER_LETTER } from '../shapes';
import { addMention, type Found } from './found';

// Cue words are looked for this many tokens around a styled name.
const CUE_WINDOW = 4;

/**
 * The abbreviation or word at `i` that only office holders are styled with ("H.E.", "His Excellency",
 * "Hon."), and the index of the token after it; -1 when there is none.
 */
function styleEnd(found: Found, i: number): number {
  const { w } = found;
  // Words of three letters or more: "he" is a pronoun, "H.E." a style.
  if (w.folded(i).length >= 3 && w.is(i, 'officeStyles')) return i + 1;
  // A dotted abbreviation of two letters, looked up joined: "H.E", "H. E." as "he".
  const next = w.tok(i + 1);
  if (
    next &&
    UPPER_LETTER.test(w.at(i).text) &&
    UPPER_LETTER.test(next.text) &&
    /^\. ?$/.test(next.gap) &&
    lexicon().has('officeStyles', `${w.folded(i)}${w.folded(i + 1)}`)
  )
    return i + 2;
  return -1;
}

/**
 * A name styled as an office holder's: "H.E. Simone Knapp - Austria", "His Excellency Lim Woongsoon", "the Hon.
 * Keisha Grant". The style is reserved to ambassadors, ministers and heads of state and government.
 */
export function styledNames(found: Found): void {
  const { w, names, taken } = found;
  for (let i = 0; i < w.length; i++) {
    // A peer: "Lord Collins of Highbury".
    if (names.isPeerage(i)) {
      const peer = names.readName(i);
      if (peer && peer.first === i && !taken.has(i) && !hasCue(w, i - CUE_WINDOW, peer.last + CUE_WINDOW)) {
        addMention(found, { ...peer, role: null, country: null, caseOf: null });
        i = peer.last;
        continue;
      }
    }
    const end = styleEnd(found, i);
    if (end < 0) continue;
    // Other styles may follow: "Her Excellency the Right Honourable Mary Simon", "H.E. Shri Sanjay Verma".
    let k = end;
    while (
      k < w.length &&
      (w.is(k, 'honorifics') || w.is(k, 'officeStyles') || w.is(k, 'stopWords')) &&
      k < end + 4
    )
      k++;
    const run = names.readName(k);
    if (
      !run ||
      taken.has(run.first) ||
      run.words.length < 2 ||
      hasCue(w, i - CUE_WINDOW, run.last + CUE_WINDOW)
    )
      continue;
    // The country may follow after a dash or in brackets: "Simone Knapp - Austria", "Jan Weber (Austria)".
    const after = run.last + 1;
    const country =
      w.isCountry(after) && (DASH.test(w.at(after).gap.trim()) || /^\s?\($/.test(w.at(after).gap))
        ? (w.countryOf(after) ?? null)
        : null;
    addMention(found, { ...run, role: null, country, caseOf: null });
    i = run.last;
  }
}
