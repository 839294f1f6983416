import type { FilterPolicy, ResolvedSubscription } from './resolve-subscription';

/** A subscription as a registry holds it. */
export interface StoredSubscription {
  /** The SNS subscription ARN, or a local id; `PendingConfirmation` on SNS until the address confirms. */
  readonly id: string;
  readonly email: string;
  /** The values its filter policy allows; empty when SNS does not tell (pending confirmation). */
  readonly interests: readonly string[];
  readonly filterPolicy: FilterPolicy | null;
  /** SNS emails need the subscriber's confirmation; local mode confirms at once. */
  readonly status: 'confirmed' | 'pending';
}

/**
 * Where subscriptions live: SNS email subscriptions of the alerts topic, or local mode's file. Adding for an
 * address that already has a subscription replaces its interests.
 */
export interface SubscriptionRegistry {
  list(): Promise<StoredSubscription[]>;
  /** @throws SubscriptionError when the topic is full (200 filter policies by default). */
  add(subscription: ResolvedSubscription): Promise<StoredSubscription>;
  /** Removes by id, or every subscription of an email address; resolves to how many were removed. */
  remove(idOrEmail: string): Promise<number>;
}
