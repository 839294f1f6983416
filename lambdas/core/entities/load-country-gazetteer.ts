import { brotliDecompressSync } from 'node:zlib';
import { decodeBase91 } from '../text/base91';
import type { CountryGazetteer } from './country-gazetteer';
import { gazetteerFromText } from './country-gazetteer-data';
import { COUNTRY_GAZETTEER_BROTLI } from './data/country-gazetteer-json';

let gazetteer: CountryGazetteer | null = null;

/** The gazetteer text (country-gazetteer-data.ts) from the packed data module (Brotli, base-91). */
export function unpackCountryData(packed: string): string {
  return brotliDecompressSync(decodeBase91(packed)).toString('utf8');
}

/**
 * The country gazetteer, loaded once on first use from the generated data file. The data is built from the
 * country packages and the per-language tables in country-forms/ by `npm run generate:countries` (see
 * build-country-gazetteer.ts): bundling the packages themselves would put about 770 KiB of JSON into the Lambda.
 */
export function countryGazetteer(): CountryGazetteer {
  if (gazetteer === null) {
    gazetteer = gazetteerFromText(unpackCountryData(COUNTRY_GAZETTEER_BROTLI));
    gazetteer.keepsFacts = true;
  }
  return gazetteer;
}

/** English short name of a country code ("Slovenia" for SI), or the code itself. */
export function countryName(code: string): string {
  return countryGazetteer().names.get(code) ?? code;
}

/** Every code the gazetteer knows as a country. */
export function isCountryCode(code: string): boolean {
  return countryGazetteer().names.has(code);
}
