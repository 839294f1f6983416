import { findCountries } from '../../../../lambdas/core/entities/find-countries';
import { tokenize } from '../../../../lambdas/core/text/tokenize';

/** The sorted country codes found in a text. */
export function codes(text: string): string[] {
  return findCountries(text, tokenize(text))
    .map((c) => c.code)
    .sort();
}
