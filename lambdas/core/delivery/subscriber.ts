/**
 * A subscriber of the table (issue 13): self-service sign-up on the web app or `communique subscribe`, beside the
 * SNS email subscriptions of `cdk.json`. The address is personal data: it is stored to send mail and never logged
 * (logs carry {@link Subscriber.id} or the masked address).
 */

/** `immediate`: one mail per matching release; `daily`/`weekly`: one digest at the subscriber's hour. */
export type Cadence = 'immediate' | 'daily' | 'weekly';
export const CADENCES: readonly Cadence[] = ['immediate', 'daily', 'weekly'];

/**
 * `pending` until the confirmation link's POST; `suspended` after a hard bounce or a complaint (SES feedback);
 * `unsubscribed` by the subscriber. Only `active` subscribers get mail.
 */
export type SubscriberStatus = 'pending' | 'active' | 'suspended' | 'unsubscribed';

/** One thing the subscriber asked for, as written, with the interest values that stand for it. */
export interface SubscriptionTerm {
  readonly kind: 'country' | 'official' | 'surname' | 'pair';
  /** As the subscriber wrote it or as resolved for display, e.g. `Slovenia`, `Kassym-Jomart Tokayev`. */
  readonly label: string;
  /** Values of the alerts' `interests` attribute any one of which matches this term. */
  readonly interests: readonly string[];
}

export interface Subscriber {
  /** Stable id derived from the address ({@link subscriberIdFor}): what logs and tokens carry. */
  readonly id: string;
  readonly email: string;
  readonly terms: readonly SubscriptionTerm[];
  readonly cadence: Cadence;
  /** IANA zone of the digest hour, e.g. `Europe/Ljubljana`. */
  readonly timeZone: string;
  /** Local hour (0-23) at which a digest is due. */
  readonly hour: number;
  /** ISO weekday (1 Monday .. 7 Sunday) of a weekly digest. */
  readonly weekday: number;
  readonly status: SubscriberStatus;
  /** ISO 8601. */
  readonly createdAt: string;
  /** Bumped to revoke every token issued before (unsubscribe, re-subscribe, address change). */
  readonly tokenGeneration: number;
  /** The digest slot (ISO 8601, UTC) last handled, sent or empty; null before the first. */
  readonly lastDigestAt: string | null;
  /** When the latest confirmation mails went (ISO 8601, newest last): the per-address rate limit. */
  readonly confirmationsSentAt: readonly string[];
}

/** Pending subscriptions expire after this long without a confirmation (issue 13). */
export const PENDING_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Every interest value of a subscriber: what an SNS filter policy for it would list. */
export function subscriberInterests(subscriber: Pick<Subscriber, 'terms'>): string[] {
  return [...new Set(subscriber.terms.flatMap((t) => t.interests))];
}

/** Whether a pending subscriber's confirmation window has passed at `now`. */
export function pendingExpired(subscriber: Pick<Subscriber, 'status' | 'createdAt'>, now: Date): boolean {
  return subscriber.status === 'pending' && now.getTime() - Date.parse(subscriber.createdAt) > PENDING_TTL_MS;
}

/** Whether `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  if (zone.length === 0 || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The cadence a form or flag names, or null. */
export function readCadence(value: string): Cadence | null {
  const v = value.trim().toLowerCase();
  return (CADENCES as readonly string[]).includes(v) ? (v as Cadence) : null;
}
