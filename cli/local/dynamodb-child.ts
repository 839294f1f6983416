import path from 'node:path';
import { childRequest, runServerChild } from './server-child';
import { type DynamoDbOptions, startDynamoDb } from './start-dynamodb';

/**
 * Entry of local mode's DynamoDB process (started by `startDynamoDbProcess`): dynalite on 127.0.0.1 in a process
 * of its own, so that its LevelDB and request work runs on another core than the ingest handler.
 */

// classic-level (dynalite's LevelDB binding, a dependency of dynalite): the part used here.
interface ClassicLevel {
  open(): Promise<void>;
  close(): Promise<void>;
}
const { ClassicLevel } = require(
  require.resolve('classic-level', { paths: [path.dirname(require.resolve('dynalite'))] }),
) as { ClassicLevel: new (location: string) => ClassicLevel };

/** How long a folder still locked by a stopping DynamoDB process (its parent SIGKILLed a moment ago) is waited for. */
const LOCKED_WAIT_MS = 10_000;

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

const options = childRequest() as DynamoDbOptions;
void runServerChild(
  async () => {
    if (options.directory) await waitUntilUnlocked(options.directory);
    return startDynamoDb(options);
  },
  (error) =>
    error instanceof LockedError ? { type: 'failed', reason: 'locked', message: error.message } : null,
);
