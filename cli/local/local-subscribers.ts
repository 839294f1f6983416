import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDbSubscriberStore } from '../../lambdas/adapters/dynamodb/dynamodb-subscriber-store';
import { notifySubscribers } from '../../lambdas/core/delivery/notify-subscribers';
import { type DigestRunResult, runDigests } from '../../lambdas/core/delivery/run-digests';
import { inProcessConfirmations } from '../../lambdas/core/delivery/send-confirmation';
import { SubscriberAccounts } from '../../lambdas/core/delivery/subscriber-accounts';
import { SubscriberIndex } from '../../lambdas/core/delivery/subscriber-index';
import { SubscriberTokens } from '../../lambdas/core/delivery/subscriber-tokens';
import type { Alert, ReleaseArchive } from '../../lambdas/core/ports';
import type { ReleaseBodies } from '../../lambdas/web/ports';
import { SmtpMailer } from './smtp-mailer';
import { readOrCreateTokenKey } from './token-key';

export const LOCAL_SUBSCRIBER_SENDER = 'subscriptions@communique.local';
/**
 * Subscribers one alert mails at once, over as many SMTP connections: a release that matches 10,000 subscribers
 * is in the inbox in seconds instead of minutes (`npm run bench -- --only subscriber-mail`).
 */
export const LOCAL_NOTIFY_CONCURRENCY = 8;

export interface LocalSubscribersOptions {
  readonly dataDir: string;
  readonly dynamodb: Pick<DynamoDBClient, 'send'>;
  readonly tableName: string;
  readonly smtpHost: string;
  readonly smtpPort: number;
  readonly timeoutMs: number;
  readonly displayName: string;
  /** The web app's origin: the links of the mails point there. */
  readonly baseUrl: () => string;
  readonly archive: ReleaseArchive;
  readonly bodies: ReleaseBodies;
}

/**
 * The subscriber path of local mode: the notifier (in-process after each publish and each sign-up), digests and
 * the accounts.
 */
export interface LocalSubscribers {
  readonly accounts: SubscriberAccounts;
  /** Mails the table's subscribers an alert (immediate) or keeps it for their digest. */
  notify(alert: Alert): Promise<void>;
  digest(now?: Date): Promise<DigestRunResult>;
  close(): void;
}

export function localSubscribers(options: LocalSubscribersOptions): LocalSubscribers {
  const store = new DynamoDbSubscriberStore(options.dynamodb, options.tableName);
  const mailer = new SmtpMailer({
    host: options.smtpHost,
    port: options.smtpPort,
    from: LOCAL_SUBSCRIBER_SENDER,
    displayName: options.displayName,
    timeoutMs: options.timeoutMs,
    maxConnections: LOCAL_NOTIFY_CONCURRENCY,
  });
  const clock = { now: () => new Date() };
  const tokens = new SubscriberTokens(readOrCreateTokenKey(options.dataDir));
  const accounts = new SubscriberAccounts({
    store,
    tokens,
    // The notifier's confirmation code, called in-process where the stack has a queue in between: the mail is
    // in the inbox when the sign-up page answers.
    confirmations: inProcessConfirmations({ store, mailer, clock, tokens, baseUrl: options.baseUrl }),
    clock,
    baseUrl: options.baseUrl,
    knownOfficials: () => options.archive.listOfficials(),
  });
  const deps = {
    store,
    mailer,
    links: accounts.links.bind(accounts),
    concurrency: LOCAL_NOTIFY_CONCURRENCY,
  };
  return {
    accounts,
    async notify(alert) {
      // Read at each alert: local mode's subscribers are few, and a confirmation counts at once.
      const index = new SubscriberIndex(await store.listSubscribers());
      if (index.match(alert.interests).length === 0) return;
      const release = await options.archive.getRelease(alert.releaseId);
      const body = release ? await options.bodies.bodyOf(release).catch(() => null) : null;
      await notifySubscribers(
        deps,
        index,
        alert,
        release ? { ...release, ...(body ? { body } : {}) } : null,
        clock.now().toISOString(),
      );
    },
    async digest(now = clock.now()) {
      return runDigests(deps, await store.listSubscribers(), now);
    },
    close: () => mailer.close(),
  };
}
