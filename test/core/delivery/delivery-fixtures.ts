import type { Subscriber } from '../../../lambdas/core/delivery/subscriber';
import { subscriberIdFor } from '../../../lambdas/core/delivery/subscriber-id';

/** A subscriber built by hand: active, immediate, following Slovenia unless told otherwise. */
export function subscriber(email: string, extra: Partial<Subscriber> = {}): Subscriber {
  return {
    id: subscriberIdFor(email),
    email,
    terms: [{ kind: 'country', label: 'Slovenia', interests: ['country:SI'] }],
    cadence: 'immediate',
    timeZone: 'UTC',
    hour: 8,
    weekday: 1,
    status: 'active',
    createdAt: '2026-01-01T00:00:00.000Z',
    tokenGeneration: 0,
    lastDigestAt: null,
    confirmationsSentAt: [],
    ...extra,
  };
}
