import type { DigestItem, SubscriberStore } from '../../core/delivery/ports';
import type { Subscriber } from '../../core/delivery/subscriber';

/**
 * Subscribers in memory, each method atomic: the same rules as `DynamoDbSubscriberStore`, held by the same
 * contract test. For tests and the benchmarks.
 */
export class MemorySubscriberStore implements SubscriberStore {
  private readonly subscribers = new Map<string, Subscriber>();
  private readonly claims = new Set<string>();
  private readonly digests = new Map<string, Map<string, DigestItem>>();

  async getSubscriber(id: string): Promise<Subscriber | null> {
    return this.subscribers.get(id) ?? null;
  }

  async listSubscribers(): Promise<Subscriber[]> {
    return [...this.subscribers.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  async putSubscriber(subscriber: Subscriber): Promise<void> {
    this.subscribers.set(subscriber.id, subscriber);
  }

  async deleteSubscriber(id: string): Promise<void> {
    this.subscribers.delete(id);
    this.digests.delete(id);
    for (const claim of this.claims) if (claim.startsWith(`${id}\n`)) this.claims.delete(claim);
  }

  async claimDelivery(subscriberId: string, delivery: string): Promise<boolean> {
    const key = `${subscriberId}\n${delivery}`;
    if (this.claims.has(key)) return false;
    this.claims.add(key);
    return true;
  }

  async releaseDelivery(subscriberId: string, delivery: string): Promise<void> {
    this.claims.delete(`${subscriberId}\n${delivery}`);
  }

  async recordDigestItem(subscriberId: string, item: DigestItem): Promise<void> {
    const items = this.digests.get(subscriberId) ?? new Map<string, DigestItem>();
    this.digests.set(subscriberId, items);
    if (!items.has(item.releaseId)) items.set(item.releaseId, item);
  }

  async listDigestItems(subscriberId: string, since: string, until: string): Promise<DigestItem[]> {
    return [...(this.digests.get(subscriberId)?.values() ?? [])]
      .filter((i) => i.at > since && i.at <= until)
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  }

  async markDigest(subscriberId: string, slot: string): Promise<void> {
    const subscriber = this.subscribers.get(subscriberId);
    if (!subscriber || (subscriber.lastDigestAt !== null && subscriber.lastDigestAt >= slot)) return;
    this.subscribers.set(subscriberId, { ...subscriber, lastDigestAt: slot });
  }
}
