import { MemorySubscriberStore } from '../../../lambdas/adapters/memory/memory-subscriber-store';
import type { OutgoingMail } from '../../../lambdas/core/delivery/render-mail';
import { inProcessConfirmations } from '../../../lambdas/core/delivery/send-confirmation';
import type { Subscriber } from '../../../lambdas/core/delivery/subscriber';
import {
  MAX_CONFIRMATIONS_PER_DAY,
  SubscriberAccounts,
} from '../../../lambdas/core/delivery/subscriber-accounts';
import { subscriberIdFor } from '../../../lambdas/core/delivery/subscriber-id';
import { SubscriberTokens } from '../../../lambdas/core/delivery/subscriber-tokens';
import { splitList } from '../../../lambdas/core/subscriptions/resolve-terms';

const EMAIL = 'kim@example.com';
const form = { countries: ['Slovenia, KZ'], officials: [], cadence: 'immediate', tz: 'Europe/Ljubljana' };

function world() {
  let now = Date.parse('2026-03-01T00:00:00Z');
  const store = new MemorySubscriberStore();
  const sent: OutgoingMail[] = [];
  const links = {
    store,
    tokens: new SubscriberTokens(Buffer.alloc(32, 1)),
    clock: { now: () => new Date(now) },
    baseUrl: () => 'https://web.example/',
  };
  const mailer = { send: async (m: OutgoingMail) => void sent.push(m) };
  const accounts = new SubscriberAccounts({
    ...links,
    // The notifier's confirmation code in-process, as local mode runs it.
    confirmations: inProcessConfirmations({ ...links, mailer }),
    knownOfficials: async () => [
      { id: 'kassym-jomart-tokayev', name: 'Kassym-Jomart Tokayev', variants: ['Tokayev'] },
    ],
  });
  const tokenIn = (mail: OutgoingMail | undefined, page: string) =>
    new URL(
      (mail?.text.match(new RegExp(`https://web\\.example${page}\\?token=\\S+`)) ?? [''])[0],
    ).searchParams.get('token') as string;
  const status = async () => (await store.getSubscriber(subscriberIdFor(EMAIL)))?.status;
  return {
    store,
    sent,
    accounts,
    tokenIn,
    status,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('SubscriberAccounts', () => {
  it('signs up pending, confirms by token, and unsubscribes revoking every link', async () => {
    const w = world();
    expect(
      await w.accounts.signUp(EMAIL, { ...form, officials: ['Tokayev'], cadence: 'Daily', hour: '7' }),
    ).toEqual({ ok: true, value: undefined });
    const subscriber = await w.store.getSubscriber(subscriberIdFor(EMAIL));
    expect(subscriber).toMatchObject({
      status: 'pending',
      cadence: 'daily',
      hour: 7,
      timeZone: 'Europe/Ljubljana',
    });
    expect(subscriber?.terms.map((t) => t.label)).toEqual(['Slovenia', 'KZ', 'Kassym-Jomart Tokayev']);
    const confirm = w.tokenIn(w.sent[0], '/confirm');
    expect(await w.accounts.confirm('bad')).toBe(false);
    expect(await w.accounts.confirm(confirm)).toBe(true);
    expect(await w.accounts.confirm(confirm)).toBe(true);
    expect(await w.status()).toBe('active');

    const links = w.accounts.links((await w.store.getSubscriber(subscriberIdFor(EMAIL))) as Subscriber);
    const manage = new URL(links.manageUrl).searchParams.get('token') as string;
    const unsubscribe = new URL(links.unsubscribeUrl).searchParams.get('token') as string;
    expect(links.unsubscribeUrl.startsWith('https://web.example/unsubscribe?token=')).toBe(true);
    expect(await w.accounts.unsubscribe(manage)).toBe(false);
    expect((await w.accounts.update(manage, { ...form, cadence: 'weekly' })).ok).toBe(true);
    expect((await w.store.getSubscriber(subscriberIdFor(EMAIL)))?.cadence).toBe('weekly');
    expect(
      await w.accounts.update(manage, { ...form, cadence: 'hourly', tz: 'Nowhere/X', hour: '25' }),
    ).toEqual({
      ok: false,
      problems: [
        'The cadence is one of immediate, daily or weekly.',
        'The time zone is not an IANA zone such as Europe/Ljubljana.',
        'The hour is a whole number from 0 to 23.',
      ],
    });
    expect(await w.accounts.unsubscribe(unsubscribe)).toBe(true);
    expect(await w.accounts.unsubscribe(unsubscribe)).toBe(true);
    expect(await w.status()).toBe('unsubscribed');
    expect(await w.accounts.holder(manage, 'manage')).toBeNull();
    expect((await w.accounts.update(manage, form)).ok).toBe(false);
    expect(await w.accounts.confirm(confirm)).toBe(false);
  });

  it('answers the same for an active address and changes nothing', async () => {
    const w = world();
    await w.accounts.signUp(EMAIL, form);
    await w.accounts.confirm(w.tokenIn(w.sent[0], '/confirm'));
    expect(await w.accounts.signUp(EMAIL, { ...form, countries: ['Japan'] })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(w.sent).toHaveLength(1);
    expect((await w.store.getSubscriber(subscriberIdFor(EMAIL)))?.terms[0]?.label).toBe('Slovenia');
  });

  it('limits confirmation mails per address per day, and expires pending links after 7 days', async () => {
    const w = world();
    for (let i = 0; i < MAX_CONFIRMATIONS_PER_DAY + 2; i++) await w.accounts.signUp(EMAIL, form);
    expect(w.sent).toHaveLength(MAX_CONFIRMATIONS_PER_DAY);
    // Each sign-up revokes the links of the one before.
    expect(await w.accounts.holder(w.tokenIn(w.sent[0], '/confirm'), 'confirm')).toBeNull();
    const latest = w.tokenIn(w.sent.at(-1), '/confirm');
    w.advance(7 * 24 * 60 * 60 * 1000 + 1);
    expect(await w.accounts.confirm(latest)).toBe(false);
    expect(await w.accounts.signUp(EMAIL, form)).toEqual({ ok: true, value: undefined });
    expect(w.sent).toHaveLength(MAX_CONFIRMATIONS_PER_DAY + 1);
  });

  it('says what is wrong with a form, never repeating the address', async () => {
    const w = world();
    const outcome = await w.accounts.signUp('not-an-address', {
      countries: ['Atlantis'],
      officials: ['X'],
      cadence: 'often',
      tz: '',
    });
    expect(outcome.ok).toBe(false);
    expect(JSON.stringify(outcome)).not.toContain('not-an-address');
    expect(
      await w.accounts.signUp(EMAIL, { countries: [], officials: [], cadence: 'daily', tz: '' }),
    ).toEqual({
      ok: false,
      problems: ['Name at least one country, official or pair of countries.'],
    });
    expect(splitList(['a, b', ' ', 'c'])).toEqual(['a', 'b', 'c']);
    expect(SubscriberAccounts.masked({ email: EMAIL })).toBe('k***@example.com');
  });
});
