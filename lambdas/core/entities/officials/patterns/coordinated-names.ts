import { bareMention, type Mention } from '../mention';
import { hasCue } from '../role-phrase';
import type { MentionMerger } from '../same-person';
import type { Found } from './found';

// Cue words are looked for this many tokens around a coordinated name.
const CUE_WINDOW = 4;

/**
 * A full name coordinated with an official found by the role patterns: "Vladimir Putin and Emomali Rahmon
 * noted", "... President Tokayev and Shavkat Mirziyoyev". `merged` holds the role patterns' persons.
 */
export function coordinatedNames(found: Found, merged: MentionMerger): void {
  const { w, names, mentions } = found;
  const firsts = new Set(mentions.map((m) => m.first));
  const lasts = new Set(mentions.map((m) => m.last));
  const known = new Set(firsts);
  for (let i = 0; i < w.length; i++) {
    const run = names.readName(i);
    if (!run) continue;
    if (run.words.length >= 2 && run.initials.length === 0 && !firsts.has(run.first)) {
      let partner = false;
      if (w.is(run.last + 1, 'and')) {
        const other = names.readName(run.last + 2);
        if (other) partner = known.has(run.last + 2) || merged.matchesAny(bareMention(other));
      }
      if (!partner && w.is(i - 1, 'and')) partner = lasts.has(i - 2);
      if (partner && !hasCue(w, i - CUE_WINDOW, run.last + CUE_WINDOW)) {
        const m: Mention = { ...bareMention(run), initials: [] };
        mentions.push(m);
        firsts.add(m.first);
        lasts.add(m.last);
      }
    }
    i = run.last;
  }
}
