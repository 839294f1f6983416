import nodemailer, { type Transporter } from 'nodemailer';
import type { Alert, AlertPublisher } from '../../lambdas/core/ports';
import type { FilterPolicy } from '../../lambdas/core/subscriptions/resolve-subscription';
import { subscriberMatches } from '../../lambdas/core/subscriptions/subscriber-matches';

/** A local email subscriber: its address and SNS filter policy (null: no policy, every alert). */
export interface LocalSubscriber {
  readonly email: string;
  readonly filterPolicy: FilterPolicy | null;
}

export interface SmtpAlertPublisherOptions {
  readonly smtpHost: string;
  readonly smtpPort: number;
  /** Read at each publish, so that a subscription added while local mode runs applies to the next alert. */
  readonly subscriptions: () => Promise<readonly LocalSubscriber[]>;
  /** Sender name, as the topic's DisplayName is on SNS. @default 'communique' */
  readonly displayName?: string;
  /** Told once per alert, with how many emails it sent. */
  readonly onPublished?: (alert: Alert, recipients: number) => void;
}

export const LOCAL_SENDER = 'alerts@communique.local';

/**
 * Local mode's SNS topic with email subscriptions: one plain-text email per subscriber whose filter policy
 * matches the alert (SNS semantics), with the alert's subject and body followed by the footer SNS appends.
 */
export class SmtpAlertPublisher implements AlertPublisher {
  private readonly transport: Transporter;

  constructor(private readonly options: SmtpAlertPublisherOptions) {
    this.transport = nodemailer.createTransport({
      host: options.smtpHost,
      port: options.smtpPort,
      secure: false,
      ignoreTLS: true,
      // A pool keeps a few SMTP connections open instead of one handshake per email in a bulk upload.
      pool: true,
      maxConnections: 4,
    });
  }

  async publish(alert: Alert): Promise<void> {
    // Judged by the core's matcher, on the attributes the SNS publisher sends: the same decision as SNS's.
    const recipients = (await this.options.subscriptions()).filter(
      (s) => s.filterPolicy === null || subscriberMatches({ filterPolicy: s.filterPolicy }, alert),
    );
    // One message per address, as SNS sends one per subscription: no address sees another's.
    const addresses = [...new Set(recipients.map((s) => s.email))];
    await Promise.all(
      addresses.map((to) =>
        this.transport.sendMail({
          from: { name: this.options.displayName ?? 'communique', address: LOCAL_SENDER },
          to,
          subject: alert.subject,
          text: `${alert.body}${snsFooter(to)}`,
        }),
      ),
    );
    this.options.onPublished?.(alert, addresses.length);
  }

  close(): void {
    this.transport.close();
  }
}

// SNS appends an unsubscribe footer to every email notification; local mode points to the CLI instead of a link.
function snsFooter(email: string): string {
  return [
    '',
    '--',
    'If you wish to stop receiving notifications from this topic, run:',
    `npm run --silent cli -- unsubscribe ${email}`,
    '',
    'Please do not reply directly to this email.',
    '',
  ].join('\n');
}
