import type { Subscriber, SubscriptionTerm } from './subscriber';

/** A subscriber an alert matched, with the terms that made it match. */
export interface SubscriberMatch {
  readonly subscriber: Subscriber;
  readonly terms: readonly SubscriptionTerm[];
  /** The alert's interest values that matched, in the alert's order. */
  readonly interests: readonly string[];
}

/**
 * Active subscribers by interest value: matching an alert costs one map look-up per interest of the alert
 * (a few dozen), not one policy per subscriber. The semantics are those of an SNS filter policy
 * `{ interests: [...] }` on the `interests` String.Array attribute (`matchesFilterPolicy`): a subscriber
 * matches when any value of the alert equals any of its values, case-sensitively. The tests hold the two
 * to the same answers.
 */
export class SubscriberIndex {
  private readonly byInterest = new Map<string, Subscriber[]>();
  readonly size: number;

  constructor(subscribers: Iterable<Subscriber>) {
    let size = 0;
    for (const subscriber of subscribers) {
      if (subscriber.status !== 'active') continue;
      size++;
      const values = new Set(subscriber.terms.flatMap((t) => t.interests));
      for (const value of values) {
        const list = this.byInterest.get(value);
        if (list) list.push(subscriber);
        else this.byInterest.set(value, [subscriber]);
      }
    }
    this.size = size;
  }

  /** Each matching subscriber once, in the order of first match. */
  match(interests: readonly string[]): SubscriberMatch[] {
    const found = new Map<string, { subscriber: Subscriber; interests: string[] }>();
    for (const value of new Set(interests)) {
      for (const subscriber of this.byInterest.get(value) ?? []) {
        const entry = found.get(subscriber.id);
        if (entry) entry.interests.push(value);
        else found.set(subscriber.id, { subscriber, interests: [value] });
      }
    }
    return [...found.values()].map(({ subscriber, interests: matched }) => ({
      subscriber,
      interests: matched,
      terms: subscriber.terms.filter((t) => t.interests.some((i) => matched.includes(i))),
    }));
  }
}
