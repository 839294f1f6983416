import type { Clock } from '../ports';
import { emailProblem, maskEmail } from '../subscriptions/email-address';
import { MAX_POLICY_VALUES } from '../subscriptions/limits';
import type { KnownOfficial } from '../subscriptions/resolve-official';
import { resolveTerms, splitList } from '../subscriptions/resolve-terms';
import { type ConfirmationRequests, confirmationRequest } from './confirmation-request';
import type { SubscriberStore } from './ports';
import type { MailLinks } from './render-mail';
import { type Cadence, isTimeZone, pendingExpired, readCadence, type Subscriber } from './subscriber';
import { subscriberIdFor } from './subscriber-id';
import { subscriberLinks } from './subscriber-links';
import type { SubscriberTokens, TokenPurpose } from './subscriber-tokens';
import { subscriptionTerms } from './subscription-terms';

/** What the sign-up form and the manage page send, each list comma-separated or repeated. */
export interface SubscriptionForm {
  readonly countries: readonly string[];
  readonly officials: readonly string[];
  /** Country pairs (`KZ-SI`, `Kazakhstan+Slovenia`). @default none */
  readonly pairs?: readonly string[];
  readonly cadence: string;
  readonly tz: string;
  /** Local hour of a digest. @default 8 */
  readonly hour?: string;
}

export interface AccountsDeps {
  readonly store: SubscriberStore;
  readonly tokens: SubscriberTokens;
  /** Where a sign-up hands its confirmation mail (the notifier sends it: sendConfirmation). */
  readonly confirmations: ConfirmationRequests;
  readonly clock: Clock;
  /**
   * Origin the links are made from, e.g. `https://abc.lambda-url.eu-west-1.on.aws`: read when a link is made
   * (local mode learns its web port once the server listens).
   */
  readonly baseUrl: () => string;
  readonly knownOfficials: () => Promise<readonly KnownOfficial[]>;
}

/** At most this many confirmation mails to one address per day (issue 13: rate-limited per address). */
export const MAX_CONFIRMATIONS_PER_DAY = 3;
const DAY_MS = 24 * 60 * 60 * 1000;

export type Outcome<T = undefined> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: string[] };

/**
 * Self-service subscriptions (issue 13): sign-up with a confirmation mail, confirmation, unsubscribe and manage,
 * each acting only through a token of its purpose. The web app calls these on POST only: a GET shows a page.
 * Answers never say whether an address is subscribed, and no problem message repeats an address.
 */
export class SubscriberAccounts {
  constructor(private readonly deps: AccountsDeps) {}

  /** The links of a subscriber's mails, tokens of its current generation. */
  links(subscriber: Subscriber): MailLinks {
    return subscriberLinks(subscriber, this.deps);
  }

  /**
   * Stores a pending subscriber and asks for its confirmation mail (the notifier sends it). An address that is already active is left as
   * it is (its mails carry a manage link); the answer is the same either way, so the form tells nobody who
   * subscribes.
   */
  async signUp(email: string, form: SubscriptionForm): Promise<Outcome> {
    const address = email.trim();
    const problems: string[] = [];
    const emailIssue = emailProblem(address);
    if (emailIssue) problems.push(`The email address is not valid: ${emailIssue}.`);
    const settings = await this.settings(form, problems);
    if (problems.length > 0 || !settings) return { ok: false, problems };
    const now = this.deps.clock.now();
    const id = subscriberIdFor(address);
    const existing = await this.deps.store.getSubscriber(id);
    if (existing && (existing.status === 'active' || existing.status === 'suspended'))
      return { ok: true, value: undefined };
    const recent = (existing?.confirmationsSentAt ?? []).filter(
      (at) => now.getTime() - Date.parse(at) < DAY_MS,
    );
    if (recent.length >= MAX_CONFIRMATIONS_PER_DAY) return { ok: true, value: undefined };
    const subscriber: Subscriber = {
      id,
      email: address,
      ...settings,
      status: 'pending',
      createdAt: now.toISOString(),
      // A new sign-up revokes every link of an earlier one.
      tokenGeneration: (existing?.tokenGeneration ?? -1) + 1,
      lastDigestAt: null,
      confirmationsSentAt: [...recent, now.toISOString()],
    };
    // Counted when asked for, before the request: the limit holds however the sending goes.
    await this.deps.store.putSubscriber(subscriber);
    await this.deps.confirmations.request(confirmationRequest(id, subscriber.tokenGeneration));
    return { ok: true, value: undefined };
  }

