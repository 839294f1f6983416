import type { NameEvidence } from './name-evidence';
import { ALL_CAPS, scriptOf } from './shapes';
import type { Words } from './words';

// A leading word before a given name is trimmed only from this length on.
const MIN_TRIMMED_LENGTH = 7;

function isCyrillicAcronym(w: Words, e: NameEvidence, i: number): boolean {
  const text = w.at(i).text;
  return ALL_CAPS.test(text) && scriptOf(text) === 'cyrillic' && !e.hasSurnameShape(i);
}

/**
 * Trims the words of a run that evidence shows are no name ("Landtags Peter Hollinger", "Civil Aviation"):
 * leading and trailing words written in lower case elsewhere or with a common-noun ending, and a leading word
 * before a given name in a run of three or more. False when nothing of the run is left a name.
 */
export function trimByEvidence(w: Words, e: NameEvidence, words: number[], initials: number[]): boolean {
  const dropFirst = () => {
    const first = words.shift() as number;
    // Initials stood before that word: they go with it.
    while (initials.length > 0 && (initials[0] as number) < first) initials.shift();
  };
  while (words.length >= 2 && e.negative(words[0] as number) && !e.positive(words[0] as number)) dropFirst();
  // In Cyrillic text an acronym before a name is an organisation's in the genitive ("сакратаром АДКБ Іманалі
  // Масаліевым", "секретаром НАТО Марком Рутеом"); a surname in capitals has a surname shape ("ПУТИН Владимир").
  while (
    words.length >= 2 &&
    initials.length === 0 &&
    isCyrillicAcronym(w, e, words[0] as number) &&
    !ALL_CAPS.test(w.at(words[1] as number).text)
  )
    dropFirst();
  while (
    words.length >= 2 &&
    e.negative(words[words.length - 1] as number) &&
    !e.positive(words[words.length - 1] as number)
  )
    words.pop();
  // East Asian family names come first and are short (Nguyen Thanh Binh, Park Jin-ho): they stay.
  while (
    words.length >= 3 &&
    initials.length === 0 &&
    w.at(words[0] as number).text.length >= MIN_TRIMMED_LENGTH &&
    !e.positive(words[0] as number) &&
    e.isGivenName(words[1] as number) &&
    !w.is(words[1] as number, 'particles')
  )
    dropFirst();
  if (words.every((k) => !e.positive(k)) && words.some((k) => e.negative(k))) return false;
  return true;
}
