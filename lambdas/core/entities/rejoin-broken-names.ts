import type { Token } from '../text/tokenize';
import { wordsOf } from './officials/lexicon';
import { packedLanguages } from './officials/load-languages';
import { endsLikeSurname } from './officials/name-evidence';

/** A hyphen, a soft hyphen or a non-breaking hyphen, perhaps with the line break that followed it. */
const BREAK = /^[-\u00ad\u2010\u2011][ \t]*(?:\r?\n[ \t]*)?$/;
const LINE_BREAK = /\n/;
const CYRILLIC = /^[\p{Script=Cyrillic}\p{M}]+$/u;
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]+$/u;
const LOWER = /^[\p{Ll}\p{M}]{2,}$/u;
let caseEndings: { readonly set: ReadonlySet<string>; readonly longest: number } | null = null;

/** The case and inflection endings of every language (names travel: all are read in every release). */
function allCaseEndings(): { readonly set: ReadonlySet<string>; readonly longest: number } {
  if (caseEndings === null) {
    const set = new Set(packedLanguages().flatMap((l) => [...wordsOf(l.caseEndings), ...wordsOf(l.endings)]));
    caseEndings = { set, longest: Math.max(0, ...[...set].map((e) => e.length)) };
  }
  return caseEndings;
}

/** The word, or the word without one case ending of some language, ends like a surname. */
function isInflectedSurname(folded: string): boolean {
  if (endsLikeSurname(folded)) return true;
  const { set, longest } = allCaseEndings();
  for (let k = 1; k <= longest && k < folded.length; k++)
    if (set.has(folded.slice(folded.length - k)) && endsLikeSurname(folded.slice(0, -k))) return true;
  return false;
}

/**
 * Rejoins a surname that hyphenation cut ("Лоба-новым", "Лоба-\nновпен"): a capitalised word, a hyphen (with a
 * line break, or none in Cyrillic text, where names have no lower-case second part), a word in lower case, and
 * the two together end like a surname of some language, perhaps with a case ending. The joined token spans both
 * parts of the text; its text is the word without the hyphen.
 */
export function rejoinBrokenNames(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = out ? out[out.length - 1] : tokens[i - 1];
    const joinable =
      prev !== undefined &&
      BREAK.test(t.gap) &&
      LOWER.test(t.text) &&
      CAPITALISED.test(prev.text) &&
      (LINE_BREAK.test(t.gap) || (CYRILLIC.test(prev.text) && CYRILLIC.test(t.text))) &&
      // A first part that is a surname already ("Иванов-") is a double name, not a cut one.
      !endsLikeSurname(prev.folded) &&
      isInflectedSurname(prev.folded + t.folded);
    if (!joinable) {
      out?.push(t);
      continue;
    }
    if (out === null) out = tokens.slice(0, i);
    out[out.length - 1] = {
      start: prev.start,
      end: t.end,
      text: prev.text + t.text,
      folded: prev.folded + t.folded,
      gap: prev.gap,
    };
  }
  return out ?? tokens;
}
