import { bareMention } from '../mention';
import type { NameRun } from '../name-reader';
import { hasCue } from '../role-phrase';
import { DASH } from '../shapes';
import { addMention, type Found } from './found';

// A list of envoys has at least this many "Name – Country" lines in a row.
const MIN_LINES = 2;

/**
 * A list of people each on a line of their own with the country they represent, as credentials ceremonies list
 * new ambassadors: "Юнхо Ли – Республика Корея,", "Anna Weber – Switzerland". Two lines or more in a row.
 */
export function nameCountryLines(found: Found): void {
  const { w, names, taken } = found;
  const items: { run: NameRun; country: string | null }[] = [];
  const flush = () => {
    if (items.length >= MIN_LINES)
      for (const { run, country } of items) addMention(found, { ...bareMention(run), country });
    items.length = 0;
  };
  for (let i = 0; i < w.length; i++) {
    if (i > 0 && !w.at(i).gap.includes('\n')) continue;
    const run = names.readName(i);
    const after = run ? w.tok(run.last + 1) : undefined;
    if (
      run &&
      after &&
      run.first === i &&
      run.words.length >= 2 &&
      !taken.has(run.first) &&
      DASH.test(after.gap.trim()) &&
      /\s/.test(after.gap) &&
      !hasCue(w, run.first, run.last + 1) &&
      countryAhead(found, run.last + 1)
    ) {
      items.push({ run, country: firstCountry(found, run.last + 1) });
      i = run.last;
      continue;
    }
    flush();
  }
  flush();
}

/** Whether a country is named on the line from token `k`, before its end. */
function countryAhead(found: Found, k: number): boolean {
  return firstCountry(found, k) !== null;
}

function firstCountry(found: Found, k: number): string | null {
  const { w } = found;
  for (let j = k; j < w.length && (j === k || !w.at(j).gap.includes('\n')); j++) {
    const c = w.countryOf(j);
    if (c) return c;
  }
  return null;
}
