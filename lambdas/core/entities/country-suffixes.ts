import type { WordPattern } from './country-phrase';

// The endings a country name's stem may take in a word, by suffix class (see SuffixClass in country-phrase.ts).

// Turkic case, plural and derivation suffixes in Cyrillic (folded: й is и), one to three glued to a name:
// Kazakh Қазақстанның, Қазақстандағы, Қазақстандықтар; Kyrgyz Кыргызстандын, Кыргызстанга; Uzbek Ўзбекистоннинг.
const TURKIC_CYRILLIC_SUFFIX =
  '(?:[нтд][ыіиуү][ңн]|нинг|[гғкқ][аеәоө]|[дт][аеәоө][гғ][ыіи]|[дтн][аеәоө]н?|[мбп]ен|[нтд][ыіиуү]|[дтл][ыіиуү][қкг]|[лдт][аеәоө]р|ш[ае])';
const TURKIC_CYRILLIC = new RegExp(`^(?:[аяоеуиыіә]{0,2}${TURKIC_CYRILLIC_SUFFIX}{1,3})$`);
// Case endings of Russian, Ukrainian, Belarusian and Serbian nouns and adjectives (folded: й is и, ї is і),
// so that a stem such as "польш" finds "Польше" (and "кита" the Ukrainian "Китаєм"), and the Turkic suffixes above.
const SLAVIC_CYRILLIC = /^[аяоеєуюыиьмхгвіј]{0,3}$/;
// Endings of Slovenian, Croatian, Serbian, Czech, Slovak and German nouns and adjectives.
const LATIN_ENDING = /^[aeioujmhgnrsv]{0,4}$/;
// Polish case endings of nouns and adjectives (folded: ą, ę, ó lose their marks): Czadzie, Kazachstanowi,
// Niemczech, Chinach, Kazachów, kazachskiego.
const POLISH_ENDING =
  /^(?:[aeiouy]|[iy]?(?:e|ego|emu|ej|ch|mi|m)|ie|iem|zie|cie|zech|ii|ia|iu|owi|ow|owie|em|om|ach|ami)?$/;
// Azerbaijani and Uzbek Latin suffixes (folded: ş, ç, ğ, ö, ü lose their marks; ı and ə stay): genitive,
// dative, locative, ablative, accusative, comitative, plural, "-li/-lik/-dagi" derivations.
const TURKIC_LATIN =
  /^(?:n?[ıiuə]n|ning|y?[aeə]|[gkq][aeə]|[dt][aeə]n?|[dt][aeə][gk][ıi]|n[ıiu]|y[ıiu]|l[aeə]r|l[ıiu][kq]?|l[aeə]|s[ıiu]|[ıiu]){1,3}$/;
// Turkish: the derivation "-li" (Kazakistanlı, Çinliler) with the suffixes that follow it.
const TURKISH_LI = /^l[ıiu](?:l[ae]r)?(?:[ıi]n|n[ıi]n|[ae]|y[ae]|d[ae]n?|y[ıi]|n[ıi]|[ıi])?$/;
/** The Turkic adjective suffix of a name, which is written in lower case: "түркиялык", "gürcüstanlı". */
export const TURKIC_ADJECTIVE = /^(?:[дтл][ыіиуү][қкг]|l[ıiu][kq]?)/;
// The rest of a surname formed on a country's stem: Перов, Кубаева, Малиев, Оманович; Perović, Omanov.
export const CYRILLIC_SURNAME = /^[аяоеиыуь]?(?:ов|ев|ин|ын|ич)/;
const LATIN_SURNAME = /^[aeiouy]?(?:ov|ev|ic|in)/;

/** Whether `rest`, what follows a word pattern's stem in a word, is an ending its suffix class allows. */
export function suffixAllows(w: WordPattern, rest: string): boolean {
  switch (w.suffix) {
    case 'none':
      return rest === '';
    case 'plural':
      return rest === '' || rest === 's';
    case 'cyrillic':
      if (rest === '') return true;
      if (w.guard && CYRILLIC_SURNAME.test(rest)) return false;
      return SLAVIC_CYRILLIC.test(rest) || TURKIC_CYRILLIC.test(rest);
    case 'turkicCyrillic':
      return rest === '' || TURKIC_CYRILLIC.test(rest);
    case 'latin':
      return LATIN_ENDING.test(rest) && !(w.guard && LATIN_SURNAME.test(rest));
    case 'polish':
      return POLISH_ENDING.test(rest) && !(w.guard && LATIN_SURNAME.test(rest));
    case 'turkic':
      return rest === '' || (rest.length <= 10 && TURKIC_LATIN.test(rest));
    case 'turkish':
      return rest === '' || TURKISH_LI.test(rest);
  }
}
