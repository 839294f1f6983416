import { isInitial } from './abbreviations';
import type { NameReader, NameRun } from './name-reader';
import { isGivenNamePart, isNameWord, isWordAsSurname } from './name-words';
import { peerageName } from './peerages';
import { ALL_CAPS, APOSTROPHE, CAP_WORD, INITIAL_GAP, NAME_GAP, REGNAL, SPACE, UPPER_LETTER } from './shapes';
import { isStylePart } from './style-part';
import { trimByEvidence } from './trim-by-evidence';
import type { Words } from './words';

// A name has at most this many words and initials: a longer capitalised run is a list or a heading.
const MAX_NAME_TOKENS = 7;

/** An elided particle glued to the next word by an apostrophe: the D of "D’Antuono", the O of "O'Brien". */
function isElision(w: Words, j: number): boolean {
  const t = w.tok(j);
  const next = w.tok(j + 1);
  return (
    t !== undefined &&
    UPPER_LETTER.test(t.text) &&
    next !== undefined &&
    APOSTROPHE.test(next.gap) &&
    CAP_WORD.test(next.text)
  );
}

/**
 * Reads the run of initials, capitalised words, particles and hyphenated parts that starts at token `i`, trimmed
 * by evidence ({@link trimByEvidence}); a peer's name is one unit ({@link peerageName}); null when no name is left.
 */
export function scanName(names: NameReader, i: number): NameRun | null {
  const w = names.w;
  if (isStylePart(w, i)) return null;
  const peer = peerageName(names, i);
  if (peer) return peer;
  const words: number[] = [];
  const initials: number[] = [];
  let j = i;
  let afterInitial = false;
  while (j < w.length && words.length + initials.length < MAX_NAME_TOKENS) {
    const t = w.at(j);
    const elided = j > i && APOSTROPHE.test(t.gap) && isElision(w, j - 1);
    // A generational suffix after a comma: "Joseph R. Biden, Jr.".
    const suffix = j > i && /^, $/.test(t.gap) && w.is(j, 'patronymics');
    if (j > i && !(NAME_GAP.test(t.gap) || (afterInitial && INITIAL_GAP.test(t.gap)) || elided || suffix))
      break;
    if (j > i && t.gap === '') break;
    if (words.length > 0 && isElision(w, j)) {
      words.push(j);
      afterInitial = false;
    } else if (isInitial(w, j) && (words.length === 0 || isNameWord(w, j + 1))) {
      initials.push(j);
      afterInitial = true;
    } else if (isNameWord(w, j)) {
      // A repeated word ends the name (a glued tooltip "Rahmon Rahmon"), except after a particle: "bin Nahyan Al Nahyan".
      if (!w.is(j - 1, 'particles') && words.some((k) => w.at(k).folded === t.folded)) break;
      words.push(j);
      afterInitial = false;
    } else if (isGivenNamePart(w, j, words) || isWordAsSurname(w, names.evidence, j, words)) {
      words.push(j);
      afterInitial = false;
    } else if (
      words.length > 0 &&
      !afterInitial &&
      t.gap === ' ' &&
      /^[\u0410-\u042f]$/.test(t.text) &&
      words[words.length - 1] === j - 1 &&
      w.at(j - 1).text.length <= 4
    ) {
      // A one-syllable Chinese given name in Cyrillic ends the name: "Ван И".
      words.push(j);
      break;
    } else if (words.length > 0 && /^,? $/.test(t.gap) && w.is(j, 'patronymics')) {
      // A patronymic marker ends the name: "Nurlanbek Turgunbek uulu", "Айжан Асанбек кызы".
      words.push(j);
      break;
    } else if (words.length > 0 && !afterInitial && SPACE.test(t.gap) && REGNAL.test(t.text)) {
      // A regnal number ends the name: "King Abdullah II", "Pope Leo XIV".
      words.push(j);
      break;
    } else if (
      words.length > 0 &&
      w.is(j, 'particles') &&
      // Spanish "y" joins "Ortega y Gasset" but mostly two people: "and" wins where it is a word of the release.
      !w.is(j, 'and') &&
      (isNameWord(w, j + 1) ||
        // "von der Leyen", "bin Abdul Rahman": particles in a row before the name word.
        (w.is(j + 1, 'particles') && NAME_GAP.test(w.tok(j + 1)?.gap ?? '') && isNameWord(w, j + 2)))
    ) {
      words.push(j);
      afterInitial = false;
    } else break;
    j++;
  }
  // An honorific written as an initial is no initial of the name: "M. Christophe Lemoine", "H.E. Tomas Brenner".
  if (
    words.length >= 2 &&
    initials.length > 0 &&
    initials.every((k) => w.is(k, 'honorifics')) &&
    (initials[initials.length - 1] as number) < (words[0] as number)
  )
    initials.length = 0;
  if (words.length === 0) return null;
  if (words.every((k) => ALL_CAPS.test(w.at(k).text) || w.is(k, 'particles'))) return null;
  if (!trimByEvidence(w, names.evidence, words, initials)) return null;
  const last = words[words.length - 1] as number;
  return {
    first: Math.min(initials[0] ?? Number.MAX_SAFE_INTEGER, words[0] as number),
    last,
    words,
    initials,
  };
}
