import { bareMention } from '../mention';
import type { NameRun } from '../name-reader';
import { hasCue } from '../role-phrase';
import { SENTENCE_GAP } from '../shapes';
import type { Found } from './found';

// A call word stands within this many tokens of the name; the partner within this many of the call word.
const CALL_REACH = 5;
const PARTNER_REACH = 4;

/**
 * The names that open a sentence about a call or talks, with an office holder or with each other: "Vladimir
 * Putin had a telephone conversation with President ...", "Владимир Путин провёл телефонный разговор с
 * Президентом ...", "Bakhtiyor Saidov and Jeyhun Bayramov held talks".
 */
export function callOpening(found: Found): void {
  const { w, names, mentions } = found;
  const firsts = new Set(mentions.map((m) => m.first));
  const callAfter = (from: number): number => {
    for (let k = from; k < w.length && k <= from + CALL_REACH; k++) {
      const gap = w.at(k).gap;
      if (SENTENCE_GAP.test(gap) || gap.includes(',')) return -1;
      if (w.is(k, 'callWords')) return k;
      // Only "had a", "held", "провёл": "wrote a book about the talks with ..." is not a call.
      if (!w.is(k, 'callVerbs')) return -1;
    }
    return -1;
  };
  const fullName = (run: NameRun | null): run is NameRun =>
    run !== null && run.words.length >= 2 && run.initials.length === 0 && !firsts.has(run.first);
  for (let i = 0; i < w.length; i++) {
    const run = names.readName(i);
    if (!run) continue;
    const opens = i === 0 || /\n|[.!?]\s/.test(w.at(i).gap);
    if (opens && fullName(run) && !hasCue(w, i - 4, run.last + 8)) {
      const other = w.is(run.last + 1, 'and') ? names.readName(run.last + 2) : null;
      const found2: NameRun[] = [];
      if (fullName(other)) {
        if (callAfter(other.last + 1) >= 0) found2.push(run, other);
      } else {
        const call = callAfter(run.last + 1);
        for (let k = call + 1; call >= 0 && k < w.length && k <= call + PARTNER_REACH; k++) {
          if (SENTENCE_GAP.test(w.at(k).gap)) break;
          if (w.is(k, 'with')) {
            if (k + 1 < w.length && (w.isOffice(k + 1) || firsts.has(k + 1))) found2.push(run);
            break;
          }
        }
      }
      for (const r of found2) {
        mentions.push(bareMention(r));
        firsts.add(r.first);
      }
    }
    i = run.last;
  }
}
