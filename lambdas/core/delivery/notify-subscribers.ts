import type { Alert } from '../ports';
import type { DigestItem, Mailer, SubscriberStore } from './ports';
import { type MailLinks, renderAlertMail } from './render-mail';
import type { Subscriber } from './subscriber';
import type { SubscriberIndex, SubscriberMatch } from './subscriber-index';
import { type WhyRelease, whyMatched } from './why-matched';

export interface NotifyDeps {
  readonly store: SubscriberStore;
  readonly mailer: Mailer;
  readonly links: (subscriber: Subscriber) => MailLinks;
  /**
   * Subscribers handled at once (claim, then send). The claims keep it exactly once per subscriber at any
   * value. @default 1 (the AWS notifier: its SES mailer paces the sends anyway)
   */
  readonly concurrency?: number;
}

export interface NotifyResult {
  readonly sent: number;
  /** Matches kept for a digest. */
  readonly queued: number;
  /** Matches some earlier delivery of this alert already mailed. */
  readonly duplicates: number;
  /** Sends that failed (claims given back, so a retry of the alert sends them). */
  readonly failed: number;
}

/** The failed sends of one alert; its message goes back to the queue and the retry mails only those. */
export class NotifyError extends Error {
  override readonly name = 'NotifyError';
  constructor(
    readonly failed: number,
    readonly causes: readonly unknown[],
  ) {
    super(`${failed} mail(s) of the alert failed`);
  }
}

/**
 * Delivers one alert to the table's subscribers (issue 13): every active subscriber the index matches gets
 * one mail (immediate) or a digest item (daily, weekly). Each mail is claimed with a conditional write per
 * (subscriber, release) before it is sent, so redelivery of the alert or a second notifier sends nothing twice.
 * A send that fails gives its claim back and the alert is retried (throws {@link NotifyError}).
 *
 * A `reindex` alert (`reindex --alert-new-matches`) goes only to subscribers whose match is new: those its
 * interests match (the values the release did not have before) and its `previousInterests` do not. A subscriber
 * who matched the earlier reading is left out even when the new one names more of what they follow.
 */
export async function notifySubscribers(
  deps: NotifyDeps,
  index: SubscriberIndex,
  alert: Alert,
  release: WhyRelease | null,
  now: string,
): Promise<NotifyResult> {
  const matches = newMatches(index, alert);
  let sent = 0;
  let queued = 0;
  let duplicates = 0;
  const causes: unknown[] = [];
  const noRelease: WhyRelease = { countries: [], officials: [], summary: '' };
  const deliver = async (match: SubscriberMatch): Promise<void> => {
    const why = whyMatched(match.terms, match.interests, release ?? noRelease);
    const { subscriber } = match;
    if (subscriber.cadence !== 'immediate') {
      const item: DigestItem = {
        releaseId: alert.releaseId,
        at: now,
        subject: alert.subject,
        body: alert.body,
        why,
      };
      await deps.store.recordDigestItem(subscriber.id, item);
      queued++;
      return;
    }
    if (!(await deps.store.claimDelivery(subscriber.id, alert.releaseId, now))) {
      duplicates++;
      return;
    }
    try {
      await deps.mailer.send({
        ...renderAlertMail(
          subscriber.email,
          { subject: alert.subject, body: alert.body, why },
          deps.links(subscriber),
        ),
        subscriberId: subscriber.id,
      });
      sent++;
    } catch (error) {
      await deps.store.releaseDelivery(subscriber.id, alert.releaseId);
      causes.push(error);
    }
  };
  // A fixed number of workers over one list: each match is taken by exactly one of them. A store that fails
  // stops them all (nothing new is started) and is thrown once the ones in flight are done, as a loop would.
  let next = 0;
  let storeFailure: { error: unknown } | null = null;
  const worker = async (): Promise<void> => {
    for (let match = matches[next++]; match && !storeFailure; match = matches[next++]) {
      try {
        await deliver(match);
      } catch (error) {
        storeFailure ??= { error };
      }
    }
  };
  const workers = Math.max(1, Math.min(deps.concurrency ?? 1, matches.length));
  await Promise.all(Array.from({ length: workers }, worker));
  if (storeFailure) throw (storeFailure as { error: unknown }).error;
  if (causes.length > 0) throw new NotifyError(causes.length, causes);
  return { sent, queued, duplicates, failed: 0 };
}

/** The subscribers an alert is for: all it matches, or for a `reindex` alert those that did not match before. */
export function newMatches(index: SubscriberIndex, alert: Alert) {
  const matches = index.match(alert.interests);
  if (alert.kind !== 'reindex' || !alert.previousInterests || alert.previousInterests.length === 0)
    return matches;
  const before = new Set(index.match(alert.previousInterests).map((m) => m.subscriber.id));
  return matches.filter((m) => !before.has(m.subscriber.id));
}
