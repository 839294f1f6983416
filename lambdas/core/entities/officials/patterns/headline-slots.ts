import { bareMention } from '../mention';
import { complementEnd, hasCue, roleCountry, roleStart } from '../role-phrase';
import { LOWER_FIRST, SENTENCE_GAP, UPPER_FIRST } from '../shapes';
import { addMention, type Found } from './found';

// A headline office's complement reads at most this many tokens: "the Prime Minister of Iceland".
const MAX_COMPLEMENT = 8;

interface Slot {
  readonly head: number;
  readonly role: string;
  readonly country: string | null;
}

/** Offices named without a person: in the headline, and capitalised anaphors in the body ("The Speaker later"). */
function openSlots(found: Found, body: number): Slot[] {
  const { w, names } = found;
  const slots: Slot[] = [];
  for (let h = 0; h < w.length; h++) {
    if (!w.isOffice(h) || !UPPER_FIRST.test(w.at(h).text)) continue;
    // The last office word of a phrase heads it: "Prime Minister", "Head of State".
    if (w.isOffice(h + 1) && !SENTENCE_GAP.test(w.at(h + 1).gap)) continue;
    const start = roleStart(w, h);
    const end = complementEnd(w, h, h + MAX_COMPLEMENT);
    const after = w.tok(end + 1);
    if (after && names.readName(end + 1) && !SENTENCE_GAP.test(after.gap)) continue;
    if (h >= body) {
      // An anaphor: "the Speaker", "the Head of State", then a lowercase word.
      const before = w.tok(start - 1);
      if (!before || !w.is(start - 1, 'stopWords') || !after || !LOWER_FIRST.test(after.text)) continue;
    }
    slots.push({ head: h, role: w.slice(start, end), country: roleCountry(w, start, end) });
  }
  return slots;
}

/**
 * Offices named without a person in the headline ("Telephone conversation between the President of Kenya and the
 * Prime Minister of Iceland") or as anaphors in the body ("The Speaker later met ..."), filled in order by the
 * bare full names that open body sentences ("David Kamau congratulated ...").
 */
export function headlineSlots(found: Found): void {
  const { w, names, mentions, taken } = found;
  const body = w.bodyStart();
  if (body >= w.length) return;
  const heads = new Set(mentions.map((m) => m.role?.split(/\s+/).pop()?.toLowerCase()));
  const slots = openSlots(found, body).filter((s) => !heads.has(w.folded(s.head)));
  const known = new Set(mentions.map((m) => m.words.map((k) => w.folded(k)).join(' ')));
  // The people already named with an office may be the headline's ("Head of State" for "President X"): only
  // the offices left over are open.
  const named = new Set(mentions.filter((m) => m.role !== null).map((m) => w.folded(m.last)));
  slots.splice(0, Math.min(slots.length, named.size));
  if (slots.length === 0) return;
  const cued = cuedNames(found);
  for (let i = body; i < w.length && slots.length > 0; i++) {
    const run = names.readName(i);
    if (!run) continue;
    const opens = /\n|[.!?]\s/.test(w.at(i).gap) || /,\s$/.test(w.at(i).gap);
    const next = w.tok(run.last + 1);
    if (
      opens &&
      run.words.length >= 2 &&
      run.initials.length === 0 &&
      !taken.has(run.first) &&
      !known.has(run.words.map((k) => w.folded(k)).join(' ')) &&
      next !== undefined &&
      LOWER_FIRST.test(next.text) &&
      !SENTENCE_GAP.test(next.gap) &&
      !hasCue(w, run.first - 3, run.last + 3) &&
      !cued.has(w.folded(run.last))
    ) {
      // A slot in the body is filled only by a name before it.
      const at = slots.findIndex((s) => s.head < body || s.head > run.last);
      if (at >= 0) {
        const slot = slots.splice(at, 1)[0] as Slot;
        addMention(found, { ...bareMention(run), role: slot.role, country: slot.country });
        known.add(run.words.map((k) => w.folded(k)).join(' '));
      }
    }
    i = run.last;
  }
}

// A company or press cue this many tokens around any mention of a name makes that person no office holder.
const CUE_BEFORE = 4;
const CUE_AFTER = 8;

/** The folded surnames of names written anywhere near a cue: "Peter Foster, ... Chief Executive Officer". */
function cuedNames(found: Found): Set<string> {
  const { w, names } = found;
  const out = new Set<string>();
  for (let i = 0; i < w.length; i++) {
    const run = names.readName(i);
    if (!run) continue;
    if (hasCue(w, run.first - CUE_BEFORE, run.last + CUE_AFTER)) out.add(w.folded(run.last));
    i = run.last;
  }
  return out;
}
