import type { SubscriberStore } from './ports';

/** What SES said about a sent mail, as its event (EventBridge `aws.ses`) carries it. */
export interface MailFeedback {
  readonly kind: 'bounce' | 'complaint';
  /** `Permanent` for a hard bounce (SES event publishing, bounce object: bounceType). */
  readonly bounceType?: string;
  /** From the mail's `subscriber` tag. */
  readonly subscriberId: string | null;
}

/**
 * A hard bounce or a complaint suspends the subscriber (issue 13): SES counts both against the account's
 * reputation, and a complaint means the reader does not want the mail. Soft bounces change nothing.
 * @returns whether a subscriber was suspended
 */
export async function applyMailFeedback(store: SubscriberStore, feedback: MailFeedback): Promise<boolean> {
  if (!feedback.subscriberId) return false;
  if (feedback.kind === 'bounce' && feedback.bounceType !== 'Permanent') return false;
  const subscriber = await store.getSubscriber(feedback.subscriberId);
  if (subscriber?.status !== 'active') return false;
  await store.putSubscriber({ ...subscriber, status: 'suspended' });
  return true;
}

/** The feedback of an SES event delivered by EventBridge, or null for another event. */
export function feedbackOf(event: {
  readonly source?: string;
  readonly 'detail-type'?: string;
  readonly detail?: unknown;
}): MailFeedback | null {
  if (event.source !== 'aws.ses') return null;
  const detail = (event.detail ?? {}) as {
    eventType?: string;
    bounce?: { bounceType?: string };
    mail?: { tags?: Record<string, readonly string[]> };
  };
  const subscriberId = detail.mail?.tags?.subscriber?.[0] ?? null;
  if (detail.eventType === 'Bounce')
    return {
      kind: 'bounce',
      subscriberId,
      ...(detail.bounce?.bounceType ? { bounceType: detail.bounce.bounceType } : {}),
    };
  if (detail.eventType === 'Complaint') return { kind: 'complaint', subscriberId };
  return null;
}
