import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { closeHttpServer, findFreePort, LOCAL_HOST, PortInUseError } from './local-server';

/** The local mail inbox: an SMTP server that keeps every message, with a web page and a REST API to read them. */
export interface LocalInbox {
  readonly smtpPort: number;
  /** Web inbox and REST API (`GET /email`), e.g. `http://127.0.0.1:1080`. */
  readonly webUrl: string;
  readonly webPort: number;
  close(): Promise<void>;
}

export interface InboxOptions {
  /** 0 for any free port. */
  readonly smtpPort: number;
  /** 0 for any free port. */
  readonly webPort: number;
  /** Where received mails are kept (`.eml` files), so the inbox survives a restart. */
  readonly directory: string;
}

// maildev 2.2.1 ships no type declarations; these are the parts used here.
interface MailServer {
  smtp: {
    listen(port: number, host: string, cb: (error?: Error) => void): void;
    close(cb: () => void): void;
  } & NodeJS.EventEmitter;
  store: unknown[];
  onSmtpError: (error: Error) => void;
  close(cb?: () => void): void;
  removeAllListeners(event?: string): void;
}

let running = false;

/**
 * Starts maildev in this process. maildev keeps its state in module singletons, so one inbox per process.
 *
 * Traps handled here (maildev 2.2.1): it turns port 0 into its defaults (1025, 1080), so free ports are picked
 * first; it installs SIGINT/SIGTERM handlers that call `process.exit(0)`, which would skip local mode's drain,
 * so they are removed; its SMTP error handler rethrows, and its web server has none, so a taken port would crash
 * the process instead of failing the start.
 */
export async function startInbox(options: InboxOptions): Promise<LocalInbox> {
  if (running) throw new Error('A local inbox is already running in this process.');
  running = true;
  try {
    return await startMaildev(options);
  } catch (error) {
    running = false;
    throw error;
  }
}

async function startMaildev(options: InboxOptions): Promise<LocalInbox> {
  mkdirSync(options.directory, { recursive: true });
  const smtpPort = options.smtpPort || (await findFreePort());
  const webPort = options.webPort || (await findFreePort());

  const signalsBefore = {
    SIGINT: new Set(process.listeners('SIGINT')),
    SIGTERM: new Set(process.listeners('SIGTERM')),
  };
  const web = require('maildev/lib/web') as { server: Server | null };
  const MailDev = require('maildev') as (config: Record<string, unknown>) => MailServer;
  const mailServer = MailDev({
    smtp: smtpPort,
    web: webPort,
    ip: LOCAL_HOST,
    mailDirectory: options.directory,
    silent: true,
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) {
      if (!signalsBefore[signal].has(listener)) process.removeListener(signal, listener);
    }
  }

  const webServer = web.server;
  if (!webServer) throw new Error('maildev did not start its web server.');
  const webListening = new Promise<void>((resolve, reject) => {
    if (webServer.listening) resolve();
    webServer.once('listening', resolve);
    webServer.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE' ? new PortInUseError('the web inbox', webPort, '--inbox-port') : error,
      ),
    );
  });

  mailServer.smtp.removeListener('error', mailServer.onSmtpError);
  let startupError: ((error: Error) => void) | null = null;
  // After the start, an SMTP client that drops its connection must not bring local mode down.
  mailServer.smtp.on('error', (error: NodeJS.ErrnoException) => startupError?.(error));
  const smtpListening = new Promise<void>((resolve, reject) => {
    startupError = (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new PortInUseError('SMTP', smtpPort, '--smtp-port') : error);
    mailServer.smtp.listen(smtpPort, LOCAL_HOST, (error) => (error ? reject(error) : resolve()));
  });

  const close = async (): Promise<void> => {
    const webClosed = closeHttpServer(webServer).catch(() => undefined);
    await new Promise<void>((resolve) => mailServer.close(() => resolve()));
    await webClosed;
    mailServer.removeAllListeners();
    mailServer.store.length = 0;
    running = false;
  };

  try {
    await Promise.all([webListening, smtpListening]);
  } catch (error) {
    await close();
    throw error;
  } finally {
    startupError = null;
  }
  return { smtpPort, webPort, webUrl: `http://${LOCAL_HOST}:${webPort}`, close };
}
