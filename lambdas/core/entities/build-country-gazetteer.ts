import az from 'i18n-iso-countries/langs/az.json';
import be from 'i18n-iso-countries/langs/be.json';
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import hr from 'i18n-iso-countries/langs/hr.json';
import it from 'i18n-iso-countries/langs/it.json';
import kk from 'i18n-iso-countries/langs/kk.json';
import ky from 'i18n-iso-countries/langs/ky.json';
import pl from 'i18n-iso-countries/langs/pl.json';
import pt from 'i18n-iso-countries/langs/pt.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import sl from 'i18n-iso-countries/langs/sl.json';
import sr from 'i18n-iso-countries/langs/sr.json';
import tr from 'i18n-iso-countries/langs/tr.json';
import uk from 'i18n-iso-countries/langs/uk.json';
import uz from 'i18n-iso-countries/langs/uz.json';
import worldCountries from 'world-countries';
import { fold } from '../text/fold';
import { COUNTRY_FORM_LANGUAGES } from './country-forms';
import { type CountryForms, phrases } from './country-forms/country-forms';
import { CountryGazetteer } from './country-gazetteer';
import { HAS_CYRILLIC } from './read-country-phrase';

// Build-time only: `npm run generate:countries` runs this and writes data/country-gazetteer-json.ts, which is
// what the parser loads. A test rebuilds it and compares, so the data file cannot drift from this code.

type LangFile = { countries: Record<string, string | string[]> };

const I18N: Readonly<Record<string, LangFile>> = {
  az,
  be,
  de,
  en,
  es,
  fr,
  hr,
  it,
  kk,
  ky,
  pl,
  pt,
  ru,
  sl,
  sr,
  tr,
  uk,
  uz,
};

/** A language's country names from the packages: code -> names. */
function packageNames(lang: CountryForms): Map<string, string[]> {
  const names = new Map<string, string[]>();
  const put = (code: string, name: string) => {
    const list = names.get(code) ?? [];
    if (!list.includes(name)) list.push(name);
    names.set(code, list);
  };
  const file = lang.i18n === undefined ? undefined : I18N[lang.i18n];
  if (lang.i18n !== undefined && !file) throw new Error(`no i18n-iso-countries file for ${lang.i18n}`);
  for (const [code, value] of Object.entries(file?.countries ?? {}))
    for (const name of Array.isArray(value) ? value : [value]) put(code, name);
  for (const c of worldCountries) {
    const t =
      lang.world === undefined ? undefined : c.translations[lang.world as keyof typeof c.translations];
    if (t) {
      put(c.cca2, t.common);
      put(c.cca2, t.official);
    }
  }
  return names;
}

// The apostrophes of the packages' names (В’етнам, В'єтнам) split a word; the modifier letter apostrophe U+02BC,
// which Ukrainian and Belarusian texts also write (Вʼетнама), does not.
const SPLITTING_APOSTROPHE = /['’]/g;

/** A name, and the name with U+02BC for its apostrophes when it has one. */
function apostropheSpellings(name: string): string[] {
  const joined = name.replace(SPLITTING_APOSTROPHE, '\u02bc');
  return joined === name ? [name] : [name, joined];
}

/** Builds the country gazetteer from the data packages and the per-language tables in country-forms/. */
export function buildCountryGazetteer(): CountryGazetteer {
  const g = new CountryGazetteer();
  const independent = new Set<string>();
  const byCode = new Map(COUNTRY_FORM_LANGUAGES.map((l) => [l.code, l]));
  const mid = new Set<string>();
  for (const lang of COUNTRY_FORM_LANGUAGES) {
    for (const phrase of lang.midSentence ?? []) mid.add(fold(phrase));
    const skip = new Set((lang.skip ?? []).map(fold));
    const names = packageNames(lang);
    const source = lang.transliterated;
    if (source) {
      const from = byCode.get(source.from);
      if (!from) throw new Error(`${lang.code}: no language ${source.from} to transliterate`);
      for (const [code, list] of packageNames(from))
        names.set(code, [...new Set([...(names.get(code) ?? []), ...list.map(source.letters)])]);
    }
    for (const [code, list] of names) {
      for (const name of list) {
        if (skip.has(fold(name))) continue;
        for (const spelling of apostropheSpellings(name))
          g.add(code, spelling, 1, lang.inflection, lang.stems);
        for (const form of lang.derive?.(name) ?? []) g.add(code, form, 0, lang.inflection, lang.stems);
      }
    }
    for (const [code, list] of Object.entries(lang.forms))
      for (const phrase of phrases(list))
        g.add(code, phrase, 2, lang.formInflection ?? lang.inflection, lang.stems);
    for (const phrase of lang.notCountries) g.add(null, phrase, 3, lang.inflection, lang.stems);
  }
  for (const c of worldCountries) {
    if (c.independent) independent.add(c.cca2);
    g.names.set(c.cca2, c.name.common);
    g.add(c.cca2, c.name.common, 1, 'plural');
    g.add(c.cca2, c.name.official, 1, 'plural');
    // Romanised and native spellings in many languages: inflected only by a plural.
    for (const alt of c.altSpellings)
      if (alt.length > 3) g.add(c.cca2, alt, 1, HAS_CYRILLIC.test(alt) ? 'cyrillic' : 'plural');
    for (const [lang, d] of Object.entries(c.demonyms)) {
      for (const form of new Set([d.m, d.f])) {
        for (const part of form.split(/,\s*/)) {
          g.add(c.cca2, part, 0, 'plural');
          // French writes the adjective in lower case ("la délégation kazakhstanaise"); English lower-case
          // demonyms are ordinary words (polish, french).
          if (lang === 'fra') g.add(c.cca2, `${part.toLowerCase()}*`, 0, 'plural', 'latin');
        }
      }
    }
  }
  g.finish(independent, mid);
  return g;
}
