import type { NameInflection, SuffixClass } from '../country-phrase';

/**
 * What the country gazetteer knows of one language (or one script of it). Each language has its own file
 * beside this one, named in `index.ts`; the builder (build-country-gazetteer.ts) reads only these tables and the
 * data packages they name.
 *
 * Phrase notation (phrases separated by `;`): words separated by spaces; a word ending in `*` is a stem that
 * takes the endings of {@link CountryForms.stems} ("казахск*" finds "казахско-японских"); a phrase written in
 * capitals only (US, ROK, ОАЭ) is an abbreviation matched case-sensitively; any other word must start with a
 * capital letter where it occurs, and takes the endings of {@link CountryForms.inflection}.
 */
export interface CountryForms {
  /** ISO 639-1 code; a script variant adds it: `sr-latn`, `uz-cyrl`. */
  readonly code: string;
  /** How the language's country names inflect. */
  readonly inflection: NameInflection;
  /** How the capitalised words of {@link CountryForms.forms} inflect, when not as names do (Turkish peoples). */
  readonly formInflection?: NameInflection;
  /** The endings a `*` stem takes: adjectives and demonyms. */
  readonly stems: SuffixClass;
  /** The i18n-iso-countries language file with the language's country names, if it has one. */
  readonly i18n?: string;
  /** The world-countries translation key with the language's country names, if it has one. */
  readonly world?: string;
  /** Names taken from another script of the language, letter by letter: Serbian Latin, Uzbek Cyrillic. */
  readonly transliterated?: { readonly from: string; readonly letters: (name: string) => string };
  /**
   * Adjective and demonym stems built from the language's name of each country by the language's word
   * formation (Russian "-ия" → "-ийск*", German "-stan" → "-isch*"): a rule that yields a word the language
   * lacks yields a stem nothing matches. Irregular forms go in {@link CountryForms.forms}.
   */
  readonly derive?: (name: string) => readonly string[];
  /** Per country code, the forms the packages and {@link derive} miss: adjectives, demonyms, abbreviations. */
  readonly forms: Readonly<Record<string, string>>;
  /** Phrases that contain a country form but name no country: regions, organisations, provinces. */
  readonly notCountries: readonly string[];
  /** Names from the packages that are ordinary words of the language: they are left out. */
  readonly skip?: readonly string[];
  /** Names and forms that are ordinary words when they open a sentence: they count only inside one. */
  readonly midSentence?: readonly string[];
}

/** Splits a phrase list written in the notation above. */
export function phrases(list: string): string[] {
  return list
    .split(';')
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
