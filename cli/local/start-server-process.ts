import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { LOCAL_HOST, type LocalServer, PortInUseError } from './local-server';
import { isServerChildReport, type ServerChildReport } from './server-child-protocol';

/** How long a server process may take to listen (tsx compiles its entry on a cold cache). */
const START_TIMEOUT_MS = 30_000;
/** How long a stop waits for it to close (dynalite closes LevelDB) before it is killed. */
const STOP_TIMEOUT_MS = 10_000;

export interface ServerProcess extends LocalServer {
  /** The process's pid, while it runs. */
  readonly pid: number | undefined;
  /** A second port it listens on (the inbox's web page and REST API). */
  readonly webPort: number | undefined;
}

export interface ServerProcessOptions {
  /** The entry, a file of this folder, e.g. `dynamodb-child.ts`. */
  readonly entry: string;
  /** Its one argument, as JSON. */
  readonly request: unknown;
  /** For messages: `DynamoDB (dynalite)`. */
  readonly name: string;
  /** Reports other than its start (S3's object events). */
  readonly onReport?: (report: ServerChildReport) => void;
}

/**
 * Starts one of local mode's servers in a child process and resolves once it listens on 127.0.0.1. Local mode
 * runs them there because the bulk run was bound by the one thread that served S3 and DynamoDB, parsed and
 * mailed: the children use the second core. A child dies with this process, however it ends (its IPC channel
 * closes, see `server-child.ts`); `close()` waits for it to have exited.
 * @throws PortInUseError when the port is taken; an Error saying what to do when the process does not start.
 */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const child = fork(path.join(__dirname, options.entry), [JSON.stringify(options.request)], {
    // Its own loader, whatever runs this process (tsx, jest, the installed bin): the child is TypeScript too.
    execArgv: ['--require', require.resolve('tsx/cjs')],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'json',
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let ports: Extract<ServerChildReport, { type: 'listening' }>;
  try {
    ports = await listening(child, exited, options);
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    throw error;
  }

  let stopping = false;
  void exited.then((code) => {
    if (!stopping) {
      process.stderr.write(
        `! the ${options.name} process exited (code ${code}): local mode cannot go on. Stop it with Ctrl-C and start it again; uploads not yet processed are processed then.\n`,
      );
    }
  });
  return {
    port: ports.port,
    webPort: ports.webPort,
    endpoint: `http://${LOCAL_HOST}:${ports.port}`,
    get pid() {
      return child.exitCode === null && child.signalCode === null ? child.pid : undefined;
    },
    close: async () => {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      // Closing the channel is the stop signal: the child closes its server, then exits.
      if (child.connected) child.disconnect();
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

function listening(
  child: ChildProcess,
  exited: Promise<number | null>,
  options: ServerProcessOptions,
): Promise<Extract<ServerChildReport, { type: 'listening' }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new Error(
            `The ${options.name} process did not listen within ${START_TIMEOUT_MS / 1000} s. Try again; if it keeps failing, run \`npm install\` and look at the output above.`,
          ),
        ),
      START_TIMEOUT_MS,
    );
    child.on('message', (message: unknown) => {
      if (!isServerChildReport(message)) return;
      if (message.type === 'listening') {
        clearTimeout(timer);
        resolve(message);
      } else if (message.type === 'failed') {
        clearTimeout(timer);
        reject(failure(message, options.name));
      } else options.onReport?.(message);
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not start the ${options.name} process: ${error.message}`));
    });
    // After the messages the child sent before it exited, which say why when it could tell.
    void exited.then((code) =>
      setTimeout(() => {
        clearTimeout(timer);
        reject(
          new Error(
            `The ${options.name} process exited (code ${code}) before listening: its error is above. Run \`npm install\` if a module is missing.`,
          ),
        );
      }, 50),
    );
  });
}

function failure(report: Extract<ServerChildReport, { type: 'failed' }>, name: string): Error {
  if (report.port) return new PortInUseError(report.port.what, report.port.port, report.port.flag);
  if (report.reason === 'locked') return new Error(report.message);
  return new Error(`The ${name} process could not start: ${report.message}`);
}
