import { foldWord } from '../text/fold';
import type { Token } from '../text/tokenize';
import { countryGazetteer } from './load-country-gazetteer';
import { lexicon } from './officials/lexicon';

/** A lower-case letter followed by a capital and a lower-case letter: where a lost space glued two words. */
const GLUE = /\p{Ll}(?=\p{Lu}\p{Ll})/gu;
const HAS_GLUE = /\p{Ll}\p{Lu}\p{Ll}/u;
/** The shortest left part split off: "McDonald", "MacArthur", "DeSantis", "LeBlanc" keep their inner capital. */
const MIN_LEFT = 4;

/** A country name or an office word, alone: what a role ends with before a name whose space was lost. */
function endsARole(token: Token): boolean {
  const m = countryGazetteer().matchAt([token], 0);
  if (m && m.code !== null && m.last === 0) return true;
  return lexicon().languagesOf('offices', token.folded).length > 0;
}

function tokenOf(start: number, word: string, gap: string): Token {
  return { start, end: start + word.length, text: word, folded: foldWord(word), gap };
}

/**
 * Splits words glued by a lost space where the left part is a country or an office word of at least four
 * letters and the right part starts with a capital: "AlbaniaClaire" is "Albania" + "Claire" (a scraped page
 * that dropped a line break between a role and a name). The right part's gap is empty, as written.
 */
export function splitGluedWords(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
  tokens.forEach((t, i) => {
    let pieces: Token[] | null = null;
    // Most tokens are short or have no inner capital: one test, no iterator.
    if (t.text.length >= MIN_LEFT + 2 && HAS_GLUE.test(t.text))
      for (const m of t.text.matchAll(GLUE)) {
        const cut = m.index + 1;
        if (cut < MIN_LEFT) continue;
        const left = tokenOf(t.start, t.text.slice(0, cut), t.gap);
        if (!endsARole(left)) continue;
        pieces = [left, tokenOf(t.start + cut, t.text.slice(cut), '')];
        break;
      }
    if (pieces === null) {
      out?.push(t);
      return;
    }
    if (out === null) out = tokens.slice(0, i);
    out.push(...pieces);
  });
  return out ?? tokens;
}
