import { pairInterest } from '../interests';
import { resolveCountry } from './resolve-country';
import { SubscriptionError } from './subscription-error';

/**
 * `KZ-SI`, `Kazakhstan+Slovenia`, `kz+si` -> `pair:KZ-SI`. A `+` always separates; a `-` separates only when the
 * whole is no country name itself (Guinea-Bissau, Timor-Leste).
 */
export function resolvePair(input: string): string {
  let parts = input.split('+').map((p) => p.trim());
  if (parts.length === 1) {
    // The first dash with a country on both sides: "Guinea-Bissau-SN" is GW and SN.
    for (let at = input.indexOf('-'); at > 0; at = input.indexOf('-', at + 1)) {
      if (tryCountry(input.slice(0, at)) && tryCountry(input.slice(at + 1))) {
        parts = [input.slice(0, at), input.slice(at + 1)];
        break;
      }
    }
  }
  if (parts.length !== 2)
    throw new SubscriptionError(`pair '${input}' needs two countries, e.g. KZ-SI or Kazakhstan+Slovenia`);
  const [a, b] = parts.map(resolveCountry) as [string, string];
  if (a === b) throw new SubscriptionError(`pair '${input}' names one country twice`);
  return pairInterest(a, b);
}

function tryCountry(text: string): string | null {
  try {
    return resolveCountry(text);
  } catch {
    return null;
  }
}
