import path from 'node:path';
import { type DynamoDbChildReport, isDynamoDbChildRequest } from './dynamodb-child-protocol';
import { PortInUseError } from './local-server';
import { startDynamoDb } from './start-dynamodb';

/**
 * Entry of local mode's DynamoDB process (started by `startDynamoDbProcess`): dynalite on 127.0.0.1 in a process
 * of its own, so that its LevelDB and request work runs on another core than the ingest handler, s3rver and the
 * mailer. It reports its port over the IPC channel, and stops when its parent goes: that channel closes when the
 * parent stops it, exits, crashes or is SIGKILLed, and a parent pid that changed says the same.
 */

// classic-level (dynalite's LevelDB binding, a dependency of dynalite) ships no declarations we depend on.
interface ClassicLevel {
  open(): Promise<void>;
  close(): Promise<void>;
}
const { ClassicLevel } = require(
  require.resolve('classic-level', { paths: [path.dirname(require.resolve('dynalite'))] }),
) as { ClassicLevel: new (location: string) => ClassicLevel };

/** How long a folder still locked by a stopping DynamoDB process (its parent SIGKILLed a moment ago) is waited for. */
const LOCKED_WAIT_MS = 10_000;
/** A signal to this process alone (not its parent's Ctrl-C, which the parent handles) stops it after this long. */
const SIGNAL_GRACE_MS = 15_000;

const report = (message: DynamoDbChildReport): void => {
  process.send?.(message);
};

async function main(): Promise<void> {
  const request: unknown = JSON.parse(process.argv[2] ?? 'null');
  if (!process.send || !isDynamoDbChildRequest(request)) {
    process.stderr.write(
      'dynamodb-child: start it through startDynamoDbProcess (it needs an IPC channel).\n',
    );
    process.exit(2);
  }
  const parentPid = process.ppid;
  let server: Awaited<ReturnType<typeof startDynamoDb>> | null = null;
  let stopping = false;
  const stop = (code: number): void => {
    if (stopping) return;
    stopping = true;
    // dynalite's close lets the requests in flight finish, then closes LevelDB (its files stay consistent).
    const hardStop = setTimeout(() => process.exit(code || 1), 5000);
    void (server?.close() ?? Promise.resolve()).finally(() => {
      clearTimeout(hardStop);
      process.exit(code);
    });
  };
  process.on('disconnect', () => stop(0));
  // Ctrl-C reaches the whole process group: the parent stops in order (uploads, then the handler, then this
  // process), so the signal alone does not stop this one at once.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => setTimeout(() => stop(0), SIGNAL_GRACE_MS).unref());
  }
  setInterval(() => {
    if (process.ppid !== parentPid) stop(0);
  }, 500).unref();

  try {
    if (request.directory) await waitUntilUnlocked(request.directory);
    server = await startDynamoDb(request);
    report({ type: 'listening', port: server.port });
  } catch (error) {
    if (error instanceof PortInUseError)
      report({ type: 'failed', reason: 'port-in-use', message: error.message });
    else if (error instanceof LockedError)
      report({ type: 'failed', reason: 'locked', message: error.message });
    else
      report({
        type: 'failed',
        reason: 'error',
        message: error instanceof Error ? error.message : String(error),
      });
    stop(1);
  }
}

class LockedError extends Error {}

/**
 * Opens the folder's LevelDB once and closes it, waiting while another process holds its lock. Trap (dynalite
 * 4.0.0): dynalite opens LevelDB lazily and does not handle a failed open; the first request on a locked folder
 * threw out of its event loop. After a SIGKILL of local mode, its DynamoDB process takes a moment to see the
 * parent gone and close the folder; a restart at once waits for that here.
 */
async function waitUntilUnlocked(directory: string): Promise<void> {
  const deadline = Date.now() + LOCKED_WAIT_MS;
  for (;;) {
    const db = new ClassicLevel(directory);
    try {
      await db.open();
      await db.close();
      return;
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      if (cause?.code !== 'LEVEL_LOCKED') throw error;
      if (Date.now() > deadline) {
        throw new LockedError(
          `The DynamoDB data in ${directory} is locked by another process: stop the local mode that uses this data folder, or pick another with --data-dir.`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

void main();
