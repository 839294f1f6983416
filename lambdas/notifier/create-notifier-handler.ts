import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { alertFromQueue } from '../core/delivery/alert-attributes';
import { type ConfirmationRequest, parseConfirmationRequest } from '../core/delivery/confirmation-request';
import { applyMailFeedback, feedbackOf } from '../core/delivery/mail-feedback';
import { notifySubscribers } from '../core/delivery/notify-subscribers';
import type { Mailer, SubscriberStore } from '../core/delivery/ports';
import type { MailLinks } from '../core/delivery/render-mail';
import { runDigests } from '../core/delivery/run-digests';
import type { ConfirmationOutcome } from '../core/delivery/send-confirmation';
import type { Subscriber } from '../core/delivery/subscriber';
import { SubscriberIndex } from '../core/delivery/subscriber-index';
import type { Clock, IngestLogger, ReleaseArchive } from '../core/ports';
import { DIGEST_INPUT } from './env';

export interface NotifierDeps {
  readonly store: SubscriberStore;
  readonly archive: ReleaseArchive;
  readonly mailer: Mailer;
  readonly links: (subscriber: Subscriber) => Promise<MailLinks> | MailLinks;
  readonly clock: Clock;
  /** Fields carry ids and counts, never an address. */
  readonly logger: IngestLogger;
  /**
   * The sign-ups' confirmation queue: its messages are confirmation requests only (the web function may write
   * there, never to the alerts queue), each sent by `confirm`.
   */
  readonly confirmations?: {
    readonly queueArn: string;
    readonly confirm: (request: ConfirmationRequest) => Promise<ConfirmationOutcome>;
  };
  /** How long the in-memory index of subscribers is used before it is read again. @default 60 s */
  readonly indexTtlMs?: number;
}

type NotifierEvent =
  | SQSEvent
  | typeof DIGEST_INPUT
  | { readonly source?: string; readonly 'detail-type'?: string; readonly detail?: unknown };

/**
 * The notifier (issue 13): alerts from its queue (subscribed to the alerts topic, raw delivery), sign-ups'
 * confirmation mails from the confirmation queue, the digest schedule's runs, and SES bounce and complaint
 * events from EventBridge, in one function.
 */
export function createNotifierHandler(deps: NotifierDeps) {
  let index: { value: SubscriberIndex; until: number } | null = null;
  const ttl = deps.indexTtlMs ?? 60_000;
  const currentIndex = async (): Promise<SubscriberIndex> => {
    const now = deps.clock.now().getTime();
    if (!index || now >= index.until) {
      index = { value: new SubscriberIndex(await deps.store.listSubscribers()), until: now + ttl };
    }
    return index.value;
  };
  let linkCache: Map<string, MailLinks> = new Map();
  const links = (subscriber: Subscriber): MailLinks => {
    const found = linkCache.get(`${subscriber.id}.${subscriber.tokenGeneration}`);
    if (!found) throw new Error('links asked before they were made');
    return found;
  };
  const withLinks = async (subscribers: readonly Subscriber[]) => {
    linkCache = new Map();
    for (const s of subscribers) linkCache.set(`${s.id}.${s.tokenGeneration}`, await deps.links(s));
  };
  const notifyDeps = { store: deps.store, mailer: deps.mailer, links };

  return async (event: NotifierEvent): Promise<SQSBatchResponse | undefined> => {
    if ('Records' in event) {
      const failures: { itemIdentifier: string }[] = [];
      for (const record of event.Records) {
        if (deps.confirmations && record.eventSourceARN === deps.confirmations.queueArn) {
          try {
            const request = parseConfirmationRequest(record.body);
            if (!request) {
              deps.logger.warn('not a confirmation request: dropped', { messageId: record.messageId });
              continue;
            }
            const outcome = await deps.confirmations.confirm(request);
            deps.logger.info('confirmation', { subscriberId: request.subscriberId, outcome });
          } catch (error) {
            deps.logger.error('confirmation failed', {
              messageId: record.messageId,
              error: error instanceof Error ? error.name : 'unknown',
            });
            failures.push({ itemIdentifier: record.messageId });
          }
          continue;
        }
        try {
          const alert = alertFromQueue(record.body, record.messageAttributes);
          if (!alert) {
            deps.logger.warn('not an alert: dropped', { messageId: record.messageId });
            continue;
          }
          const idx = await currentIndex();
          const matches = idx.match(alert.interests);
          if (matches.length === 0) continue;
          await withLinks(matches.map((m) => m.subscriber));
          const release = await deps.archive.getRelease(alert.releaseId);
          const result = await notifySubscribers(
            notifyDeps,
            idx,
            alert,
            release,
            deps.clock.now().toISOString(),
          );
          deps.logger.info('alert delivered', { releaseId: alert.releaseId, ...result });
        } catch (error) {
          deps.logger.error('alert delivery failed', {
            messageId: record.messageId,
            error: error instanceof Error ? error.name : 'unknown',
          });
          failures.push({ itemIdentifier: record.messageId });
        }
      }
      return { batchItemFailures: failures };
    }
    if ('kind' in event && event.kind === DIGEST_INPUT.kind) {
      const subscribers = await deps.store.listSubscribers();
      await withLinks(subscribers.filter((s) => s.status === 'active' && s.cadence !== 'immediate'));
      const result = await runDigests(notifyDeps, subscribers, deps.clock.now());
      deps.logger.info('digest run', { ...result });
      // A failed send throws, so that the schedule's retry policy runs it again (claims keep the sent ones sent).
      if (result.failed > 0) throw new Error(`${result.failed} digest(s) failed`);
      return undefined;
    }
    const feedback = feedbackOf(event as { source?: string; detail?: unknown });
    if (feedback) {
      const suspended = await applyMailFeedback(deps.store, feedback);
      deps.logger.info('mail feedback', {
        kind: feedback.kind,
        subscriberId: feedback.subscriberId,
        suspended,
      });
      return undefined;
    }
    deps.logger.warn('unknown event: ignored');
    return undefined;
  };
}
