import { tokenize } from '../text/tokenize';
import { countryGazetteer, isCountryCode } from './load-country-gazetteer';

/**
 * Resolves one country name, demonym or code in any supported language ("Slovenia", "SI", "Словения",
 * "slowenisch") to its ISO 3166-1 alpha-2 code, or null when it names no country. Case does not matter.
 */
export function findCountryCode(name: string): string | null {
  const trimmed = name.trim().replace(/^(?:the|die|der|la|le)\s+/i, '');
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const code = trimmed.toUpperCase();
    return isCountryCode(code) ? code : null;
  }
  const tokens = tokenize(trimmed);
  if (tokens.length === 0) return null;
  const gazetteer = countryGazetteer();
  const m = gazetteer.matchAt(tokens, 0, true);
  if (m && m.last === tokens.length - 1) return m.code;
  return null;
}
