import { FAMILY_FIRST_NAMES } from './family-first-names';
import type { Mention } from './mention';
import type { NameReader } from './name-reader';
import { ALL_CAPS, HYPHEN, LOWER_FIRST } from './shapes';
import type { Words } from './words';

/**
 * A Chinese or Korean name written family name first, whose family name alone names the person ("Li" for Li
 * Wenhao): two or three words, the first a family name of {@link FAMILY_FIRST_NAMES}, and a Korean given name
 * ("Sun-young") or none of the others a known given name (Lee Anderson is named Anderson). A name in capitals first (KISHIDA Fumio) is one too.
 */
export function familyFirst(w: Words, names: NameReader, best: Mention, full: readonly string[]): boolean {
  if (ALL_CAPS.test(w.at(best.words[0] as number).text)) return true;
  if (full.length < 2 || full.length > 3 || best.initials.length > 0) return false;
  if (!FAMILY_FIRST_NAMES.has(full[0] as string)) return false;
  const given = best.words.slice(1);
  // A Korean given name of two syllables joined by a hyphen, the second in lower case: "Sun-young".
  if (given.some((k) => HYPHEN.test(w.at(k).gap) && LOWER_FIRST.test(w.at(k).text))) return true;
  return given.every((k) => !ALL_CAPS.test(w.at(k).text) && !names.evidence.isGivenName(k));
}
