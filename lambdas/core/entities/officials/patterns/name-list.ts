import type { Mention } from '../mention';
import { hasCue } from '../role-phrase';
import { SENTENCE_GAP } from '../shapes';
import { addMention, type Found } from './found';

// A list has at most this many items after its first name.
const MAX_ITEMS = 12;
const SEMICOLON = /^; ?$/;

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
  caseOf: Mention['caseOf'],
): void {
  const { w, names, taken } = found;
  let k = from;
  let itemCountry: string | null = null;
  // Sets the country of the item just read, when its "(Country)" follows it.
  let setCountry: (code: string) => void = () => {};
  for (let items = 0; items < MAX_ITEMS && k < w.length; items++) {
    // The item's own complement: "of the Kyrgyz Republic", or its country in brackets: "(Switzerland)".
    while (k < w.length) {
      const gap = w.at(k).gap;
      if (/^ ?\($/.test(gap) && w.isCountry(k)) {
        let close = k;
        while (close + 1 < w.length && w.isCountry(close + 1) && !SENTENCE_GAP.test(w.at(close + 1).gap))
          close++;
        if (!/^\)/.test(w.tok(close + 1)?.gap ?? '')) break;
        itemCountry = w.countryOf(k) ?? null;
        k = close + 1;
        // The bracket's close is the next token's gap: read it as the item separator below.
        break;
      }
      if (SENTENCE_GAP.test(gap) || gap.includes(',')) break;
      if (!(w.isCountry(k) || (w.is(k, 'connectors') && !w.is(k, 'and')))) break;
      k++;
    }
    if (itemCountry !== null && items > 0) setCountry(itemCountry);
    itemCountry = null;
    const sep = w.tok(k);
    // Items that hold a comma are parted by semicolons: "de Colombia, Laura Restrepo; del Perú, Miguel Salas".
    const semicolon = sep !== undefined && SEMICOLON.test(sep.gap);
    if (!sep || (SENTENCE_GAP.test(sep.gap) && !/^\), ?$|^\) $/.test(sep.gap) && !semicolon)) return;
    const and = w.is(k, 'and');
    if (!sep.gap.includes(',') && !and && !semicolon) return;
    if (and) k++;
    const next = w.tok(k);
    if (!next || (and && SENTENCE_GAP.test(next.gap))) return;
    // An item may name its country first: "the Kingdom of Denmark Søren Holt", "and of Togo, Kodjo Adjo".
    let leading: string | null = null;
    while (k < w.length && (w.isCountry(k) || (w.is(k, 'connectors') && !w.is(k, 'and')))) {
      leading = w.countryOf(k) ?? leading;
      k++;
      const gap = w.tok(k)?.gap ?? '.';
      if (leading !== null && w.isCountry(k - 1) && /^, ?$/.test(gap)) break;
      if (SENTENCE_GAP.test(gap) || gap.includes(',')) return;
    }
    // After a semicolon an item names its country first, or the list has ended.
    if (semicolon && leading === null) return;
    const run = names.readName(k);
    if (!run || taken.has(run.first) || run.words.length + run.initials.length < Math.min(2, firstSize))
      return;
    if (hasCue(w, run.first, run.last + 1)) return;
    const at = found.mentions.length;
    addMention(found, {
      ...run,
      role,
      country: leading ?? w.countryOf(run.last + 2) ?? country,
      caseOf,
    });
    setCountry = (code) => {
      const m = found.mentions[at];
      if (m) found.mentions[at] = { ...m, country: code };
    };
    k = run.last + 1;
  }
}
