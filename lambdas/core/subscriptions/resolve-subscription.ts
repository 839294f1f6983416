import { countryInterest, INTEREST_ATTRIBUTE } from '../interests';
import { emailProblem } from './email-address';
import { MAX_POLICY_VALUES, policyTooLargeMessage } from './limits';
import type { ResolvedOfficial } from './resolve-official';
import { type ResolveOptions, resolveTerms } from './resolve-terms';
import { SubscriptionError } from './subscription-error';

export type { KnownOfficial } from './resolve-official';
export { resolvePair } from './resolve-pair';
export type { ResolveOptions } from './resolve-terms';
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
  const terms = resolveTerms(input, options);
  const [first] = terms.problems;
  if (first !== undefined) throw new SubscriptionError(first);
  const codes = unique(terms.countries.map((c) => c.code));
  const officials = terms.officials;
  const pairs = unique(terms.pairs.map((p) => p.interest));
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

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
