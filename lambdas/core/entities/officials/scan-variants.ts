import type { Mention } from './mention';
import type { NameReader } from './name-reader';
import { nameText } from './name-text';
import { sameWord } from './same-word';
import { INITIAL_GAP, NAME_GAP, SPACE, UPPER_FIRST } from './shapes';
import type { Words } from './words';

/**
 * Occurrences read per person in the variant scan. A surname occurs a few dozen times in a long release; a word
 * shared by hundreds of persons (a list of participants of one family name) would otherwise make the scan
 * persons x occurrences. The earliest are read: they give the headline spelling and the first variants.
 */
export const MAX_OCCURRENCES_READ = 2000;

/**
 * An honorific written with a capital right before token `i` ("Mr. Tanaka", "Dr Okafor"), not the end of a
 * longer style ("H.E. Tanaka" reads "E" before the name).
 */
function honorificBefore(w: Words, i: number): boolean {
  const h = i - 1;
  if (!w.is(h, 'honorifics') || !UPPER_FIRST.test(w.at(h).text)) return false;
  if (!(SPACE.test(w.at(i).gap) || (INITIAL_GAP.test(w.at(i).gap) && w.at(i).gap.length === 2))) return false;
  return !(h > 0 && w.is(h - 1, 'honorifics') && INITIAL_GAP.test(w.at(h).gap));
}

/** A person's fullest mention, its name words (folded) and the name words it may go by ({@link scanVariants}). */
export interface NamePlan {
  readonly best: Mention;
  readonly full: readonly string[];
  /** The full name first, then its shorter forms: surname, title + name, family name alone. */
  readonly tails: readonly (readonly string[])[];
  /** The name ends in a regnal number: "Abdullah II". */
  readonly regnal: boolean;
}

/** What the variant scan found besides the variants: the fullest form as first written, a fuller name. */
export interface VariantScan {
  /** The first occurrence of the whole name (the first tail) of two words or more. */
  readonly earliestFull: { readonly at: number; readonly text: string } | null;
  /** The full name of a person known by initials or by the surname alone ("Ж.Бейшеналиев", "Ambassador Turner"). */
  readonly fuller: string | null;
}

/**
 * Reads the surface forms of one person where the first word of one of its `tails` (name words, folded)
 * occurs (see occurrences-of.ts): the tail as written, an initials form, an office or an honorific and the
 * surname; each goes to `addVariant`.
 */
export function scanVariants(
  w: Words,
  names: NameReader,
  { best, full, tails, regnal }: NamePlan,
  occurrences: ReadonlyMap<string, readonly number[]>,
  addVariant: (v: string) => void,
): VariantScan {
  let earliestFull: { at: number; text: string } | null = null;
  let fuller: string | null = null;
  const starts = [...new Set(tails.flatMap((t) => occurrences.get(t[0] ?? '') ?? []))]
    .sort((a, b) => a - b)
    .slice(0, MAX_OCCURRENCES_READ);
  let skipTo = -1;
  for (const i of starts) {
    if (i <= skipTo) continue;
    for (const tail of tails) {
      if (tail.length === 0) continue;
      let ok = true;
      for (let k = 0; k < tail.length && ok; k++) {
        const t = w.tok(i + k);
        ok =
          t !== undefined &&
          UPPER_FIRST.test(t.text) &&
          sameWord(w, t.folded, tail[k] as string) &&
          (k === 0 || NAME_GAP.test(t.gap));
      }
      if (!ok) continue;
      const last = i + tail.length - 1;
      const before = w.tok(i - 1);
      const nextTok = w.tok(last + 1);
      // Part of a longer name already counted.
      if (before && (names.isNameWord(i - 1) || w.is(i - 1, 'particles')) && NAME_GAP.test(w.at(i).gap)) {
        // A person known by initials ("Ж.Бейшеналиев") and named in full elsewhere ("Жаныбек Бейшеналиев"):
        // the given name must start with the initial, and the two words must be the whole name.
        // A person known by the surname alone ("Ambassador Turner") and named in full elsewhere ("Andrew
        // Turner"): the word before must be a known given name.
        const initial = best.initials[0];
        if (
          fuller === null &&
          full.length === 1 &&
          tail === tails[0] &&
          names.isNameWord(i - 1) &&
          (initial !== undefined
            ? before.folded.startsWith(w.folded(initial))
            : best.words.length === 1 && names.evidence.isGivenName(i - 1)) &&
          !(i > 1 && names.isNameWord(i - 2) && NAME_GAP.test(before.gap)) &&
          !(nextTok && names.isNameWord(last + 1) && NAME_GAP.test(nextTok.gap))
        )
          fuller = nameText(w, i - 1, last);
        break;
      }
      if (before && names.isInitial(i - 1)) {
        // An initials form ("R.Vassilenko"): the variant starts at the first initial.
        let k = i - 1;
        while (k > 0 && names.isInitial(k - 1)) k--;
        // A middle initial ("Kurt M. Campbell") belongs to the full name, not to an initials form.
        const middle = k > 0 && full.length >= 2 && w.folded(k - 1) === full[0] && NAME_GAP.test(w.at(k).gap);
        if (!middle && !(nextTok && names.isNameWord(last + 1) && NAME_GAP.test(nextTok.gap)))
          addVariant(nameText(w, k, last));
        skipTo = last;
        break;
      }
      if (nextTok && names.isNameWord(last + 1) && NAME_GAP.test(nextTok.gap)) break;
      addVariant(nameText(w, i, last));
      if (tail === tails[0] && tail.length >= 2 && earliestFull === null)
        earliestFull = { at: i, text: nameText(w, i, last) };
      const beforeBefore = w.tok(i - 2);
      if (
        (tail !== tails[0] || full.length === 1 || regnal) &&
        before &&
        w.isOffice(i - 1) &&
        UPPER_FIRST.test(before.text) &&
        SPACE.test(w.at(i).gap) &&
        !(
          beforeBefore &&
          SPACE.test(before.gap) &&
          (w.isModifier(i - 2) || w.isOffice(i - 2)) &&
          UPPER_FIRST.test(beforeBefore.text)
        )
      ) {
        addVariant(nameText(w, i - 1, last));
      } else if ((tail !== tails[0] || full.length === 1) && before && honorificBefore(w, i)) {
        // "Mr. Tanaka", "Dr Okafor", "M. Dupont": an honorific and the surname.
        addVariant(nameText(w, i - 1, last));
      }
      skipTo = last;
      break;
    }
  }
  return { earliestFull, fuller };
}
