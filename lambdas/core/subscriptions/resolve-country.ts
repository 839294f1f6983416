// The library without its Node entry (`main`: entry-node.js), which registers all of its ~80 locales (430 KiB
// in a bundle); the locales below are the only ones used, registered here. Same API, same index.d.ts.
import countries from 'i18n-iso-countries/index';
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import hr from 'i18n-iso-countries/langs/hr.json';
import kk from 'i18n-iso-countries/langs/kk.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import sl from 'i18n-iso-countries/langs/sl.json';
import uk from 'i18n-iso-countries/langs/uk.json';
import { findCountryCode } from '../entities/find-country';
import { similarNames } from './similar-names';
import { SubscriptionError } from './subscription-error';

const LOCALES = [en, ru, de, fr, hr, sl, uk, kk];
for (const locale of LOCALES) countries.registerLocale(locale);

// Common codes that are not ISO 3166-1 alpha-2 (the UK's is GB).
const ALIASES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };

/**
 * Resolves a country as a subscriber writes it ("Slovenia", "SI", "SVN", "Словения") to its ISO alpha-2
 * code: first through the parser's gazetteer, so that both sides agree, then through the ISO names in the
 * supported languages. Unknown names fail with the closest country names as candidates.
 */
export function resolveCountry(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0) throw new SubscriptionError('a country is empty');
  const upper = trimmed.toUpperCase();
  const alias = ALIASES[upper];
  if (alias) return alias;
  const found = findCountryCode(trimmed);
  if (found && countries.isValid(found.toUpperCase()) && /^[A-Z]{2}$/i.test(found))
    return found.toUpperCase();
  if (/^[A-Za-z]{3}$/.test(trimmed)) {
    const fromAlpha3 = countries.alpha3ToAlpha2(upper);
    if (fromAlpha3) return fromAlpha3;
  }
  for (const locale of LOCALES) {
    const code =
      countries.getSimpleAlpha2Code(trimmed, locale.locale) ??
      countries.getAlpha2Code(trimmed, locale.locale);
    if (code) return code;
  }
  const names = Object.entries(countries.getNames('en', { select: 'official' })).map(([code, label]) => ({
    code,
    label,
  }));
  const similar = similarNames(trimmed, names, 5);
  const hint =
    similar.length > 0 ? `; did you mean ${similar.map((c) => `${c.label} (${c.code})`).join(', ')}?` : '';
  throw new SubscriptionError(`unknown country '${trimmed}'${hint}`);
}
