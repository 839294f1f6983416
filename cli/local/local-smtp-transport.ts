import net from 'node:net';
import nodemailer, { type Transporter } from 'nodemailer';

export interface LocalSmtpTransportOptions {
  readonly host: string;
  readonly port: number;
  /** Bound on each SMTP step (connect, greeting, reply). */
  readonly timeoutMs: number;
  /** SMTP connections kept open. @default 4 */
  readonly maxConnections?: number;
}

/**
 * A pooled nodemailer transport to the local inbox, for the SNS stand-in and the subscriber notifier alike.
 *
 * Trap: nodemailer leaves Nagle's algorithm on. It writes a message in several small segments, so the last one
 * waits for the ACK of the one before, which the server delays (Linux: 40 ms) as it has nothing to answer yet:
 * every mail on a connection took 40+ ms, 20 mails a second over one connection. With TCP_NODELAY a mail takes
 * a few milliseconds. nodemailer's pool takes a socket from `getSocket` only as `connection` (its `socket`
 * option is ignored by the pool).
 */
export function localSmtpTransport(options: LocalSmtpTransportOptions): Transporter {
  return nodemailer.createTransport({
    host: options.host,
    port: options.port,
    secure: false,
    ignoreTLS: true,
    // A pool keeps a few SMTP connections open instead of one handshake per email.
    pool: true,
    maxConnections: options.maxConnections ?? 4,
    // nodemailer waits 2 minutes for a connection and 10 minutes on a silent socket by default: a server that
    // accepts and then says nothing would hold every delivery that long.
    connectionTimeout: options.timeoutMs,
    greetingTimeout: options.timeoutMs,
    socketTimeout: options.timeoutMs,
    getSocket: (_options, callback) => connect(options, callback),
  });
}

function connect(
  options: LocalSmtpTransportOptions,
  callback: (error: null, socketOptions: { connection: net.Socket }) => void,
): void {
  const socket = net.connect({ host: options.host, port: options.port, noDelay: true });
  socket.once('connect', () => socket.setKeepAlive(true));
  // Handed over while still connecting, and never as an error: the pool keeps the slot of a resource whose
  // getSocket failed, so four failed connects would stall it for good. nodemailer attaches its error handler at
  // once (a refused connect is its ESOCKET error) and its greeting timeout covers a connect that hangs.
  callback(null, { connection: socket });
}
