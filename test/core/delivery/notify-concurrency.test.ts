import { MemorySubscriberStore } from '../../../lambdas/adapters/memory/memory-subscriber-store';
import { NotifyError, notifySubscribers } from '../../../lambdas/core/delivery/notify-subscribers';
import type { OutgoingMail } from '../../../lambdas/core/delivery/render-mail';
import { SubscriberIndex } from '../../../lambdas/core/delivery/subscriber-index';
import type { Alert } from '../../../lambdas/core/ports';
import { subscriber } from './delivery-fixtures';

const links = () => ({
  unsubscribeUrl: 'https://x.example/unsubscribe?token=t',
  manageUrl: 'https://x.example/manage?token=m',
});
const alert: Alert = {
  releaseId: 'r1',
  subject: 'New: r1',
  body: 'Body.',
  interests: ['country:SI'],
  kind: 'new',
};
const NOW = '2026-01-01T00:00:00Z';
const readers = (n: number) => Array.from({ length: n }, (_, i) => subscriber(`reader${i}@example.org`));

/** A mailer whose sends stay open until the test lets them go, counting how many are open at once. */
function gatedMailer() {
  const sent: string[] = [];
  let open = 0;
  let mostOpen = 0;
  const waiting: Array<() => void> = [];
  return {
    sent,
    mostOpen: () => mostOpen,
    mailer: {
      send: async (mail: OutgoingMail) => {
        open++;
        mostOpen = Math.max(mostOpen, open);
        await new Promise<void>((resolve) => waiting.push(resolve));
        open--;
        sent.push(mail.to);
      },
    },
    // Lets the open sends finish, round after round, until the run is done.
    async drain<T>(run: Promise<T>): Promise<T> {
      let done = false;
      void run.finally(() => {
        done = true;
      });
      while (!done) {
        for (const resolve of waiting.splice(0)) resolve();
        await new Promise((resolve) => setImmediate(resolve));
      }
      return run;
    },
  };
}

describe('notifySubscribers with a concurrency', () => {
  it('keeps at most `concurrency` sends open and mails each subscriber once', async () => {
    const gate = gatedMailer();
    const index = new SubscriberIndex(readers(50));
    const run = notifySubscribers(
      { store: new MemorySubscriberStore(), mailer: gate.mailer, links, concurrency: 4 },
      index,
      alert,
      null,
      NOW,
    );
    const result = await gate.drain(run);
    expect(result).toEqual({ sent: 50, queued: 0, duplicates: 0, failed: 0 });
    expect(gate.mostOpen()).toBe(4);
    expect(new Set(gate.sent).size).toBe(50);
    expect(gate.sent).toHaveLength(50);
  });

  it('sends one at a time by default', async () => {
    const gate = gatedMailer();
    const run = notifySubscribers(
      { store: new MemorySubscriberStore(), mailer: gate.mailer, links },
      new SubscriberIndex(readers(5)),
      alert,
      null,
      NOW,
    );
    await gate.drain(run);
    expect(gate.mostOpen()).toBe(1);
  });

  it('mails nobody twice when two concurrent notifiers deliver the same alert', async () => {
    const store = new MemorySubscriberStore();
    const gate = gatedMailer();
    const index = new SubscriberIndex(readers(40));
    const deps = { store, mailer: gate.mailer, links, concurrency: 8 };
    const both = Promise.all([
      notifySubscribers(deps, index, alert, null, NOW),
      notifySubscribers(deps, index, alert, null, NOW),
    ]);
    const [first, second] = await gate.drain(both);
    expect((first?.sent ?? 0) + (second?.sent ?? 0)).toBe(40);
    expect((first?.duplicates ?? 0) + (second?.duplicates ?? 0)).toBe(40);
    expect(new Set(gate.sent).size).toBe(40);
    expect(gate.sent).toHaveLength(40);
  });

  it('starts nothing new after the store fails, and throws its error', async () => {
    const store = new MemorySubscriberStore();
    let claims = 0;
    const broken = Object.assign(Object.create(store) as MemorySubscriberStore, {
      claimDelivery: async (id: string, delivery: string) => {
        claims++;
        if (claims === 10) throw new Error('table unreachable');
        return store.claimDelivery(id, delivery);
      },
    });
    const sent: string[] = [];
    const mailer = { send: async (m: OutgoingMail) => void sent.push(m.to) };
    await expect(
      notifySubscribers(
        { store: broken, mailer, links, concurrency: 3 },
        new SubscriberIndex(readers(100)),
        alert,
        null,
        NOW,
      ),
    ).rejects.toThrow('table unreachable');
    // The failing claim's two companions may be in flight; no worker takes a match after it.
    expect(claims).toBeLessThanOrEqual(12);
    expect(sent.length).toBeLessThan(12);
  });

  it('gives back the claims of failed sends only, and reports them in one NotifyError', async () => {
    const store = new MemorySubscriberStore();
    const sent: string[] = [];
    const mailer = {
      send: async (m: OutgoingMail) => {
        if (/reader[0-2]@/.test(m.to)) throw new Error('refused');
        sent.push(m.to);
      },
    };
    const deps = { store, mailer, links, concurrency: 4 };
    const index = new SubscriberIndex(readers(10));
    const error = await notifySubscribers(deps, index, alert, null, NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotifyError);
    expect((error as NotifyError).failed).toBe(3);
    expect(sent).toHaveLength(7);
    // The retry claims only the three that failed.
    const retry = await notifySubscribers(
      { ...deps, mailer: { send: async (m: OutgoingMail) => void sent.push(m.to) } },
      index,
      alert,
      null,
      NOW,
    );
    expect(retry).toEqual({ sent: 3, queued: 0, duplicates: 7, failed: 0 });
    expect(new Set(sent).size).toBe(10);
  });
});