  /** The subscriber a token of this purpose stands for now, or null (bad, expired or revoked token). */
  async holder(token: string, purpose: TokenPurpose): Promise<Subscriber | null> {
    const now = this.deps.clock.now();
    const check = this.deps.tokens.verify(token, purpose, now.getTime());
    if (!check.ok) return null;
    const subscriber = await this.deps.store.getSubscriber(check.claims.subscriberId);
    if (!subscriber || subscriber.tokenGeneration !== check.claims.generation) return null;
    if (pendingExpired(subscriber, now)) return null;
    return subscriber;
  }

  /** Activates a pending subscriber; true also when it is active already (a second press of the button). */
  async confirm(token: string): Promise<boolean> {
    const subscriber = await this.holder(token, 'confirm');
    if (!subscriber || subscriber.status === 'unsubscribed' || subscriber.status === 'suspended')
      return false;
    if (subscriber.status === 'pending')
      await this.deps.store.putSubscriber({ ...subscriber, status: 'active' });
    return true;
  }

  /**
   * Unsubscribes at once (the page's button and the RFC 8058 one-click POST) and revokes every link issued so
   * far. True also for a link whose subscriber has already left.
   */
  async unsubscribe(token: string): Promise<boolean> {
    const check = this.deps.tokens.verify(token, 'unsubscribe', this.deps.clock.now().getTime());
    if (!check.ok) return false;
    const subscriber = await this.deps.store.getSubscriber(check.claims.subscriberId);
    if (!subscriber) return true;
    if (subscriber.tokenGeneration !== check.claims.generation) return subscriber.status === 'unsubscribed';
    await this.deps.store.putSubscriber({
      ...subscriber,
      status: 'unsubscribed',
      tokenGeneration: subscriber.tokenGeneration + 1,
    });
    return true;
  }

  /** Replaces what a subscriber follows and when; the manage link stays valid. */
  async update(token: string, form: SubscriptionForm): Promise<Outcome<Subscriber>> {
    const subscriber = await this.holder(token, 'manage');
    if (!subscriber || subscriber.status === 'unsubscribed')
      return { ok: false, problems: ['This link is no longer valid.'] };
    const problems: string[] = [];
    const settings = await this.settings(form, problems);
    if (!settings) return { ok: false, problems };
    const updated = { ...subscriber, ...settings };
    await this.deps.store.putSubscriber(updated);
    return { ok: true, value: updated };
  }

  /** A masked address, for pages: the manage page shows whose subscription it is without the full address. */
  static masked(subscriber: Pick<Subscriber, 'email'>): string {
    return maskEmail(subscriber.email);
  }

  private async settings(
    form: SubscriptionForm,
    problems: string[],
  ): Promise<Pick<Subscriber, 'terms' | 'cadence' | 'timeZone' | 'hour' | 'weekday'> | null> {
    const officials = splitList(form.officials);
    // The CLI's parser, not strict: a full name the archive does not know yet is taken as written.
    const resolved = resolveTerms(
      {
        countries: splitList(form.countries),
        officials,
        pairs: splitList(form.pairs ?? []),
      },
      { knownOfficials: officials.length > 0 ? await this.deps.knownOfficials() : [] },
    );
    problems.push(...resolved.problems);
    const terms = subscriptionTerms(resolved);
    if (terms.length === 0 && problems.length === 0)
      problems.push('Name at least one country, official or pair of countries.');
    if (new Set(terms.flatMap((t) => t.interests)).size > MAX_POLICY_VALUES)
      problems.push(`Follow at most ${MAX_POLICY_VALUES} names and countries.`);
    const cadence: Cadence | null = readCadence(form.cadence);
    if (!cadence) problems.push('The cadence is one of immediate, daily or weekly.');
    const timeZone = form.tz.trim() || 'UTC';
    if (!isTimeZone(timeZone)) problems.push('The time zone is not an IANA zone such as Europe/Ljubljana.');
    const hour = form.hour === undefined || form.hour.trim() === '' ? 8 : Number(form.hour);
    if (!Number.isInteger(hour) || hour < 0 || hour > 23)
      problems.push('The hour is a whole number from 0 to 23.');
    if (problems.length > 0 || !cadence) return null;
    return { terms, cadence, timeZone, hour, weekday: 1 };
  }
}
