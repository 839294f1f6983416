import type { Token } from '../text/tokenize';
import type { WordPattern } from './country-phrase';
import { suffixAllows, TURKIC_ADJECTIVE } from './country-suffixes';
import { isUpper, startsUpper } from './letter-case';
import { AMBIGUOUS } from './read-country-phrase';

/** Token `i` opens its line and a comma follows it: "SWEDEN, October 15". */
function opensDateline(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  return (i === 0 || t.gap.includes('\n')) && (tokens[i + 1]?.gap.startsWith(',') ?? false);
}

/** The token opens a sentence, a paragraph or the text. */
function opensSentence(tokens: readonly Token[], i: number): boolean {
  return i === 0 || /[.!?:\n]/.test((tokens[i] as Token).gap);
}

/**
 * Whether token `i` is a word of a country phrase: its stem and an ending its suffix class allows, the exact
 * form of an abbreviation; unless `relaxed`, in the case and the place in the sentence the pattern asks for.
 */
export function wordMatches(w: WordPattern, tokens: readonly Token[], i: number, relaxed: boolean): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (w.exact !== null) return relaxed ? t.folded === w.stem : t.text === w.exact;
  const rest = t.folded.slice(w.stem.length);
  if (!t.folded.startsWith(w.stem) || !suffixAllows(w, rest)) return false;
  // A stem bare is the word of its phrase: an ambiguous one stays out ("Island" of the Polish "Island*ia").
  if (rest === '' && AMBIGUOUS.has(t.folded)) return false;
  if (relaxed) return true;
  if (w.mid && opensSentence(tokens, i)) return false;
  if (!w.cap) return true;
  // The Turkic adjective of a name is written in lower case: "түркиялык", "gürcüstanlı", "yaponiyalik".
  if (TURKIC_ADJECTIVE.test(rest) && (w.suffix === 'turkicCyrillic' || w.suffix === 'turkic')) return true;
  if (!startsUpper(t.text)) return false;
  // A name in capitals ("GUAM") counts only inside a line written in capitals, or as a dateline opening
  // its line ("SWEDEN, October 15").
  if (t.text.length > 1 && isUpper(t.text)) {
    if (opensDateline(tokens, i)) return true;
    const near = tokens[i - 1] ?? tokens[i + 1];
    return near !== undefined && isUpper(near.text) && near.text.length > 1;
  }
  return true;
}
