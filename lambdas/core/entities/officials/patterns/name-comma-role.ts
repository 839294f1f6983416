import { lexicon } from '../lexicon';
import { complementEnd, hasCue, roleCountry } from '../role-phrase';
import { LOWER_FIRST, NAME_GAP, SENTENCE_GAP, UPPER_FIRST } from '../shapes';
import { addMention, type Found } from './found';

// Modifiers read between the comma and the office word: "Mukhtar Tleuberdi, First Deputy Prime Minister".
const MAX_MODIFIERS = 4;
// A complement reads at most this many tokens after the office word.
const MAX_COMPLEMENT = 16;

/**
 * The name, a comma (or a line break in a signature), then the role: "Mukhtar Tleuberdi, Deputy Prime Minister
 * of Kazakhstan", "Rashid Meredov\nMinister of Foreign Affairs of Turkmenistan".
 */
export function nameCommaRole(found: Found): void {
  const { w, names, taken } = found;
  for (let i = 0; i < w.length; i++) {
    const run = names.readName(i);
    if (!run) continue;
    const size = run.words.length + run.initials.length;
    const after = w.tok(run.last + 1);
    const startsClean = i === 0 || !names.isNameWord(i - 1) || !NAME_GAP.test(w.at(i).gap);
    // "Mr. Watanabe, Minister of Economy": an honorific before a lone surname.
    const titled = size === 1 && run.initials.length === 0 && i > 0 && w.is(i - 1, 'honorifics');
    if (
      (size >= 2 || titled) &&
      startsClean &&
      after &&
      !taken.has(run.first) &&
      // The role after a comma, on the next line, or in brackets: "Mr. Kwame Asante (Minister of Trade)".
      (/^,\s*$/.test(after.gap) || /^\s*\n\s*$/.test(after.gap) || /^ ?\($/.test(after.gap))
    ) {
      let k = run.last + 1;
      // An article before the role: "X, the Minister of ...", "X, a member of ...".
      if (w.is(k, 'stopWords') && !w.isOffice(k) && LOWER_FIRST.test(w.at(k).text)) k++;
      // The issuer's possessive before the office: "X, the Sultanate’s Ambassador to ...", "Zambia's Ambassador".
      if (
        UPPER_FIRST.test(w.tok(k)?.text ?? '') &&
        w.folded(k + 1) === 's' &&
        /^['’]$/.test(w.tok(k + 1)?.gap ?? '')
      )
        k += 2;
      const s = k;
      while (k < w.length && k < s + MAX_MODIFIERS && !w.isOffice(k) && w.isModifier(k)) k++;
      const head = w.tok(k);
      const signature = after.gap.includes('\n') && !after.gap.includes('(');
      // A signature's name stands alone on its line; a headline that ends in a name is not a signature.
      let lineStart = run.first;
      // Styles before the name on its line: "His Excellency Sergiu Odainic\nAmbassador of ...".
      while (lineStart > 0 && !w.at(lineStart).gap.includes('\n') && w.is(lineStart - 1, 'honorifics'))
        lineStart--;
      const ownLine = lineStart === 0 || w.at(lineStart).gap.includes('\n');
      if (head && w.isOffice(k) && (!signature || (ownLine && UPPER_FIRST.test(w.at(s).text)))) {
        const e = complementEnd(w, k, k + MAX_COMPLEMENT);
        if (!hasCue(w, s, e))
          addMention(found, { ...run, role: w.slice(s, e), country: roleCountry(w, s, e), caseOf: null });
      } else if (/^,\s*$/.test(after.gap)) {
        const e = headFinalRoleEnd(found, s);
        if (e >= 0 && !hasCue(w, s, e))
          addMention(found, { ...run, role: w.slice(s, e), country: roleCountry(w, s, e), caseOf: null });
      }
    }
    i = run.last;
  }
}

/**
 * The last token of a head-final role that opens at token `s` and runs to the next comma or sentence end, ending
 * in an office word of a language whose roles end so ("Sardor Umarov, Oliy Majlis Senati Raisining oʻrinbosari,
 * ishtirok etdi"), or -1.
 */
function headFinalRoleEnd(found: Found, s: number): number {
  const { w } = found;
  for (let k = s; k < w.length && k < s + MAX_COMPLEMENT; k++) {
    if (k > s && (SENTENCE_GAP.test(w.at(k).gap) || w.at(k).gap.includes(','))) return -1;
    const next = w.tok(k + 1);
    const closes = next === undefined || next.gap.includes(',') || SENTENCE_GAP.test(next.gap);
    if (!closes) continue;
    return w.isOffice(k) &&
      lexicon()
        .languagesOf('offices', w.folded(k))
        .some((l) => l.headFinalRoles === true)
      ? k
      : -1;
  }
  return -1;
}
