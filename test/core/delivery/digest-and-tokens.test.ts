import { MemorySubscriberStore } from '../../../lambdas/adapters/memory/memory-subscriber-store';
import { dueDigest, latestSlot, zonedInstant } from '../../../lambdas/core/delivery/digest-slot';
import { NotifyError, notifySubscribers } from '../../../lambdas/core/delivery/notify-subscribers';
import type { OutgoingMail } from '../../../lambdas/core/delivery/render-mail';
import { runDigests } from '../../../lambdas/core/delivery/run-digests';
import { SubscriberIndex } from '../../../lambdas/core/delivery/subscriber-index';
import { SubscriberTokens } from '../../../lambdas/core/delivery/subscriber-tokens';
import type { Alert } from '../../../lambdas/core/ports';
import { subscriber } from './delivery-fixtures';

const links = () => ({
  unsubscribeUrl: 'https://x.example/unsubscribe?token=t',
  manageUrl: 'https://x.example/manage?token=m',
});
const alert = (releaseId: string, interests = ['country:SI']): Alert => ({
  releaseId,
  subject: `New: ${releaseId}`,
  body: 'Body.',
  interests,
  kind: 'new',
});

/** A clock the test moves by hand. */
class FakeClock {
  constructor(private ms: number) {}
  now = () => new Date(this.ms);
  set(iso: string) {
    this.ms = Date.parse(iso);
  }
}

describe('digest slots', () => {
  it('finds the local hour across DST changes (Europe/Berlin, America/New_York)', () => {
    // Berlin: CET (+1) until 2026-03-29 01:00Z, CEST (+2) until 2026-10-25 01:00Z.
    expect(new Date(zonedInstant({ year: 2026, month: 3, day: 28 }, 8, 'Europe/Berlin')).toISOString()).toBe(
      '2026-03-28T07:00:00.000Z',
    );
    expect(new Date(zonedInstant({ year: 2026, month: 3, day: 29 }, 8, 'Europe/Berlin')).toISOString()).toBe(
      '2026-03-29T06:00:00.000Z',
    );
    // 02:00 does not exist on the spring-forward day: the change itself (03:00 CEST) is the slot.
    expect(new Date(zonedInstant({ year: 2026, month: 3, day: 29 }, 2, 'Europe/Berlin')).toISOString()).toBe(
      '2026-03-29T01:00:00.000Z',
    );
    // 02:00 happens twice on the fall-back day: the first one.
    expect(new Date(zonedInstant({ year: 2026, month: 10, day: 25 }, 2, 'Europe/Berlin')).toISOString()).toBe(
      '2026-10-25T00:00:00.000Z',
    );
    expect(
      new Date(zonedInstant({ year: 2026, month: 3, day: 8 }, 2, 'America/New_York')).toISOString(),
    ).toBe('2026-03-08T07:00:00.000Z');
    expect(new Date(zonedInstant({ year: 2026, month: 1, day: 1 }, 9, 'Asia/Kathmandu')).toISOString()).toBe(
      '2026-01-01T03:15:00.000Z',
    );
  });

  it('takes the latest weekly slot on the weekday, none for immediate', () => {
    const weekly = { cadence: 'weekly' as const, timeZone: 'Asia/Almaty', hour: 9, weekday: 1 };
    // 2026-12-01 is a Tuesday: the latest Monday 09:00 Almaty (+5) is 2026-11-30T04:00Z.
    expect(latestSlot(weekly, new Date('2026-12-01T12:00:00Z'))?.toISOString()).toBe(
      '2026-11-30T04:00:00.000Z',
    );
    expect(latestSlot({ ...weekly, cadence: 'immediate' }, new Date())).toBeNull();
  });

  it('is due once per slot, not before sign-up, not when inactive', () => {
    const s = subscriber('a@example.com', {
      cadence: 'daily',
      hour: 8,
      timeZone: 'Europe/Berlin',
      createdAt: '2026-03-27T10:00:00Z',
    });
    expect(dueDigest(s, new Date('2026-03-28T06:59:00Z'))).toBeNull();
    expect(dueDigest(s, new Date('2026-03-28T07:00:00Z'))).toEqual({
      since: '2026-03-27T10:00:00Z',
      slot: '2026-03-28T07:00:00.000Z',
    });
    expect(
      dueDigest({ ...s, lastDigestAt: '2026-03-28T07:00:00.000Z' }, new Date('2026-03-28T07:15:00Z')),
    ).toBeNull();
    expect(dueDigest({ ...s, status: 'suspended' }, new Date('2026-03-28T07:00:00Z'))).toBeNull();
  });
});

