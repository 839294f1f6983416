import { hasCue } from '../role-phrase';
import { SENTENCE_GAP } from '../shapes';
import { addMention, type Found } from './found';

// A list has at most this many items after its first name.
const MAX_ITEMS = 12;

/**
 * The rest of a list after a plural office: "Foreign Ministers Murat Nurtleu of Kazakhstan, Jeenbek Kulubaev of
 * the Kyrgyz Republic, ... and Bakhtiyor Saidov of Uzbekistan", "Presidents Tokayev, Mirziyoyev and Rahmon".
 */
export function readList(
  found: Found,
  from: number,
  firstSize: number,
  role: string,
  country: string | null,
): void {
  const { w, names, taken } = found;
  let k = from;
  for (let items = 0; items < MAX_ITEMS && k < w.length; items++) {
    // The item's own complement: "of the Kyrgyz Republic".
    while (k < w.length) {
      const gap = w.at(k).gap;
      if (SENTENCE_GAP.test(gap) || gap.includes(',')) break;
      if (!(w.isCountry(k) || (w.is(k, 'connectors') && !w.is(k, 'and')))) break;
      k++;
    }
    const sep = w.tok(k);
    if (!sep || SENTENCE_GAP.test(sep.gap)) return;
    const and = w.is(k, 'and');
    if (!sep.gap.includes(',') && !and) return;
    if (and) k++;
    const next = w.tok(k);
    if (!next || (and && SENTENCE_GAP.test(next.gap))) return;
    const run = names.readName(k);
    if (!run || taken.has(run.first) || run.words.length + run.initials.length < Math.min(2, firstSize))
      return;
    if (hasCue(w, run.first, run.last + 1)) return;
    addMention(found, { ...run, role, country: w.countryOf(run.last + 2) ?? country, caseOf: null });
    k = run.last + 1;
  }
}
