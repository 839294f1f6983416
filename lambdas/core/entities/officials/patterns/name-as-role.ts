import type { NameRun } from '../name-reader';
import { complementEnd, hasCue, roleCountry } from '../role-phrase';
import { LOWER_FIRST, SPACE } from '../shapes';
import { addMention, type Found } from './found';

// Stop words read on each side of the "as" word: "en tant que", "в качестве", "as the".
const MAX_STOP_WORDS = 2;
// Modifiers read before the office word: "as First Deputy Prime Minister".
const MAX_MODIFIERS = 4;
// A complement reads at most this many tokens after the office word.
const MAX_COMPLEMENT = 16;
// The subject of a succession verb ends right before it and holds at most this many words.
const MAX_SUBJECT = 4;

/**
 * A name, the word that introduces an office, then the role: "appointed Anna Berg as Ambassador to Chile",
 * "Karl Weber als Botschafter", "Paul Martin en tant que représentant spécial". After a succession verb the
 * subject holds the role too: "Mark Jansen succeeded Erik Solberg as Secretary General of the Council".
 */
export function nameAsRole(found: Found): void {
  const { w, names, taken } = found;
  for (let i = 0; i < w.length; i++) {
    const run = names.readName(i);
    if (!run) continue;
    i = run.last;
    if (taken.has(run.first) || !named(found, run)) continue;
    const s = roleAfter(found, run.last + 1);
    if (s < 0) continue;
    let k = s;
    while (k < w.length && k < s + MAX_MODIFIERS && !w.isOffice(k) && w.isModifier(k) && plain(found, k)) k++;
    if (!w.isOffice(k) || w.is(k, 'pluralOffices') || !plain(found, k)) continue;
    const e = complementEnd(w, k, k + MAX_COMPLEMENT);
    if (hasCue(w, run.first - 1, e)) continue;
    const role = w.slice(s, e);
    const country = roleCountry(w, s, e);
    addMention(found, { ...run, role, country, caseOf: null });
    const subject = successor(found, run.first);
    if (subject) addMention(found, { ...subject, role, country, caseOf: null });
  }
}

/** Whether a run is a full name with evidence, or a surname after an honorific ("Mr. Tanaka as ..."). */
function named(found: Found, run: NameRun): boolean {
  const size = run.words.length + run.initials.length;
  if (size >= 2) return found.names.hasEvidence(run);
  return size === 1 && run.initials.length === 0 && run.first > 0 && found.w.is(run.first - 1, 'honorifics');
}

/** Whether token `k` follows the one before it within a clause: a plain space, no comma or stop. */
function plain(found: Found, k: number): boolean {
  return k < found.w.length && SPACE.test(found.w.at(k).gap);
}

/** The first token of the role after the "as" word that opens at or after `k` (stop words around it), or -1. */
function roleAfter(found: Found, k: number): number {
  const { w } = found;
  const lowerStop = (j: number) =>
    plain(found, j) && w.is(j, 'stopWords') && !w.isOffice(j) && LOWER_FIRST.test(w.at(j).text);
  let j = k;
  while (j < k + MAX_STOP_WORDS && lowerStop(j) && !w.is(j, 'asWords')) j++;
  if (!plain(found, j) || !w.is(j, 'asWords') || !LOWER_FIRST.test(w.at(j).text)) return -1;
  j++;
  const after = j;
  while (j < after + MAX_STOP_WORDS && lowerStop(j)) j++;
  return plain(found, j) ? j : -1;
}

/** The name that a succession verb right before token `first` has as its subject, not taken yet, or null. */
function successor(found: Found, first: number): NameRun | null {
  const { w, names, taken } = found;
  const verb = first - 1;
  if (verb < 1 || !plain(found, first) || !plain(found, verb) || !w.is(verb, 'succeedVerbs')) return null;
  for (let j = Math.max(0, verb - MAX_SUBJECT); j < verb; j++) {
    const run = names.readName(j);
    if (run && run.last === verb - 1 && !taken.has(run.first) && named(found, run)) return run;
  }
  return null;
}
