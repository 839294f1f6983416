import type { AddressInfo } from 'node:net';

// smtp-server (maildev's SMTP layer) ships no type declarations; these are the parts used here.
interface SmtpServerInstance {
  listen(port: number, host: string, cb: () => void): void;
  close(cb: () => void): void;
  server: { address(): AddressInfo };
  on(event: 'error', cb: (error: Error) => void): void;
}
type Callback = (error?: Error | null) => void;
const { SMTPServer } = require('smtp-server') as {
  SMTPServer: new (options: Record<string, unknown>) => SmtpServerInstance;
};

/** One received message: its recipients and subject. */
export interface SunkMail {
  readonly to: string[];
  readonly subject: string;
}

/**
 * An SMTP server on 127.0.0.1 and a free port that keeps what it receives in memory. `refuse(address)` says how
 * to answer a recipient: `reject` (550, for good), `defer` (451, try later), or undefined (accept).
 */
export async function startSmtpSink(
  refuse: (address: string) => 'reject' | 'defer' | undefined = () => undefined,
) {
  const mails: SunkMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address: { address: string }, _session: unknown, callback: Callback) {
      const verdict = refuse(address.address);
      if (!verdict) return callback();
      const error = Object.assign(new Error(verdict === 'reject' ? 'No such user' : 'Try again later'), {
        responseCode: verdict === 'reject' ? 550 : 451,
      });
      return callback(error);
    },
    onData(
      stream: NodeJS.ReadableStream,
      session: { envelope: { rcptTo: Array<{ address: string }> } },
      callback: Callback,
    ) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: /^Subject: (.*)$/m.exec(raw)?.[1]?.trim() ?? '',
        });
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.server.address().port,
    mails,
    close: () => new Promise<void>((resolve) => server.close(resolve)),
  };
}
