// The ISO 3166-1 code table only (alpha-2, alpha-3, numeric; 10 KB of JSON): the package's names and its lookup
// code (52 KiB with eight locales and their diacritics table) are not bundled. Names come from the gazetteer, and
// for a name it does not know from the runtime's CLDR names (Intl.DisplayNames, full ICU in Node and on Lambda).
import codes from 'i18n-iso-countries/codes.json';
import { findCountryCode } from '../entities/find-country';
import { countryGazetteer, isCountryCode } from '../entities/load-country-gazetteer';
import { fold } from '../text/fold';
import { similarNames } from './similar-names';
import { SubscriptionError } from './subscription-error';

// Common codes that are not ISO 3166-1 alpha-2 (the UK's is GB).
const ALIASES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };
/** The languages whose country names a subscriber may write beyond the gazetteer's (CLDR's names in each). */
const NAME_LOCALES = ['en', 'ru', 'de', 'fr', 'hr', 'sl', 'uk', 'kk'] as const;

let alpha3: ReadonlyMap<string, string> | null = null;
let cldrNames: ReadonlyMap<string, string> | null = null;

/**
 * The folded CLDR name of every country in {@link NAME_LOCALES}, to its code. Built on the first name the
 * gazetteer does not know (a few tens of milliseconds, once: ICU loads its region data), never at load.
 */
function namesOfCldr(): ReadonlyMap<string, string> {
  if (cldrNames) return cldrNames;
  const names = new Map<string, string>();
  for (const locale of NAME_LOCALES) {
    const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const code of countryGazetteer().names.keys()) {
      const name = display.of(code);
      if (name && !names.has(fold(name))) names.set(fold(name), code);
    }
  }
  cldrNames = names;
  return names;
}

/**
 * The forms to try for a name as written, the name itself first: without a bracketed part ("Mjanmar (Burma)")
 * and, for an ISO-style inverted name ("Moldova, Republic of"), in reading order.
 */
function formsOf(name: string): string[] {
  const plain = name.replace(/\s*\([^)]*\)/g, '').trim();
  const inverted = /^([^,]+),\s*([^,]+)$/.exec(plain);
  return [...new Set([name, plain, ...(inverted ? [`${inverted[2]} ${inverted[1]}`] : [])])].filter(
    (f) => f.length > 0,
  );
}

/**
 * Resolves a country as a subscriber writes it ("Slovenia", "SI", "SVN", "Словения") to its ISO alpha-2
 * code: first through the parser's gazetteer, so that both sides agree, then by its alpha-3 code, then through
 * the CLDR names in the supported languages. Unknown names fail with the closest country names as candidates.
 */
export function resolveCountry(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0) throw new SubscriptionError('a country is empty');
  const upper = trimmed.toUpperCase();
  const alias = ALIASES[upper];
  if (alias) return alias;
  const found = findCountryCode(trimmed);
  if (found && /^[A-Z]{2}$/i.test(found) && isCountryCode(found.toUpperCase())) return found.toUpperCase();
  if (/^[A-Za-z]{3}$/.test(trimmed)) {
    alpha3 ??= new Map(codes.map(([a2, a3]) => [a3, a2] as [string, string]));
    const fromAlpha3 = alpha3.get(upper);
    if (fromAlpha3) return fromAlpha3;
  }
  for (const form of formsOf(trimmed)) {
    const code = (form === trimmed ? null : findCountryCode(form)) ?? namesOfCldr().get(fold(form));
    if (code && isCountryCode(code.toUpperCase())) return code.toUpperCase();
  }
  const names = [...countryGazetteer().names].map(([code, label]) => ({ code, label }));
  const similar = similarNames(trimmed, names, 5);
  const hint =
    similar.length > 0 ? `; did you mean ${similar.map((c) => `${c.label} (${c.code})`).join(', ')}?` : '';
  throw new SubscriptionError(`unknown country '${trimmed}'${hint}`);
}