describe('runDigests with a fake clock', () => {
  it('sends one digest at the local hour across the DST change, none for an empty day, none twice', async () => {
    const store = new MemorySubscriberStore();
    const sent: OutgoingMail[] = [];
    const deps = { store, mailer: { send: async (m: OutgoingMail) => void sent.push(m) }, links };
    const s = subscriber('a@example.com', {
      cadence: 'daily',
      hour: 8,
      timeZone: 'Europe/Berlin',
      createdAt: '2026-03-27T10:00:00Z',
    });
    await store.putSubscriber(s);
    const clock = new FakeClock(Date.parse('2026-03-27T12:00:00Z'));
    const tick = async () => runDigests(deps, await store.listSubscribers(), clock.now());

    // Matched on the 27th (CET): due at 08:00 local on the 28th = 07:00Z.
    await notifySubscribers(deps, new SubscriberIndex([s]), alert('r1'), null, clock.now().toISOString());
    clock.set('2026-03-28T06:45:00Z');
    expect((await tick()).due).toBe(0);
    clock.set('2026-03-28T07:00:00Z');
    expect(await tick()).toEqual({ due: 1, sent: 1, empty: 0, duplicates: 0, failed: 0 });
    expect(sent.map((m) => m.subject)).toEqual(['communique daily digest: 1 release']);
    clock.set('2026-03-28T07:15:00Z');
    expect((await tick()).due).toBe(0);

    // Nothing matched on the 28th: the 29th (CEST, 08:00 local = 06:00Z) sends nothing.
    clock.set('2026-03-29T06:00:00Z');
    expect(await tick()).toEqual({ due: 1, sent: 0, empty: 1, duplicates: 0, failed: 0 });
    clock.set('2026-03-29T07:00:00Z');
    expect((await tick()).due).toBe(0);

    // A match on the 29th goes out on the 30th at 06:00Z, once, even when two runs race.
    await notifySubscribers(deps, new SubscriberIndex([s]), alert('r2'), null, '2026-03-29T12:00:00Z');
    clock.set('2026-03-30T06:00:00Z');
    const subscribers = await store.listSubscribers();
    const [first, second] = await Promise.all([
      runDigests(deps, subscribers, clock.now()),
      runDigests(deps, subscribers, clock.now()),
    ]);
    expect((first?.sent ?? 0) + (second?.sent ?? 0)).toBe(1);
    expect((first?.duplicates ?? 0) + (second?.duplicates ?? 0)).toBe(1);
    expect(sent).toHaveLength(2);
  });

  it('gives the slot back when the send fails', async () => {
    const store = new MemorySubscriberStore();
    const s = subscriber('a@example.com', {
      cadence: 'weekly',
      weekday: 1,
      createdAt: '2026-11-01T00:00:00Z',
    });
    await store.putSubscriber(s);
    await store.recordDigestItem(s.id, {
      releaseId: 'r',
      at: '2026-11-20T00:00:00Z',
      subject: 's',
      body: 'b',
      why: [],
    });
    let fail = true;
    const deps = {
      store,
      links,
      mailer: {
        send: async () => {
          if (fail) throw new Error('smtp down');
        },
      },
    };
    const now = new Date('2026-11-30T09:00:00Z');
    expect((await runDigests(deps, await store.listSubscribers(), now)).failed).toBe(1);
    fail = false;
    expect((await runDigests(deps, await store.listSubscribers(), now)).sent).toBe(1);
  });
});

