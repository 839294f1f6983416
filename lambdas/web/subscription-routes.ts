import type { Context, Hono } from 'hono';
import { SubscriberAccounts, type SubscriptionForm } from '../core/delivery/subscriber-accounts';
import { splitList } from '../core/subscriptions/resolve-terms';
import type { SafeHtml } from './html';
import { SECURITY_HEADERS } from './security-headers';
import {
  buttonView,
  EMPTY_FORM,
  type FormValues,
  manageView,
  messageView,
  subscribeView,
} from './views/subscription-views';

type Form = Record<string, string | File | (string | File)[]>;

const values = (form: Form, name: string): string[] => {
  const v = form[name];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
    (x): x is string => typeof x === 'string',
  );
};
const one = (form: Form, name: string): string => values(form, name)[0] ?? '';

function page(status: 200 | 400, body: SafeHtml): Response {
  // Pages of one subscriber: never cached, never shared.
  return new Response(body.value, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

function subscriptionForm(form: Form): SubscriptionForm {
  return {
    countries: values(form, 'countries'),
    officials: values(form, 'officials'),
    pairs: values(form, 'pairs'),
    cadence: one(form, 'cadence') || 'immediate',
    tz: one(form, 'tz'),
    hour: one(form, 'hour'),
  };
}

function formValues(form: Form): FormValues {
  return {
    email: one(form, 'email'),
    countries: splitList(values(form, 'countries')).join(', '),
    officials: splitList(values(form, 'officials')).join(', '),
    pairs: splitList(values(form, 'pairs')).join(', '),
    cadence: one(form, 'cadence') || 'immediate',
    tz: one(form, 'tz') || 'UTC',
    hour: one(form, 'hour') || '8',
  };
}

const INVALID =
  'This link is not valid any more. Links in older mails stop working once you unsubscribe or sign up again.';

/** Builds the accounts when a subscription page first needs them (the web function fetches its token key then). */
export type AccountsFactory = () => Promise<SubscriberAccounts>;

/** The accounts, built once on first use; a failed build is not kept, so the next request tries again. */
function once(source: SubscriberAccounts | AccountsFactory): () => Promise<SubscriberAccounts> {
  if (source instanceof SubscriberAccounts) return () => Promise.resolve(source);
  let built: Promise<SubscriberAccounts> | null = null;
  return () => {
    built ??= source().catch((error: unknown) => {
      built = null;
      throw error;
    });
    return built;
  };
}

/**
 * Sign-up, confirm, unsubscribe and manage (issue 13). A GET never changes anything: `/confirm` and
 * `/unsubscribe` show a page with one button, so a mail link scanner that follows every link confirms and
 * unsubscribes nobody. The POST acts: the form field `token`, or for RFC 8058 one-click the `token` of the URL
 * with the body `List-Unsubscribe=One-Click`.
 */
export function addSubscriptionRoutes(app: Hono, source: SubscriberAccounts | AccountsFactory): void {
  const accountsOf = once(source);
  const token = (c: Context) => new URL(c.req.url).searchParams.get('token') ?? '';
  const body = async (c: Context): Promise<Form> => (await c.req.parseBody({ all: true })) as Form;

  app.get('/subscribe', () => page(200, subscribeView(EMPTY_FORM)));
  app.post('/subscribe', async (c) => {
    const accounts = await accountsOf();
    const form = await body(c);
    const outcome = await accounts.signUp(one(form, 'email'), subscriptionForm(form));
    if (!outcome.ok) return page(400, subscribeView(formValues(form), outcome.problems));
    return page(
      200,
      messageView(
        'Check your inbox',
        'If the address can take alerts, a mail with a confirmation link is on its way. The link works for 7 days.',
      ),
    );
  });

  app.get('/confirm', async (c) => {
    const accounts = await accountsOf();
    const t = token(c);
    const subscriber = await accounts.holder(t, 'confirm');
    if (!subscriber) return page(400, messageView('Link not valid', INVALID));
    return page(
      200,
      buttonView(
        'Confirm your subscription',
        'Press the button to start the alerts.',
        '/confirm',
        t,
        'Confirm',
      ),
    );
  });
  app.post('/confirm', async (c) => {
    const accounts = await accountsOf();
    const ok = await accounts.confirm(one(await body(c), 'token'));
    return ok
      ? page(200, messageView('Subscription confirmed', 'Alerts start with the next matching release.'))
      : page(400, messageView('Link not valid', INVALID));
  });

  app.get('/unsubscribe', async (c) => {
    const t = token(c);
    return page(
      200,
      buttonView(
        'Unsubscribe',
        'Press the button to stop every alert to this address.',
        '/unsubscribe',
        t,
        'Unsubscribe',
      ),
    );
  });
  app.post('/unsubscribe', async (c) => {
    const accounts = await accountsOf();
    const form = await body(c);
    // One-click (RFC 8058 section 3.2): the URL's token, the body `List-Unsubscribe=One-Click`.
    const t = one(form, 'token') || (one(form, 'List-Unsubscribe') === 'One-Click' ? token(c) : '');
    const ok = await accounts.unsubscribe(t);
    return ok
      ? page(200, messageView('Unsubscribed', 'No more alerts go to this address.'))
      : page(400, messageView('Link not valid', INVALID));
  });

  app.get('/manage', async (c) => {
    const accounts = await accountsOf();
    const t = token(c);
    const subscriber = await accounts.holder(t, 'manage');
    if (!subscriber || subscriber.status === 'unsubscribed')
      return page(400, messageView('Link not valid', INVALID));
    const links = accounts.links(subscriber);
    const unsubscribeToken = new URL(links.unsubscribeUrl).searchParams.get('token') ?? '';
    return page(200, manageView(subscriber, SubscriberAccounts.masked(subscriber), t, unsubscribeToken));
  });
  app.post('/manage', async (c) => {
    const accounts = await accountsOf();
    const form = await body(c);
    const t = one(form, 'token');
    const outcome = await accounts.update(t, subscriptionForm(form));
    if (!outcome.ok) {
      const subscriber = await accounts.holder(t, 'manage');
      if (!subscriber) return page(400, messageView('Link not valid', INVALID));
      const unsubscribeToken =
        new URL(accounts.links(subscriber).unsubscribeUrl).searchParams.get('token') ?? '';
      return page(
        400,
        manageView(subscriber, SubscriberAccounts.masked(subscriber), t, unsubscribeToken, outcome.problems),
      );
    }
    return page(200, messageView('Saved', 'Your subscription is updated.'));
  });
}
