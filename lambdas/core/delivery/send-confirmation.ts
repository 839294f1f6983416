import type { Clock } from '../ports';
import type { ConfirmationRequest, ConfirmationRequests } from './confirmation-request';
import type { Mailer, SubscriberStore } from './ports';
import { renderConfirmMail } from './render-mail';
import { PENDING_TTL_MS, pendingExpired } from './subscriber';
import { type LinkDeps, pageUrl } from './subscriber-links';

export interface ConfirmationDeps extends LinkDeps {
  readonly store: SubscriberStore;
  readonly mailer: Mailer;
  readonly clock: Clock;
}

/**
 * `sent`; `stale` when the request no longer stands (no such subscriber, not pending, expired, or a later
 * sign-up bumped the generation: its own request mails the link that works); `duplicate` when this request's
 * mail was sent already (a retried or duplicated message).
 */
export type ConfirmationOutcome = 'sent' | 'stale' | 'duplicate';

/**
 * Mails a pending subscriber its confirmation link (the notifier's part of a sign-up). The address comes from
 * the table and the link's token is issued here, valid until the pending sign-up expires. Claimed per
 * (subscriber, generation) before sending, so one sign-up mails at most once; a failed send gives the claim back
 * and throws, for the message to be retried. The per-address daily limit is the sign-up's: it counts the
 * requests it makes (SubscriberAccounts.signUp).
 */
export async function sendConfirmation(
  deps: ConfirmationDeps,
  request: ConfirmationRequest,
): Promise<ConfirmationOutcome> {
  const subscriber = await deps.store.getSubscriber(request.subscriberId);
  if (subscriber?.status !== 'pending' || subscriber.tokenGeneration !== request.generation) return 'stale';
  if (pendingExpired(subscriber, deps.clock.now())) return 'stale';
  const delivery = `confirm#${request.generation}`;
  if (!(await deps.store.claimDelivery(subscriber.id, delivery, deps.clock.now().toISOString())))
    return 'duplicate';
  const token = deps.tokens.issue({
    subscriberId: subscriber.id,
    purpose: 'confirm',
    generation: subscriber.tokenGeneration,
    expiresAt: Date.parse(subscriber.createdAt) + PENDING_TTL_MS,
  });
  try {
    await deps.mailer.send(
      renderConfirmMail(
        subscriber.email,
        subscriber.terms.map((t) => t.label),
        pageUrl(deps, '/confirm', token),
      ),
    );
  } catch (error) {
    await deps.store.releaseDelivery(subscriber.id, delivery);
    throw error;
  }
  return 'sent';
}

/** Requests handled at once, in the caller's process: local mode's path and the tests'. */
export function inProcessConfirmations(deps: ConfirmationDeps): ConfirmationRequests {
  return {
    request: async (request) => {
      await sendConfirmation(deps, request);
    },
  };
}
