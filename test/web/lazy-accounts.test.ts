import { MemoryReleaseStore } from '../../lambdas/adapters/memory/memory-release-store';
import { MemorySubscriberStore } from '../../lambdas/adapters/memory/memory-subscriber-store';
import type { OutgoingMail } from '../../lambdas/core/delivery/render-mail';
import { inProcessConfirmations } from '../../lambdas/core/delivery/send-confirmation';
import { SubscriberAccounts } from '../../lambdas/core/delivery/subscriber-accounts';
import { SubscriberTokens } from '../../lambdas/core/delivery/subscriber-tokens';
import { createWebApp } from '../../lambdas/web/create-web-app';

// The web function hands the app a factory: it fetches the token key on the first subscription request only.
function world(failures: number) {
  const sent: OutgoingMail[] = [];
  const errors: unknown[] = [];
  let calls = 0;
  const factory = async () => {
    calls += 1;
    if (calls <= failures) throw new Error('the secret is out of reach');
    const links = {
      store: new MemorySubscriberStore(),
      tokens: new SubscriberTokens(Buffer.alloc(32, 7)),
      clock: { now: () => new Date('2026-03-01T00:00:00Z') },
      baseUrl: () => 'https://web.example',
    };
    const mailer = { send: async (m: OutgoingMail) => void sent.push(m) };
    return new SubscriberAccounts({
      ...links,
      confirmations: inProcessConfirmations({ ...links, mailer }),
      knownOfficials: async () => [],
    });
  };
  const app = createWebApp({
    archive: new MemoryReleaseStore(),
    bodies: { bodyOf: async () => null },
    accounts: factory,
    onError: (e) => errors.push(e),
  });
  const signUp = () =>
    app.request('/subscribe', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: 'kim@example.com', countries: 'Slovenia', cadence: 'immediate' }),
    });
  return { app, sent, errors, signUp, calls: () => calls };
}

test('the pages that need no account never build the accounts; the first sign-up builds them once', async () => {
  const w = world(0);
  expect((await w.app.request('/')).status).toBe(200);
  expect((await w.app.request('/subscribe')).status).toBe(200);
  expect(w.calls()).toBe(0);
  expect((await w.signUp()).status).toBe(200);
  expect((await w.signUp()).status).toBe(200);
  expect(w.calls()).toBe(1);
  expect(w.sent.map((m) => m.to)).toEqual(['kim@example.com', 'kim@example.com']);
});

test('a failed build fails that request alone and is tried again on the next one', async () => {
  const w = world(1);
  expect((await w.signUp()).status).toBe(500);
  expect(w.errors.map((e) => (e as Error).message)).toEqual(['the secret is out of reach']);
  expect((await w.app.request('/')).status).toBe(200);
  expect((await w.signUp()).status).toBe(200);
  expect(w.calls()).toBe(2);
  expect(w.sent).toHaveLength(1);
});
