import { dueDigest } from './digest-slot';
import type { Mailer, SubscriberStore } from './ports';
import { type MailLinks, renderDigestMail } from './render-mail';
import type { Subscriber } from './subscriber';

export interface DigestRunResult {
  readonly due: number;
  readonly sent: number;
  /** Due subscribers whose period matched nothing: no mail (issue 13). */
  readonly empty: number;
  /** Slots another run had claimed already. */
  readonly duplicates: number;
  readonly failed: number;
}

/**
 * One digest run (every 15 minutes on AWS, a timer and `communique digest --now` locally): each active digest
 * subscriber whose slot has come gets one mail with the releases matched since its previous digest, or none
 * when nothing matched. The slot is claimed before the send (`digest#<slot>`), so two runs never send one twice.
 */
export async function runDigests(
  deps: {
    readonly store: SubscriberStore;
    readonly mailer: Mailer;
    readonly links: (s: Subscriber) => MailLinks;
  },
  subscribers: readonly Subscriber[],
  now: Date,
): Promise<DigestRunResult> {
  let due = 0;
  let sent = 0;
  let empty = 0;
  let duplicates = 0;
  let failed = 0;
  for (const subscriber of subscribers) {
    const period = dueDigest(subscriber, now);
    if (!period || subscriber.cadence === 'immediate') continue;
    due++;
    const items = await deps.store.listDigestItems(subscriber.id, period.since, period.slot);
    if (items.length === 0) {
      empty++;
      await deps.store.markDigest(subscriber.id, period.slot);
      continue;
    }
    const claim = `digest#${period.slot}`;
    if (!(await deps.store.claimDelivery(subscriber.id, claim, now.toISOString()))) {
      duplicates++;
      await deps.store.markDigest(subscriber.id, period.slot);
      continue;
    }
    try {
      await deps.mailer.send({
        ...renderDigestMail(subscriber.email, subscriber.cadence, items, deps.links(subscriber)),
        subscriberId: subscriber.id,
      });
      sent++;
      await deps.store.markDigest(subscriber.id, period.slot);
    } catch {
      await deps.store.releaseDelivery(subscriber.id, claim);
      failed++;
    }
  }
  return { due, sent, empty, duplicates, failed };
}
