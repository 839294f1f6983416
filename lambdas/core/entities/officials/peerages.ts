import type { ReleaseLanguages } from './detect-languages';
import { tableWords } from './lexicon';
import type { NameReader, NameRun } from './name-reader';
import { isNameWord } from './name-words';
import { CAP_WORD, SPACE } from './shapes';

/** The peers' titles of a set of languages, by its mask: releases share a few such sets. */
const PEERAGES = new Map<number, ReadonlySet<string>>();

/** The peers' titles of the release's languages: "Lord", "Baroness". */
export function peeragesOf(languages: ReleaseLanguages): ReadonlySet<string> {
  const { active, activeMask } = languages;
  let set = PEERAGES.get(activeMask);
  if (set === undefined) {
    set = new Set([...active].flatMap((l) => tableWords(l, 'peerages')));
    if (PEERAGES.size >= 64) PEERAGES.clear();
    PEERAGES.set(activeMask, set);
  }
  return set;
}

/**
 * A peer's name as one unit: the title, the name, and "of" with the territorial designation ("Lord Collins of
 * Highbury", "Baroness Grey of Westbrook"); the title word alone is a role modifier elsewhere.
 */
export function peerageName(names: NameReader, i: number): NameRun | null {
  const w = names.w;
  const name = w.tok(i + 1);
  if (!names.isPeerage(i) || !name || !SPACE.test(name.gap) || !isNameWord(w, i + 1)) return null;
  const words = [i, i + 1];
  const of = w.tok(i + 2);
  const place = w.tok(i + 3);
  if (
    of?.text === 'of' &&
    SPACE.test(of.gap) &&
    place &&
    SPACE.test(place.gap) &&
    CAP_WORD.test(place.text) &&
    !w.isCountry(i + 3) &&
    !w.isNotName(i + 3)
  )
    words.push(i + 2, i + 3);
  return { first: i, last: words[words.length - 1] as number, words, initials: [] };
}
