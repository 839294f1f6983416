// FIRST CUT: the contract only. The subscriptions work implements it fully, keeping these signatures.
import { findCountryCode } from '../entities/find-country';
import { officialId } from '../entities/fold';
import { countryInterest, INTEREST_ATTRIBUTE, officialInterest } from '../interests';

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
  readonly interests: readonly string[];
  readonly filterPolicy: FilterPolicy;
}

/** A subscription that cannot be made, with a message that says what to change. */
export class SubscriptionError extends Error {
  override readonly name = 'SubscriptionError';
}

/** Validates a subscription and resolves its countries and officials to interest values. */
export function resolveSubscription(input: SubscriptionInput): ResolvedSubscription {
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(input.email)) throw new SubscriptionError('invalid email address');
  const interests = [
    ...(input.countries ?? []).map((c) => {
      const code = findCountryCode(c);
      if (!code) throw new SubscriptionError(`unknown country '${c}'`);
      return countryInterest(code);
    }),
    ...(input.officials ?? []).map((o) => officialInterest(officialId(o))),
  ];
  if (interests.length === 0) throw new SubscriptionError('a subscription needs at least one country or official');
  return { email: input.email, interests, filterPolicy: { [INTEREST_ATTRIBUTE]: interests } };
}
