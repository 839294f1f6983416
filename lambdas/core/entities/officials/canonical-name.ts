import type { Mention, Person } from './mention';
import { nominativeWord, withLostVowel } from './morphology';
import { nameText } from './name-text';
import type { Words } from './words';

/** The canonical name of a person from its fullest mention, in the nominative. */
export function canonicalName(w: Words, best: Mention): string {
  const words = best.words.map((k, j) => {
    const written = w.at(k).text;
    const rebuilt = nominativeWord(w, written, best.caseOf);
    return j === 0 && best.words.length >= 2 && rebuilt !== written ? withLostVowel(rebuilt) : rebuilt;
  });
  if ((best.words.length === 1 || best.initials.length > 0) && best.caseOf === null)
    return nameText(w, best.first, best.last);
  if (best.initials.length > 0) {
    // The initials stay as written, the words are rebuilt: "Посла Б.Ш.Ганиева" is "Б.Ш.Ганиев".
    let text = '';
    for (let k = best.first; k <= best.last; k++) {
      const at = best.words.indexOf(k);
      text += (k === best.first ? '' : w.at(k).gap) + (at >= 0 ? words[at] : w.at(k).text);
    }
    return text;
  }
  if (best.words.length === 1) return words[0] as string;
  // Rebuild from the tokens with the original separators (keeps U+2011 in "Kassym‑Jomart").
  return words
    .map((word, k) => (k === 0 ? word : `${w.at(best.words[k] as number).gap.replace(/\s+/g, ' ')}${word}`))
    .join('');
}

/**
 * A mention of the same length written in the nominative that the case rules could not rebuild exactly: the
 * instrumental "Tarmom Kaskom" gives "Tarm Kask", the text also says "Tarmo Kask". Each of its words is the
 * rebuilt word or that word and at most two more letters, shorter than the inflected form.
 */
export function writtenNominative(w: Words, p: Person, best: Mention): Mention | null {
  if (best.caseOf === null || best.initials.length > 0) return null;
  const rebuilt = best.words.map((k) => nominativeWord(w, w.at(k).text, best.caseOf).toLowerCase());
  if (rebuilt.every((r, k) => r === w.at(best.words[k] as number).text.toLowerCase())) return null;
  return (
    p.mentions.find(
      (m) =>
        m.caseOf === null &&
        m.initials.length === 0 &&
        m.words.length === best.words.length &&
        m.words.every((k, j) => {
          const written = w.at(k).text.toLowerCase();
          const r = rebuilt[j] as string;
          const inflected = w.at(best.words[j] as number).text.toLowerCase();
          return (
            written === r ||
            (written.startsWith(r) && written.length - r.length <= 2 && written.length < inflected.length)
          );
        }),
    ) ?? null
  );
}
