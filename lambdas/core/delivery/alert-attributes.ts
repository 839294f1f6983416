import { alertMessageAttributes, type MessageAttribute } from '../alert';
import type { Alert } from '../ports';

/**
 * The message attributes the SNS publisher sends: `interests` (what filter policies match) and, for the
 * notifier's queue, the release id, kind and subject. The queue's subscription uses raw message delivery, which
 * drops the SNS envelope (Subject included) and passes message attributes on as SQS message attributes
 * (Amazon SNS Developer Guide, "Amazon SNS raw message delivery"). Filter policies name `interests` only, so the
 * others change no match. A `reindex` alert adds `previousInterests` (what the release held before, so that the
 * notifier mails only subscribers whose match is new): five attributes, under SNS's limit of 10. Both lists are
 * capped at 300 values (`alertInterests`, ~70 KB each at worst) and the body at ~57 KB: the message stays under
 * SNS's 256 KiB. An empty list is left out (a String.Array of no value matches nothing anyway).
 */
export function alertAttributes(alert: Alert): Record<string, MessageAttribute> {
  return {
    ...alertMessageAttributes(alert),
    releaseId: { DataType: 'String', StringValue: alert.releaseId },
    kind: { DataType: 'String', StringValue: alert.kind },
    subject: { DataType: 'String', StringValue: alert.subject },
    ...(alert.previousInterests && alert.previousInterests.length > 0
      ? {
          previousInterests: {
            DataType: 'String.Array',
            StringValue: JSON.stringify(alert.previousInterests),
          } as const,
        }
      : {}),
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
  let previous: unknown;
  try {
    interests = JSON.parse(attributes.interests?.stringValue ?? 'null');
    previous = JSON.parse(attributes.previousInterests?.stringValue ?? '[]');
  } catch {
    return null;
  }
  if (!releaseId || subject === undefined || (kind !== 'new' && kind !== 'update' && kind !== 'reindex'))
    return null;
  const isList = (v: unknown): v is string[] => Array.isArray(v) && v.every((i) => typeof i === 'string');
  if (!isList(interests) || !isList(previous)) return null;
  return {
    releaseId,
    subject,
    kind,
    body,
    interests,
    ...(kind === 'reindex' ? { previousInterests: previous } : {}),
  };
}