describe('notifySubscribers', () => {
  it('mails each immediate subscriber once per release, however often the alert arrives', async () => {
    const store = new MemorySubscriberStore();
    const sent: OutgoingMail[] = [];
    const deps = { store, mailer: { send: async (m: OutgoingMail) => void sent.push(m) }, links };
    const index = new SubscriberIndex([
      subscriber('a@example.com'),
      subscriber('b@example.com', { cadence: 'daily' }),
    ]);
    const release = {
      countries: [{ code: 'SI', name: 'Slovenia', mentions: ['Slovenian'] }],
      officials: [],
      summary: 'The Slovenian side.',
    };
    const results = await Promise.all(
      [1, 2, 3].map(() => notifySubscribers(deps, index, alert('r1'), release, '2026-01-02T00:00:00Z')),
    );
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(1);
    expect(results.reduce((n, r) => n + r.duplicates, 0)).toBe(2);
    expect(results.reduce((n, r) => n + r.queued, 0)).toBe(3);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.text).toContain('You follow Slovenia (written "Slovenian"): "The Slovenian side."');
    expect(
      await store.listDigestItems(subscriber('b@example.com').id, '2026-01-01', '2026-01-03'),
    ).toHaveLength(1);
  });

  it('gives the claim back when a send fails, so the retry sends', async () => {
    const store = new MemorySubscriberStore();
    let fail = true;
    const sent: string[] = [];
    const deps = {
      store,
      links,
      mailer: {
        send: async (m: OutgoingMail) => {
          if (fail) throw new Error('x');
          sent.push(m.to);
        },
      },
    };
    const index = new SubscriberIndex([subscriber('a@example.com')]);
    await expect(
      notifySubscribers(deps, index, alert('r1'), null, '2026-01-01T00:00:00Z'),
    ).rejects.toBeInstanceOf(NotifyError);
    fail = false;
    expect((await notifySubscribers(deps, index, alert('r1'), null, '2026-01-01T00:00:00Z')).sent).toBe(1);
    expect(sent).toEqual(['a@example.com']);
  });
});

describe('SubscriberTokens', () => {
  const tokens = new SubscriberTokens(Buffer.alloc(32, 7));
  const claims = { subscriberId: 'abc', purpose: 'unsubscribe' as const, generation: 2, expiresAt: 0 };

  it('round-trips claims, scoped to a purpose', () => {
    const token = tokens.issue(claims);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(tokens.verify(token, 'unsubscribe', Date.now())).toEqual({ ok: true, claims });
    expect(tokens.verify(token, 'manage', Date.now())).toEqual({ ok: false, reason: 'purpose' });
  });

  it('refuses forged, other-key, malformed and expired tokens', () => {
    const token = tokens.issue(claims);
    const other = new SubscriberTokens(Buffer.alloc(32, 8));
    expect(other.verify(token, 'unsubscribe', 0)).toEqual({ ok: false, reason: 'signature' });
    const [body, mac] = token.split('.');
    const forged = `${Buffer.from('abd.unsubscribe.2.0').toString('base64url')}.${mac}`;
    expect(tokens.verify(forged, 'unsubscribe', 0).ok).toBe(false);
    expect(tokens.verify(`${body}.${mac}x`, 'unsubscribe', 0)).toEqual({ ok: false, reason: 'signature' });
    expect(tokens.verify('nodot', 'unsubscribe', 0)).toEqual({ ok: false, reason: 'malformed' });
    expect(tokens.verify('a.b.c', 'unsubscribe', 0)).toEqual({ ok: false, reason: 'malformed' });
    const odd = Buffer.from('abc.delete.x.0').toString('base64url');
    expect(
      tokens.verify(`${odd}.${(tokens as unknown as { mac(b: string): string }).mac(odd)}`, 'unsubscribe', 0),
    ).toEqual({ ok: false, reason: 'malformed' });
    const confirm = tokens.issue({ ...claims, purpose: 'confirm', expiresAt: 1000 });
    expect(tokens.verify(confirm, 'confirm', 1000).ok).toBe(true);
    expect(tokens.verify(confirm, 'confirm', 1001)).toEqual({ ok: false, reason: 'expired' });
    expect(() => new SubscriberTokens(Buffer.alloc(16))).toThrow();
  });
});
