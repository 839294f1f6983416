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
  /** Interest value -> slots of the subscribers listing it. */
  private readonly byInterest = new Map<string, number[]>();
  private readonly subscribers: Subscriber[] = [];
  /** Per slot, the call that last matched it and where in that call's result it sits: no per-call map. */
  private readonly seenIn: Int32Array;
  private readonly position: Int32Array;
  private call = 0;

  constructor(subscribers: Iterable<Subscriber>) {
    for (const subscriber of subscribers) {
      if (subscriber.status !== 'active') continue;
      const slot = this.subscribers.push(subscriber) - 1;
      const values = new Set(subscriber.terms.flatMap((t) => t.interests));
      for (const value of values) {
        const list = this.byInterest.get(value);
        if (list) list.push(slot);
        else this.byInterest.set(value, [slot]);
      }
    }
    this.seenIn = new Int32Array(this.subscribers.length);
    this.position = new Int32Array(this.subscribers.length);
  }

  get size(): number {
    return this.subscribers.length;
  }

  /** Each matching subscriber once, in the order of first match. */
  match(interests: readonly string[]): SubscriberMatch[] {
    const call = ++this.call;
    // One object per match, built in place: a popular country matches a large share of the subscribers.
    const found: Array<{ subscriber: Subscriber; interests: string[]; terms: readonly SubscriptionTerm[] }> =
      [];
    for (const value of new Set(interests)) {
      const slots = this.byInterest.get(value);
      if (!slots) continue;
      for (const slot of slots) {
        if (this.seenIn[slot] === call) {
          (found[this.position[slot] as number] as { interests: string[] }).interests.push(value);
        } else {
          this.seenIn[slot] = call;
          this.position[slot] = found.length;
          const subscriber = this.subscribers[slot] as Subscriber;
          found.push({ subscriber, interests: [value], terms: subscriber.terms });
        }
      }
    }
    for (const entry of found) {
      if (entry.terms.length > 1) {
        entry.terms = entry.terms.filter((t) => t.interests.some((i) => entry.interests.includes(i)));
      }
    }
    return found;
  }
}
