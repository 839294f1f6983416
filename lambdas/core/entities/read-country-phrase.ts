import { tokenize } from '../text/tokenize';
import type { NameInflection, SuffixClass, WordPattern } from './country-phrase';
import { isUpper, startsUpper } from './letter-case';

const CYRILLIC_VOWELS = /[аяоеуюыиьэі]+$/;
const LATIN_VOWELS = /[aeiouy]+$/;
export const HAS_CYRILLIC = /[\u0400-\u04ff]/;

// Names in other languages that are ordinary capitalised English words.
export const AMBIGUOUS = new Set(['island', 'man', 'iceland island', 'per']);

// Indeclinable in the Slavic languages: a name ending in a vowel other than -а/-я (Перу, Мали, Того, Чили),
// or in a vowel and -а (Самоа).
const INDECLINABLE = /(?:[оеёуюиіэ]|[оуеаи]а)$/;

// The letters of a phrase, counted to tell an abbreviation (a module constant: see the trap in officials/shapes.ts).
const NOT_LETTER = /[^\p{L}]/gu;

/**
 * Reads one phrase of the country data into the patterns of its words, or null for a phrase that is not indexed
 * (too short or long, a list, an ordinary English word). `inflect` says how a name's words inflect; a word written
 * with `*` is a stem taking the endings of class `stems` (by default those of its script); `mid`: the phrase
 * counts only inside a sentence.
 */
export function readCountryPhrase(
  phrase: string,
  inflect: NameInflection,
  stems?: SuffixClass,
  mid = false,
): WordPattern[] | null {
  const cleaned = phrase
    .replace(/\(.*?\)/g, ' ')
    .replace(/^(the|la|le|les|l')\s+/i, '')
    .trim();
  if (cleaned.length < 2 || cleaned.includes(',')) return null;
  const tokens = tokenize(cleaned);
  if (tokens.length === 0 || tokens.length > 8) return null;
  if (AMBIGUOUS.has(tokens.map((t) => t.folded).join(' '))) return null;
  const isAbbreviation = tokens.every((t) => isUpper(t.text)) && cleaned.replace(NOT_LETTER, '').length <= 5;
  const words: WordPattern[] = tokens.map((t, i) => {
    const last = i === tokens.length - 1;
    const word = (stem: string, suffix: SuffixClass, cap: boolean, guard: boolean): WordPattern => ({
      stem,
      suffix,
      cap,
      exact: null,
      guard,
      mid: mid && i === 0,
    });
    if (isAbbreviation)
      return {
        stem: t.folded,
        suffix: 'none',
        cap: true,
        exact: t.text,
        guard: false,
        mid: mid && i === 0,
      };
    // A stem written with a capital must have one: peoples' names in German, Slovenian, Polish ("Hrvat*").
    if (t.text.endsWith('*') || cleaned.charAt(t.end) === '*')
      return word(
        t.folded,
        stems ?? (HAS_CYRILLIC.test(t.text) ? 'cyrillic' : 'latin'),
        startsUpper(t.text),
        false,
      );
    // Only the first word's capital is telling: "Émirats arabes unis" is written so, the data says "Arabes Unis".
    // A first word written in lower case is an adjective or a particle ("o'zbek", "norte-americano").
    const cap = i === 0 && startsUpper(t.text);
    // A surname is one word: the words of a longer name take any ending (Объединённых Арабских Эмиратов).
    const guard = tokens.length === 1;
    if (inflect === 'cyrillic' && HAS_CYRILLIC.test(t.text)) {
      const lower = t.text.toLowerCase();
      if (tokens.length === 1 && INDECLINABLE.test(lower)) return word(t.folded, 'turkicCyrillic', cap, true);
      // One word declines by its last vowel (Гана, Гану) or its й after a vowel (Китай, Китая, Китаем; Кітая;
      // Парагвая): folded, й is и, which no case form keeps. In a longer name the adjectives decline too
      // (Российской Федерации), so every ending vowel goes.
      const stem =
        tokens.length === 1
          ? t.folded.slice(0, /[аяьыі]$|[аеоуэ]й$/.test(lower) ? -1 : undefined)
          : t.folded.replace(CYRILLIC_VOWELS, '');
      // A short indeclinable word inside a longer name (Того Республикасы) stays whole, as alone.
      if (stem.length < 4 && INDECLINABLE.test(lower)) return word(t.folded, 'turkicCyrillic', cap, true);
      if (stem.length >= 3) return word(stem, 'cyrillic', cap, guard);
    }
    if (inflect === 'latin' || inflect === 'polish') {
      const stem = t.folded.replace(LATIN_VOWELS, '');
      if (stem.length >= 4) return word(stem, inflect, cap, guard);
    }
    // Kazakh, Kyrgyz, Uzbek Cyrillic: suffixes glue to the whole name (Түркияның, Ресейдің).
    if (inflect === 'turkicCyrillic' && last && HAS_CYRILLIC.test(t.text))
      return word(t.folded, 'turkicCyrillic', cap, true);
    if ((inflect === 'turkic' || inflect === 'turkish') && last)
      // A short name takes only "-li" (Çinli): its glued case forms are too near ordinary words.
      return word(t.folded, inflect === 'turkic' && t.folded.length >= 4 ? 'turkic' : 'turkish', cap, true);
    return word(t.folded, last && inflect === 'plural' ? 'plural' : 'none', cap, false);
  });
  return words;
}
