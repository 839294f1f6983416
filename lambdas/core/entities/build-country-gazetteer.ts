import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import hr from 'i18n-iso-countries/langs/hr.json';
import kk from 'i18n-iso-countries/langs/kk.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import sl from 'i18n-iso-countries/langs/sl.json';
import sr from 'i18n-iso-countries/langs/sr.json';
import uk from 'i18n-iso-countries/langs/uk.json';
import worldCountries from 'world-countries';
import { COUNTRY_EXTRAS, NOT_COUNTRIES } from './country-extras';
import { CountryGazetteer, HAS_CYRILLIC, INFLECTING_LATIN } from './country-gazetteer';

// Build-time only: `npm run generate:countries` runs this and writes data/country-gazetteer.json, which is what
// the parser loads. A test rebuilds it and compares, so the data file cannot drift from this code.

type LangFile = { countries: Record<string, string | string[]> };

/** Builds the country gazetteer from the data packages, {@link COUNTRY_EXTRAS} and {@link NOT_COUNTRIES}. */
export function buildCountryGazetteer(): CountryGazetteer {
  const g = new CountryGazetteer();
  const independent = new Set<string>();
  const langs: Array<[string, LangFile]> = [
    ['en', en],
    ['de', de],
    ['fr', fr],
    ['ru', ru],
    ['uk', uk],
    ['kk', kk],
    ['sl', sl],
    ['hr', hr],
    ['sr', sr],
  ];
  const inflectionOf = (lang: string, name: string): 'cyrillic' | 'latin' | 'plural' =>
    HAS_CYRILLIC.test(name) ? 'cyrillic' : INFLECTING_LATIN.has(lang) ? 'latin' : 'plural';
  for (const [lang, file] of langs) {
    for (const [code, value] of Object.entries(file.countries)) {
      for (const name of Array.isArray(value) ? value : [value])
        g.add(code, name, 1, inflectionOf(lang, name));
    }
  }
  for (const c of worldCountries) {
    if (c.independent) independent.add(c.cca2);
    g.names.set(c.cca2, c.name.common);
    g.add(c.cca2, c.name.common, 1, 'plural');
    g.add(c.cca2, c.name.official, 1, 'plural');
    for (const [lang, t] of Object.entries(c.translations)) {
      if (!['deu', 'fra', 'hrv', 'rus', 'srp', 'pol', 'ces', 'slk'].includes(lang)) continue;
      g.add(c.cca2, t.common, 1, inflectionOf(lang, t.common));
      g.add(c.cca2, t.official, 1, inflectionOf(lang, t.official));
    }
    for (const alt of c.altSpellings) if (alt.length > 3) g.add(c.cca2, alt, 1, inflectionOf('', alt));
    for (const d of Object.values(c.demonyms)) {
      for (const form of new Set([d.m, d.f])) {
        for (const part of form.split(/,\s*/))
          g.add(c.cca2, /^\p{Ll}/u.test(part) ? `${part}*` : part, 0, 'plural');
      }
    }
  }
  for (const [code, list] of Object.entries(COUNTRY_EXTRAS)) {
    for (const phrase of list.split(';')) g.add(code, phrase.trim(), 2, 'plural');
  }
  for (const phrase of NOT_COUNTRIES) g.add(null, phrase, 3, 'plural');
  g.finish(independent);
  return g;
}
