import type { Transporter } from 'nodemailer';
import type { Mailer } from '../../lambdas/core/delivery/ports';
import type { OutgoingMail } from '../../lambdas/core/delivery/render-mail';
import { localSmtpTransport } from './local-smtp-transport';

export interface SmtpMailerOptions {
  readonly host: string;
  readonly port: number;
  readonly from: string;
  readonly displayName: string;
  /** Bound on each SMTP step. */
  readonly timeoutMs: number;
  /** SMTP connections kept open. @default 4 */
  readonly maxConnections?: number;
}

/**
 * Local mode's stand-in for SES v2: each mail with both parts and its own headers (List-Unsubscribe,
 * List-Unsubscribe-Post), which maildev keeps and shows in its REST API.
 */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;

  constructor(private readonly options: SmtpMailerOptions) {
    this.transport = localSmtpTransport({
      host: options.host,
      port: options.port,
      timeoutMs: options.timeoutMs,
      maxConnections: options.maxConnections,
    });
  }

  async send(mail: OutgoingMail): Promise<void> {
    try {
      await this.transport.sendMail({
        from: { name: this.options.displayName, address: this.options.from },
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: { ...mail.headers },
      });
    } catch (error) {
      // nodemailer's messages quote the recipient: keep its codes only.
      const { code, responseCode } = error as { code?: string; responseCode?: number };
      throw new Error(
        `SMTP send failed (${[code, responseCode].filter((v) => v !== undefined).join(' ') || 'unknown'})`,
      );
    }
  }

  close(): void {
    this.transport.close();
  }
}
