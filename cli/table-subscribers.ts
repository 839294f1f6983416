import { DynamoDbSubscriberStore } from '../lambdas/adapters/dynamodb/dynamodb-subscriber-store';
import type { SubscriberStore } from '../lambdas/core/delivery/ports';
import type { Cadence, Subscriber } from '../lambdas/core/delivery/subscriber';
import { subscriberIdFor } from '../lambdas/core/delivery/subscriber-id';
import { subscriptionTerms } from '../lambdas/core/delivery/subscription-terms';
import type { ResolvedSubscription } from '../lambdas/core/subscriptions/resolve-subscription';
import { UsageError } from './command';
import { resolveTarget } from './target';

/** The table's subscribers of a target (issue 13), beside its SNS or file subscriptions. */
export interface TableSubscribers {
  readonly store: SubscriberStore;
  readonly where: string;
  readonly kind: 'local' | 'aws';
}

/**
 * The table of the target: a running local mode, or the named stack. Null when local mode is not running
 * and no stack is named (its table then cannot be reached; the file subscriptions still can).
 */
export async function tableSubscribers(stack: string | undefined): Promise<TableSubscribers | null> {
  try {
    const target = await resolveTarget(stack === undefined ? {} : { stack });
    return {
      store: new DynamoDbSubscriberStore(target.dynamodb, target.tableName),
      where: target.description,
      kind: target.kind,
    };
  } catch (error) {
    if (stack === undefined && error instanceof UsageError) return null;
    throw error;
  }
}

/**
 * A table subscriber an operator adds with `subscribe --cadence/--tz`: active at once, as the operator's
 * `cdk.json` subscriptions are (a self-service sign-up confirms by mail instead).
 */
export function operatorSubscriber(
  resolved: ResolvedSubscription,
  settings: { readonly cadence: Cadence; readonly timeZone: string; readonly hour: number },
  now: Date,
  existing: Subscriber | null,
): Subscriber {
  // Countries by code, pairs as `KZ-SI`: the resolved forms, as `subscriptions` lists them.
  const terms = subscriptionTerms({
    countries: (resolved.countries ?? []).map((code) => ({ input: code, code })),
    officials: resolved.officials ?? [],
    pairs: (resolved.pairs ?? []).map((interest) => ({ input: interest.replace(/^pair:/, ''), interest })),
  });
  return {
    id: subscriberIdFor(resolved.email),
    email: resolved.email,
    terms,
    ...settings,
    weekday: 1,
    status: 'active',
    createdAt: now.toISOString(),
    tokenGeneration: (existing?.tokenGeneration ?? -1) + 1,
    lastDigestAt: existing?.lastDigestAt ?? null,
    confirmationsSentAt: [],
  };
}
