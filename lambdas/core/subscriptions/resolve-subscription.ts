import { countryInterest, INTEREST_ATTRIBUTE, pairInterest } from '../interests';
import { emailProblem } from './email-address';
import { MAX_POLICY_VALUES, policyTooLargeMessage } from './limits';
import { resolveCountry } from './resolve-country';
import { type KnownOfficial, type ResolvedOfficial, resolveOfficial } from './resolve-official';
import { SubscriptionError } from './subscription-error';

export type { KnownOfficial } from './resolve-official';
export { SubscriptionError } from './subscription-error';

/** A subscription as a user writes it (cdk.json context `subscriptions`, or `communique subscribe`). */
export interface SubscriptionInput {
  readonly email: string;
  readonly countries?: readonly string[];
  readonly officials?: readonly string[];
  /** Country pairs: a release must name both (`KZ-SI`, `Kazakhstan+Slovenia`). */
  readonly pairs?: readonly string[];
}

/** An SNS filter policy on the `interests` String.Array attribute. */
export type FilterPolicy = Readonly<Record<typeof INTEREST_ATTRIBUTE, readonly string[]>>;

export interface ResolvedSubscription {
  readonly email: string;
  /** Every value the policy allows: `country:<CODE>`, `official:<id>` and the officials' surname forms. */
  readonly interests: readonly string[];
  readonly filterPolicy: FilterPolicy;
  /** `pair:A-B` values, for display. */
  readonly pairs?: readonly string[];
  /** ISO alpha-2 codes of the countries, for display. */
  readonly countries?: readonly string[];
  /** The officials as resolved, for display. */
  readonly officials?: readonly ResolvedOfficial[];
}

export interface ResolveOptions {
  /**
   * Officials the archive knows, to resolve surnames and initials ("Tokayev", "K.K. Tokayev"). Without
   * them, full names still resolve and short forms fail asking for the full name.
   * @default []
   */
  readonly knownOfficials?: readonly KnownOfficial[];
  /** Refuse full names the archive does not know (`subscribe --strict`). */
  readonly strict?: boolean;
}

/**
 * Validates a subscription and resolves its countries and officials to interest values, through the same
 * normalisation as the parser, so that its filter policy allows exactly the alerts about them.
 * @throws SubscriptionError with a message that says what to change (never containing the address).
 */
export function resolveSubscription(
  input: SubscriptionInput,
  options: ResolveOptions = {},
): ResolvedSubscription {
  const email = input.email.trim();
  const problem = emailProblem(email);
  // The reason (emailProblem) is left to callers that can show it: cdk.json validation quotes this message verbatim.
  if (problem) throw new SubscriptionError('invalid email address');
  const codes = unique((input.countries ?? []).map(resolveCountry));
  const officials = (input.officials ?? []).map((o) =>
    resolveOfficial(o, options.knownOfficials ?? [], { strict: options.strict ?? false }),
  );
  const pairs = unique((input.pairs ?? []).map(resolvePair));
  const interests = unique([
    ...codes.map(countryInterest),
    ...pairs,
    ...officials.flatMap((o) => o.interests),
  ]);
  if (interests.length === 0)
    throw new SubscriptionError('a subscription needs at least one country or official');
  if (interests.length > MAX_POLICY_VALUES)
    throw new SubscriptionError(policyTooLargeMessage(interests.length));
  return {
    email,
    interests,
    filterPolicy: { [INTEREST_ATTRIBUTE]: interests },
    countries: codes,
    pairs,
    officials,
  };
}

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

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
