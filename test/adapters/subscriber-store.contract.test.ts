import { DynamoDbSubscriberStore } from '../../lambdas/adapters/dynamodb/dynamodb-subscriber-store';
import { MemorySubscriberStore } from '../../lambdas/adapters/memory/memory-subscriber-store';
import type { SubscriberStore } from '../../lambdas/core/delivery/ports';
import { subscriber } from '../core/delivery/delivery-fixtures';
import { startDynalite, type TestDynamo } from '../support/dynalite';

// One contract, two stores: the table adapter on dynalite (127.0.0.1, a free port) and the memory fake.

let dynamo: TestDynamo;
beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(async () => {
  await dynamo.close();
});

const STORES: Array<[string, () => Promise<SubscriberStore>]> = [
  ['dynamodb', async () => new DynamoDbSubscriberStore(dynamo.client, await dynamo.createTable())],
  ['memory', async () => new MemorySubscriberStore()],
];

const item = (releaseId: string, at: string) => ({
  releaseId,
  at,
  subject: `New: ${releaseId}`,
  body: 'Body.',
  why: [{ term: 'Slovenia', variant: 'Slovenian', sentence: 'The Slovenian side.' }],
});

describe.each(STORES)('%s subscriber store', (_name, open) => {
  it('puts, gets, lists and replaces subscribers', async () => {
    const store = await open();
    const a = subscriber('a@example.com', {
      cadence: 'weekly',
      timeZone: 'Asia/Almaty',
      hour: 9,
      weekday: 3,
    });
    const b = subscriber('b@example.com', {
      status: 'pending',
      tokenGeneration: 4,
      confirmationsSentAt: ['2026-01-01T00:00:00Z'],
    });
    await store.putSubscriber(a);
    await store.putSubscriber(b);
    expect(await store.getSubscriber(a.id)).toEqual(a);
    expect(await store.getSubscriber('missing')).toBeNull();
    await store.putSubscriber({ ...b, status: 'active', lastDigestAt: '2026-01-01T08:00:00.000Z' });
    const listed = await store.listSubscribers();
    expect(listed.map((s) => s.id).sort()).toEqual([a.id, b.id].sort());
    expect(listed.find((s) => s.id === b.id)?.status).toBe('active');
  });

  it('claims a delivery once, until it is given back', async () => {
    const store = await open();
    const id = subscriber('a@example.com').id;
    const claims = await Promise.all(
      [1, 2, 3].map(() => store.claimDelivery(id, 'r1', '2026-01-01T00:00:00Z')),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await store.claimDelivery(id, 'r2', '2026-01-01T00:00:00Z')).toBe(true);
    await store.releaseDelivery(id, 'r1');
    expect(await store.claimDelivery(id, 'r1', '2026-01-01T00:00:00Z')).toBe(true);
    expect(await store.claimDelivery('other', 'r1', '2026-01-01T00:00:00Z')).toBe(true);
  });

  it('keeps digest items once per release and lists a period', async () => {
    const store = await open();
    const id = subscriber('a@example.com').id;
    await store.recordDigestItem(id, item('r2', '2026-01-02T00:00:00Z'));
    await store.recordDigestItem(id, item('r1', '2026-01-01T00:00:00Z'));
    await store.recordDigestItem(id, item('r1', '2026-01-03T00:00:00Z'));
    await store.recordDigestItem(id, item('r3', '2026-01-04T00:00:00Z'));
    const listed = await store.listDigestItems(id, '2025-12-31T00:00:00Z', '2026-01-02T00:00:00Z');
    expect(listed).toEqual([item('r1', '2026-01-01T00:00:00Z'), item('r2', '2026-01-02T00:00:00Z')]);
    expect(await store.listDigestItems(id, '2026-01-02T00:00:00Z', '2026-01-03T00:00:00Z')).toEqual([]);
  });

  it('moves the digest mark forward only, and deletes a subscriber with its records', async () => {
    const store = await open();
    const a = subscriber('a@example.com', { cadence: 'daily' });
    await store.putSubscriber(a);
    await store.markDigest(a.id, '2026-01-02T08:00:00.000Z');
    await store.markDigest(a.id, '2026-01-01T08:00:00.000Z');
    await store.markDigest('missing', '2026-01-01T08:00:00.000Z');
    expect((await store.getSubscriber(a.id))?.lastDigestAt).toBe('2026-01-02T08:00:00.000Z');
    expect(await store.getSubscriber('missing')).toBeNull();
    await store.claimDelivery(a.id, 'r1', '2026-01-01T00:00:00Z');
    await store.recordDigestItem(a.id, item('r1', '2026-01-03T00:00:00Z'));
    await store.deleteSubscriber(a.id);
    expect(await store.getSubscriber(a.id)).toBeNull();
    expect(await store.listSubscribers()).toEqual([]);
    expect(await store.claimDelivery(a.id, 'r1', '2026-01-01T00:00:00Z')).toBe(true);
    expect(await store.listDigestItems(a.id, '2026-01-01T00:00:00Z', '2026-01-09T00:00:00Z')).toEqual([]);
  });
});
