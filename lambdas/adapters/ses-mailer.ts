import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { type Mailer, MailThrottledError } from '../core/delivery/ports';
import type { OutgoingMail } from '../core/delivery/render-mail';

export interface SesMailerOptions {
  /** The verified identity's address, e.g. `alerts@example.org`. */
  readonly from: string;
  readonly configurationSetName: string;
  /** The account's SES sending rate (context `sesMaxPerSecond`). */
  readonly maxPerSecond: number;
  /** Waits between throttled attempts. @default 4 attempts after the first, 200 ms doubling */
  readonly retries?: number;
  /** Injected for tests. @default setTimeout */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Injected for tests. @default Date.now */
  readonly nowMs?: () => number;
}

const THROTTLED = new Set(['TooManyRequestsException', 'LimitExceededException', 'ThrottlingException']);

/**
 * SES v2 `SendEmail`, one message per call with its own headers (List-Unsubscribe, List-Unsubscribe-Post) and
 * the `subscriber` tag for bounce and complaint events. Paced to `maxPerSecond` in this container (the notifier
 * runs with a reserved concurrency of 1, so this is the account's pace); throttling is retried with backoff, then
 * thrown as {@link MailThrottledError} for the message to come back later.
 */
export class SesMailer implements Mailer {
  private nextAt = 0;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly nowMs: () => number;

  private ses: Pick<SESv2Client, 'send'> | null;
  private readonly makeClient: (() => Pick<SESv2Client, 'send'>) | null;

  /**
   * @param ses the client, or a function that builds it on the first send: the notifier's invocations that
   * mail nobody (a digest run with nobody due, a bounce, an alert nobody follows) then never construct one.
   */
  constructor(
    ses: Pick<SESv2Client, 'send'> | (() => Pick<SESv2Client, 'send'>),
    private readonly options: SesMailerOptions,
  ) {
    this.ses = typeof ses === 'function' ? null : ses;
    this.makeClient = typeof ses === 'function' ? ses : null;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.nowMs = options.nowMs ?? Date.now;
  }

  async send(mail: OutgoingMail): Promise<void> {
    const command = new SendEmailCommand({
      FromEmailAddress: this.options.from,
      Destination: { ToAddresses: [mail.to] },
      ConfigurationSetName: this.options.configurationSetName,
      ...(mail.subscriberId ? { EmailTags: [{ Name: 'subscriber', Value: mail.subscriberId }] } : {}),
      Content: {
        Simple: {
          Subject: { Data: mail.subject, Charset: 'UTF-8' },
          Body: { Text: { Data: mail.text, Charset: 'UTF-8' }, Html: { Data: mail.html, Charset: 'UTF-8' } },
          Headers: Object.entries(mail.headers).map(([Name, Value]) => ({ Name, Value })),
        },
      },
    });
    const retries = this.options.retries ?? 4;
    for (let attempt = 0; ; attempt++) {
      await this.pace();
      try {
        this.ses ??= (this.makeClient as () => Pick<SESv2Client, 'send'>)();
        await this.ses.send(command);
        return;
      } catch (error) {
        const name = (error as { name?: string }).name ?? '';
        if (!THROTTLED.has(name)) throw new Error(`SES SendEmail failed: ${name || 'unknown error'}`);
        if (attempt >= retries) throw new MailThrottledError('SES kept throttling SendEmail');
        await this.sleep(200 * 2 ** attempt);
      }
    }
  }

  private async pace(): Promise<void> {
    const now = this.nowMs();
    const wait = this.nextAt - now;
    this.nextAt = Math.max(now, this.nextAt) + 1000 / this.options.maxPerSecond;
    if (wait > 0) await this.sleep(wait);
  }
}
