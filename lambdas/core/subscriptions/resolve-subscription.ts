import { countryInterest, INTEREST_ATTRIBUTE } from '../interests';
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
}

/** An SNS filter policy on the `interests` String.Array attribute. */
export type FilterPolicy = Readonly<Record<typeof INTEREST_ATTRIBUTE, readonly string[]>>;

export interface ResolvedSubscription {
  readonly email: string;
  /** Every value the policy allows: `country:<CODE>`, `official:<id>` and the officials' surname forms. */
  readonly interests: readonly string[];
  readonly filterPolicy: FilterPolicy;
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
  const officials = (input.officials ?? []).map((o) => resolveOfficial(o, options.knownOfficials ?? []));
  const interests = unique([...codes.map(countryInterest), ...officials.flatMap((o) => o.interests)]);
  if (interests.length === 0)
    throw new SubscriptionError('a subscription needs at least one country or official');
  if (interests.length > MAX_POLICY_VALUES)
    throw new SubscriptionError(policyTooLargeMessage(interests.length));
  return { email, interests, filterPolicy: { [INTEREST_ATTRIBUTE]: interests }, countries: codes, officials };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
