import { findCountries, matchCountries } from '../entities/find-countries';
import { findOfficials } from '../entities/officials/find-officials';
import { rejoinBrokenNames } from '../entities/rejoin-broken-names';
import { splitGluedWords } from '../entities/split-glued-words';
import type { ParsedRelease } from '../release';
import { tokenize } from '../text/tokenize';
import { capRelease } from './cap-release';
import { asParseError, readReleaseParts } from './read-release-parts';
import { summarize } from './summarize';

/**
 * Parses the bytes of one release file into a {@link ParsedRelease}: reads it ({@link readReleaseParts}: encoding,
 * format, date, title, body), then finds the countries and officials it names.
 * @throws ReleaseParseError, and nothing else.
 */
export function parseRelease(
  bytes: Uint8Array,
  options: { fileName?: string /** @default DEFAULT_MAX_OBJECT_BYTES */; maxBytes?: number } = {},
): ParsedRelease {
  const { parts, text } = readReleaseParts(bytes, options);
  return asParseError(() => {
    const tokens = rejoinBrokenNames(splitGluedWords(tokenize(text)));
    const countryMatches = matchCountries(tokens);
    return capRelease({
      ...parts,
      summary: summarize(parts.title, parts.body),
      countries: findCountries(text, tokens, countryMatches),
      officials: findOfficials(text, tokens, countryMatches),
    });
  });
}
