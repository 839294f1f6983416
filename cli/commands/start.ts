import { readdirSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { type Command, UsageError } from '../command';
import { formatBanner } from '../local/banner';
import { assertPortsFree, type WantedPort } from '../local/local-server';
import { defaultDataDir, LOCAL_ENV } from '../local/local-state';
import { formatProcessedRelease } from '../local/release-report';
import { type LocalModeOptions, startLocalMode } from '../local/start-local-mode';

/**
 * Default ports: those of LocalStack's S3, DynamoDB Local and maildev, so existing habits and tools work; the
 * web app on 8080, the usual port of a local web server.
 */
export const DEFAULT_PORTS = { s3: 4566, dynamodb: 8000, smtp: 1025, inbox: 1080, web: 8080 } as const;

const HELP = `Usage: communique start [options]

Runs communique on this machine, all on 127.0.0.1: an S3 endpoint with a "releases" bucket, a DynamoDB
endpoint, a mail inbox (web page and REST API), and the web app (nothing is opened in a browser). Every upload runs the real ingest handler; alerts go by
email to the local subscribers whose filter policy matches. No AWS account, Docker or Java needed.

Options:
  --s3-port N         S3 endpoint port (default ${DEFAULT_PORTS.s3}; env ${LOCAL_ENV.s3Port})
  --dynamodb-port N   DynamoDB endpoint port (default ${DEFAULT_PORTS.dynamodb}; env ${LOCAL_ENV.dynamodbPort})
  --smtp-port N       SMTP port of the inbox (default ${DEFAULT_PORTS.smtp}; env ${LOCAL_ENV.smtpPort})
  --inbox-port N      web inbox and its REST API (default ${DEFAULT_PORTS.inbox}; env ${LOCAL_ENV.inboxPort})
  --web-port N        the web app: releases, search, feeds (default ${DEFAULT_PORTS.web}; env ${LOCAL_ENV.webPort})
  --data-dir DIR      where releases, the table, mails and subscriptions are kept (default .communique/;
                      env ${LOCAL_ENV.dataDir})
  --fresh             delete the data folder first. At a terminal it asks first; without a terminal (a
                      script, CI) it refuses unless --yes is given too
  --yes, -y           with --fresh: delete without asking
  Port 0 picks a free port. A port in use stops the start, naming every port in use.

Ctrl-C stops everything cleanly; uploads not yet processed are processed at the next start.`;

/** The options of `start`: local mode's, plus the confirmation of `--fresh`. */
export type StartOptions = LocalModeOptions & { readonly yes: boolean };

/** Reads the flags of `start`, falling back on the environment, then on the defaults. */
export function parseStartArgs(args: readonly string[], env: NodeJS.ProcessEnv = process.env): StartOptions {
  const flags = new Map<string, string>();
  let fresh = false;
  let yes = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--fresh') {
      fresh = true;
      continue;
    }
    if (arg === '--yes' || arg === '-y') {
      yes = true;
      continue;
    }
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (
      !['--s3-port', '--dynamodb-port', '--smtp-port', '--inbox-port', '--web-port', '--data-dir'].includes(
        name,
      )
    ) {
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
  const options = {
    s3Port: port('--s3-port', LOCAL_ENV.s3Port, DEFAULT_PORTS.s3),
    dynamodbPort: port('--dynamodb-port', LOCAL_ENV.dynamodbPort, DEFAULT_PORTS.dynamodb),
    smtpPort: port('--smtp-port', LOCAL_ENV.smtpPort, DEFAULT_PORTS.smtp),
    inboxPort: port('--inbox-port', LOCAL_ENV.inboxPort, DEFAULT_PORTS.inbox),
    webPort: port('--web-port', LOCAL_ENV.webPort, DEFAULT_PORTS.web),
    dataDir: dataDir ?? defaultDataDir(env),
    fresh,
    yes,
  };
  const seen = new Map<number, string>();
  for (const { port: n, flag } of wantedPorts(options)) {
    const other = seen.get(n);
    if (n !== 0 && other) throw new UsageError(`${flag} and ${other} both ask for port ${n}`);
    seen.set(n, flag);
  }
  return options;
}

/** The ports local mode listens on, with what each is for and the flag that moves it. */
export function wantedPorts(options: LocalModeOptions): WantedPort[] {
  return [
    { what: 'S3', port: options.s3Port, flag: '--s3-port' },
    { what: 'DynamoDB', port: options.dynamodbPort, flag: '--dynamodb-port' },
    { what: 'SMTP', port: options.smtpPort, flag: '--smtp-port' },
    { what: 'the web inbox', port: options.inboxPort, flag: '--inbox-port' },
    ...(options.webPort === undefined
      ? []
      : [{ what: 'the web app', port: options.webPort, flag: '--web-port' }]),
  ];
}

/** What `--fresh` may read from and ask on: the process's own streams, or a test's. */
export interface Terminal {
  readonly input: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly output: NodeJS.WritableStream;
}

/**
 * Whether `--fresh` may delete the data folder: yes when there is nothing to delete or `--yes` was given; at a
 * terminal, when the user answers y; never silently from a script (a stray `--fresh` in one wipes the archive,
 * the inbox and the subscriptions).
 * @throws UsageError when input is not a terminal and `--yes` is missing.
 */
export async function confirmFresh(options: StartOptions, terminal: Terminal): Promise<boolean> {
  if (!options.fresh || options.yes || isEmptyFolder(options.dataDir)) return true;
  if (!terminal.input.isTTY) {
    throw new UsageError(
      `--fresh would delete everything in ${options.dataDir}, and there is no terminal to ask: add --yes to confirm.`,
    );
  }
  const prompt = createInterface({ input: terminal.input, output: terminal.output });
  try {
    const answer = await prompt.question(
      `--fresh deletes everything in ${options.dataDir}: releases, table, inbox, subscriptions. Delete? [y/N] `,
    );
    return /^\s*y(es)?\s*$/i.test(answer);
  } finally {
    prompt.close();
  }
}

function isEmptyFolder(dir: string): boolean {
  try {
    return readdirSync(dir).length === 0;
  } catch {
    return true; // absent: nothing to delete
  }
}

export const command: Command = {
  name: 'start',
  summary: 'run the whole pipeline locally (S3, DynamoDB, mail inbox) - what `npm start` does',
  help: HELP,
  async run(args) {
    const options = parseStartArgs(args);
    if (!(await confirmFresh(options, { input: process.stdin, output: process.stderr }))) {
      process.stderr.write('Nothing deleted; local mode not started.\n');
      return 1;
    }
    await assertPortsFree(wantedPorts(options));
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
