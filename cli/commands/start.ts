import { type Command, UsageError } from '../command';
import { formatBanner } from '../local/banner';
import { defaultDataDir, LOCAL_ENV } from '../local/local-state';
import { formatProcessedRelease } from '../local/release-report';
import { type LocalModeOptions, startLocalMode } from '../local/start-local-mode';

/** Default ports: those of LocalStack's S3, DynamoDB Local and maildev, so existing habits and tools work. */
export const DEFAULT_PORTS = { s3: 4566, dynamodb: 8000, smtp: 1025, inbox: 1080 } as const;

const HELP = `Usage: communique start [options]

Runs communique on this machine, all on 127.0.0.1: an S3 endpoint with a "releases" bucket, a DynamoDB
endpoint, and a mail inbox (web page and REST API). Every upload runs the real ingest handler; alerts go by
email to the local subscribers whose filter policy matches. No AWS account, Docker or Java needed.

Options:
  --s3-port N         S3 endpoint port (default ${DEFAULT_PORTS.s3}; env ${LOCAL_ENV.s3Port})
  --dynamodb-port N   DynamoDB endpoint port (default ${DEFAULT_PORTS.dynamodb}; env ${LOCAL_ENV.dynamodbPort})
  --smtp-port N       SMTP port of the inbox (default ${DEFAULT_PORTS.smtp}; env ${LOCAL_ENV.smtpPort})
  --inbox-port N      web inbox and its REST API (default ${DEFAULT_PORTS.inbox}; env ${LOCAL_ENV.inboxPort})
  --data-dir DIR      where releases, the table, mails and subscriptions are kept (default .communique/;
                      env ${LOCAL_ENV.dataDir})
  --fresh             delete the data folder first
  Port 0 picks a free port.

Ctrl-C stops everything cleanly; uploads not yet processed are processed at the next start.`;

/** Reads the flags of `start`, falling back on the environment, then on the defaults. */
export function parseStartArgs(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): LocalModeOptions {
  const flags = new Map<string, string>();
  let fresh = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--fresh') {
      fresh = true;
      continue;
    }
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (!['--s3-port', '--dynamodb-port', '--smtp-port', '--inbox-port', '--data-dir'].includes(name)) {
      throw new UsageError(`unknown option '${arg}' (see --help)`);
    }
    if (inline === undefined) i += 1;
    const value = inline ?? args[i];
    if (value === undefined) throw new UsageError(`${name} needs a value`);
    flags.set(name, value);
  }
  const port = (flag: string, variable: string, fallback: number): number => {
    const raw = flags.get(flag) ?? env[variable];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0 || n > 65535) {
      throw new UsageError(
        `${flags.has(flag) ? flag : variable} must be a port number (0-65535), got '${raw}'`,
      );
    }
    return n;
  };
  const dataDir = flags.get('--data-dir');
  return {
    s3Port: port('--s3-port', LOCAL_ENV.s3Port, DEFAULT_PORTS.s3),
    dynamodbPort: port('--dynamodb-port', LOCAL_ENV.dynamodbPort, DEFAULT_PORTS.dynamodb),
    smtpPort: port('--smtp-port', LOCAL_ENV.smtpPort, DEFAULT_PORTS.smtp),
    inboxPort: port('--inbox-port', LOCAL_ENV.inboxPort, DEFAULT_PORTS.inbox),
    dataDir: dataDir ?? defaultDataDir(env),
    fresh,
  };
}

export const command: Command = {
  name: 'start',
  summary: 'run the whole pipeline locally (S3, DynamoDB, mail inbox) - what `npm start` does',
  help: HELP,
  async run(args) {
    const options = parseStartArgs(args);
    const mode = await startLocalMode({
      ...options,
      onProcessed: (release) => process.stdout.write(`${formatProcessedRelease(release)}\n`),
    });
    process.stdout.write(formatBanner(mode.state, mode.dataDir));
    const recovered = mode.pending();
    if (recovered > 0) process.stdout.write(`Processing ${recovered} upload(s) left from the last run...\n`);

    await new Promise<void>((resolve) => {
      const shutdown = (signal: NodeJS.Signals) => {
        process.removeListener('SIGINT', shutdown);
        process.removeListener('SIGTERM', shutdown);
        const pending = mode.pending();
        process.stdout.write(
          `\n${signal}: stopping${pending > 0 ? ` (finishing the releases in flight; ${pending} left for the next start)` : ''}...\n`,
        );
        // A second Ctrl-C while draining exits at once; the queue journal keeps what was not done.
        process.once('SIGINT', () => process.exit(130));
        mode.stop().then(resolve, (error: unknown) => {
          process.stderr.write(
            `communique start: ${error instanceof Error ? error.message : String(error)}\n`,
          );
          resolve();
        });
      };
      process.on('SIGINT', shutdown);
      process.on('SIGTERM', shutdown);
    });
    process.stdout.write('Stopped.\n');
    return 0;
  },
};
