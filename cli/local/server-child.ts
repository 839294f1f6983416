import { PortInUseError } from './local-server';
import type { ServerChildReport } from './server-child-protocol';

/** A signal to a server process alone (not its parent's Ctrl-C, which the parent handles) stops it after this long. */
const SIGNAL_GRACE_MS = 15_000;

/** Sends a report; resolves once it is written to the channel (a process that exits at once would lose it). */
export const report = (message: ServerChildReport): Promise<void> =>
  new Promise((resolve) => {
    if (!process.send?.(message, () => resolve())) resolve();
  });

/** The child's request (its one argument, JSON), or exits when it was not started by `startServerProcess`. */
export function childRequest(): unknown {
  if (!process.send) {
    process.stderr.write('This is a server process of local mode: start local mode with `npm start`.\n');
    process.exit(2);
  }
  return JSON.parse(process.argv[2] ?? 'null');
}

/**
 * Runs a server process of local mode: starts the server, reports its port, and stops it when the parent goes.
 * The IPC channel closes when the parent stops it, exits, crashes or is SIGKILLed; a parent pid that changed says
 * the same. `failure` names the errors of `start` the parent explains itself (a locked folder).
 */
export async function runServerChild(
  start: () => Promise<{ port: number; webPort?: number; close(): Promise<void> }>,
  failure: (error: unknown) => ServerChildReport | null = () => null,
): Promise<void> {
  const parentPid = process.ppid;
  let server: { close(): Promise<void> } | null = null;
  let stopping = false;
  const stop = (code: number): void => {
    if (stopping) return;
    stopping = true;
    // The servers' close lets the requests in flight finish (dynalite then closes LevelDB).
    const hardStop = setTimeout(() => process.exit(code || 1), 5000);
    void (server?.close() ?? Promise.resolve()).finally(() => {
      clearTimeout(hardStop);
      process.exit(code);
    });
  };
  process.on('disconnect', () => stop(0));
  // Ctrl-C reaches the whole process group: the parent stops in order (uploads, the handler, then its servers),
  // so the signal alone does not stop this one at once.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => setTimeout(() => stop(0), SIGNAL_GRACE_MS).unref());
  }
  setInterval(() => {
    if (process.ppid !== parentPid) stop(0);
  }, 500).unref();

  try {
    const started = await start();
    server = started;
    await report({
      type: 'listening',
      port: started.port,
      ...(started.webPort === undefined ? {} : { webPort: started.webPort }),
    });
  } catch (error) {
    await report(
      failure(error) ??
        (error instanceof PortInUseError
          ? {
              type: 'failed',
              reason: 'port-in-use',
              message: error.message,
              port: { what: error.what, port: error.port, flag: error.flag },
            }
          : {
              type: 'failed',
              reason: 'error',
              message: error instanceof Error ? error.message : String(error),
            }),
    );
    stop(1);
  }
}
