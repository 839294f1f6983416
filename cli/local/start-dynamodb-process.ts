import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { type DynamoDbChildReport, isDynamoDbChildReport } from './dynamodb-child-protocol';
import { LOCAL_HOST, type LocalServer, PortInUseError } from './local-server';
import type { DynamoDbOptions } from './start-dynamodb';

/** How long the DynamoDB process may take to listen (tsx compiles its entry on a cold cache). */
const START_TIMEOUT_MS = 30_000;
/** How long a stop waits for it to close LevelDB before it is killed. */
const STOP_TIMEOUT_MS = 10_000;

export interface DynamoDbProcess extends LocalServer {
  /** The process's pid, while it runs. */
  readonly pid: number | undefined;
}

/**
 * Starts dynalite in a child process (`dynamodb-child.ts`) and resolves once it listens on 127.0.0.1. Local mode
 * runs it there rather than in its own process because the bulk run was bound by the one thread that served
 * DynamoDB, parsed and mailed: the child uses the second core. The child dies with this process, however it ends
 * (its IPC channel closes); `close()` waits for it to have exited.
 * @throws PortInUseError when the port is taken; an Error saying what to do when the process does not start.
 */
export async function startDynamoDbProcess(options: DynamoDbOptions): Promise<DynamoDbProcess> {
  const child = fork(path.join(__dirname, 'dynamodb-child.ts'), [JSON.stringify(options)], {
    // Its own loader, whatever runs this process (tsx, jest, the installed bin): the child is TypeScript too.
    execArgv: ['--require', require.resolve('tsx/cjs')],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'json',
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let port: number;
  try {
    port = await listening(child, exited, options.port);
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    throw error;
  }

  let stopping = false;
  void exited.then((code) => {
    if (!stopping) {
      process.stderr.write(
        `! the DynamoDB process (dynalite) exited (code ${code}): local mode cannot store releases. Stop it with Ctrl-C and start it again; uploads not yet processed are processed then.\n`,
      );
    }
  });
  return {
    port,
    endpoint: `http://${LOCAL_HOST}:${port}`,
    get pid() {
      return child.exitCode === null && child.signalCode === null ? child.pid : undefined;
    },
    close: async () => {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      // Closing the channel is the stop signal: the child closes dynalite and LevelDB, then exits.
      if (child.connected) child.disconnect();
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

function listening(child: ChildProcess, exited: Promise<number | null>, wanted: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new Error(
            `The DynamoDB process (dynalite) did not listen within ${START_TIMEOUT_MS / 1000} s. Try again; if it keeps failing, run \`npm install\` and look at the output above.`,
          ),
        ),
      START_TIMEOUT_MS,
    );
    child.on('message', (message: unknown) => {
      if (!isDynamoDbChildReport(message)) return;
      clearTimeout(timer);
      if (message.type === 'listening') resolve(message.port);
      else reject(failure(message, wanted));
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not start the DynamoDB process (dynalite): ${error.message}`));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(
        new Error(
          `The DynamoDB process (dynalite) exited (code ${code}) before listening: its error is above. Run \`npm install\` if a module is missing.`,
        ),
      );
    });
  });
}

function failure(report: Extract<DynamoDbChildReport, { type: 'failed' }>, wanted: number): Error {
  if (report.reason === 'port-in-use') return new PortInUseError('DynamoDB', wanted, '--dynamodb-port');
  if (report.reason === 'locked') return new Error(report.message);
  return new Error(`The DynamoDB process (dynalite) could not start: ${report.message}`);
}
