import { alertMessageAttributes, type MessageAttribute } from '../alert';
import type { Alert } from '../ports';

/**
 * The message attributes the SNS publisher sends: `interests` (what filter policies match) and, for the
 * notifier's queue, the release id, kind and subject. The queue's subscription uses raw message delivery, which
 * drops the SNS envelope (Subject included) and passes message attributes on as SQS message attributes
 * (Amazon SNS Developer Guide, "Amazon SNS raw message delivery"). Filter policies name `interests` only, so the
 * others change no match. Four attributes, under SNS's limit of 10.
 */
export function alertAttributes(alert: Alert): Record<string, MessageAttribute> {
  return {
    ...alertMessageAttributes(alert),
    releaseId: { DataType: 'String', StringValue: alert.releaseId },
    kind: { DataType: 'String', StringValue: alert.kind },
    subject: { DataType: 'String', StringValue: alert.subject },
  };
}

/** An SQS message attribute as the Lambda event carries it. */
export interface QueuedAttribute {
  readonly stringValue?: string;
  readonly dataType: string;
}

/** The alert back from a raw-delivered queue message: its body and the attributes above; null when not one. */
export function alertFromQueue(
  body: string,
  attributes: Readonly<Record<string, QueuedAttribute>>,
): Alert | null {
  const releaseId = attributes.releaseId?.stringValue;
  const subject = attributes.subject?.stringValue;
  const kind = attributes.kind?.stringValue;
  let interests: unknown;
  try {
    interests = JSON.parse(attributes.interests?.stringValue ?? 'null');
  } catch {
    return null;
  }
  if (!releaseId || subject === undefined || (kind !== 'new' && kind !== 'update')) return null;
  if (!Array.isArray(interests) || !interests.every((i) => typeof i === 'string')) return null;
  return { releaseId, subject, kind, body, interests };
}
