import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Transporter } from 'nodemailer';
import type { Alert, AlertPublisher } from '../../lambdas/core/ports';
import { maskEmail } from '../../lambdas/core/subscriptions/email-address';
import type { FilterPolicy } from '../../lambdas/core/subscriptions/resolve-subscription';
import { subscriberMatches } from '../../lambdas/core/subscriptions/subscriber-matches';
import { localSmtpTransport } from './local-smtp-transport';
import { writeFileAtomically } from './write-file-atomically';

/** A local email subscriber: its address and SNS filter policy (null: no policy, every alert). */
export interface LocalSubscriber {
  readonly email: string;
  readonly filterPolicy: FilterPolicy | null;
}

/** What one publish did, per recipient; counts only, never an address. */
export interface SmtpDelivery {
  /** Mailed by this publish. */
  readonly sent: number;
  /** Mailed by an earlier attempt of the same alert: not mailed again. */
  readonly alreadySent: number;
  /** Refused for good by the server (5xx): recorded, never retried. Masked addresses. */
  readonly rejected: readonly string[];
  /** Not reached (connection refused or reset, timeout, 4xx): the publish throws, and the retry mails them. */
  readonly unreached: number;
}

export interface SmtpAlertPublisherOptions {
  readonly smtpHost: string;
  readonly smtpPort: number;
  /** Read at each publish, so that a subscription added while local mode runs applies to the next alert. */
  readonly subscriptions: () => Promise<readonly LocalSubscriber[]>;
  /**
   * Folder recording which recipients each alert reached, so that a retry mails only the others (one file per
   * alert, addresses stored as hashes).
   */
  readonly outboxDir: string;
  /** Sender name, as the topic's DisplayName is on SNS. @default 'communique' */
  readonly displayName?: string;
  /** Told once per publish, with what it did. */
  readonly onPublished?: (alert: Alert, delivery: SmtpDelivery) => void;
  /** Bound on each SMTP step (connect, greeting, any reply). @default 3000 ms */
  readonly timeoutMs?: number;
}

/** Some recipients could not be reached; the publish is retried for them alone. The message names no address. */
export class SmtpDeliveryError extends Error {
  override readonly name = 'SmtpDeliveryError';
}

export const LOCAL_SENDER = 'alerts@communique.local';

interface Ledger {
  sent: string[];
  rejected: string[];
}

/**
 * Local mode's SNS topic with email subscriptions: one plain-text email per subscriber whose filter policy
 * matches the alert (SNS semantics), with the alert's subject and body followed by the footer SNS appends.
 *
 * Per recipient, as SNS delivers per subscription: a refused address fails only itself, a retry never mails an
 * address again that an earlier attempt reached, and a server that stalls or resets is given up on after a
 * timeout instead of holding the queue.
 */
export class SmtpAlertPublisher implements AlertPublisher {
  private readonly transport: Transporter;

  constructor(private readonly options: SmtpAlertPublisherOptions) {
    const timeout = options.timeoutMs ?? 3000;
    mkdirSync(options.outboxDir, { recursive: true });
    this.transport = localSmtpTransport({
      host: options.smtpHost,
      port: options.smtpPort,
      timeoutMs: timeout,
    });
  }

  async publish(alert: Alert): Promise<void> {
    // Judged by the core's matcher, on the attributes the SNS publisher sends: the same decision as SNS's.
    const recipients = (await this.options.subscriptions()).filter(
      (s) => s.filterPolicy === null || subscriberMatches({ filterPolicy: s.filterPolicy }, alert),
    );
    // One message per address, as SNS sends one per subscription: no address sees another's.
    const addresses = [...new Set(recipients.map((s) => s.email))];
    const file = path.join(
      this.options.outboxDir,
      `${digest(`${alert.releaseId}\n${alert.subject}\n${alert.body}`)}.json`,
    );
    const ledger = readLedger(file);
    const done = new Set([...ledger.sent, ...ledger.rejected]);
    const todo = addresses.filter((a) => !done.has(digest(a)));
    const results = await Promise.allSettled(
      todo.map((to) =>
        this.transport.sendMail({
          from: { name: this.options.displayName ?? 'communique', address: LOCAL_SENDER },
          to,
          subject: alert.subject,
          text: `${alert.body}${snsFooter(to)}`,
        }),
      ),
    );
    const rejected: string[] = [];
    const causes = new Set<string>();
    let sent = 0;
    results.forEach((result, i) => {
      const to = todo[i] as string;
      if (result.status === 'fulfilled') {
        ledger.sent.push(digest(to));
        sent++;
      } else if (isPermanent(result.reason)) {
        ledger.rejected.push(digest(to));
        rejected.push(maskEmail(to));
      } else {
        causes.add(describe(result.reason));
      }
    });
    if (todo.length > 0) await writeFileAtomically(file, JSON.stringify(ledger));
    const unreached = todo.length - sent - rejected.length;
    this.options.onPublished?.(alert, {
      sent,
      alreadySent: addresses.length - todo.length,
      rejected,
      unreached,
    });
    if (unreached > 0) {
      throw new SmtpDeliveryError(
        `${unreached} of ${addresses.length} recipients not reached (${[...causes].join('; ')}); the retry mails them.`,
      );
    }
  }

  close(): void {
    this.transport.close();
  }
}

const digest = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 32);

function readLedger(file: string): Ledger {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<Ledger>;
    return { sent: parsed.sent ?? [], rejected: parsed.rejected ?? [] };
  } catch {
    return { sent: [], rejected: [] };
  }
}

/** A 5xx reply to the recipient or the message: the server will refuse it again (RFC 5321, 4.2.1). */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/** The error's code and SMTP reply code only: nodemailer's messages quote the recipient's address. */
function describe(error: unknown): string {
  const { code, responseCode } = error as { code?: string; responseCode?: number };
  return [code, responseCode].filter((v) => v !== undefined).join(' ') || 'unknown error';
}

// SNS appends an unsubscribe footer to every email notification; local mode points to the CLI instead of a link.
function snsFooter(email: string): string {
  return [
    '',
    '--',
    'If you wish to stop receiving notifications from this topic, run:',
    `npm run --silent cli -- unsubscribe --email ${email}`,
    '',
    'Please do not reply directly to this email.',
    '',
  ].join('\n');
}
