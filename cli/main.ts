#!/usr/bin/env node
import type { Command } from './command';
import { UsageError } from './command';

// The AWS SDK warns at its first client that its releases after early January 2027 need Node 22. The lockfile
// pins versions that run on Node 20, so the CLI user can do nothing about it; a user who sets the variable wins.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

// Commands load lazily so that `communique parse` does not pay for the SDK clients of `start`.
const COMMANDS: Record<string, () => Promise<{ command: Command }>> = {
  start: () => import('./commands/start'),
  parse: () => import('./commands/parse'),
  upload: () => import('./commands/upload'),
  subscribe: () => import('./commands/subscribe'),
  unsubscribe: () => import('./commands/unsubscribe'),
  subscriptions: () => import('./commands/subscriptions'),
  releases: () => import('./commands/releases'),
  officials: () => import('./commands/officials'),
  failures: () => import('./commands/failures'),
  redrive: () => import('./commands/redrive'),
  reindex: () => import('./commands/reindex'),
  digest: () => import('./commands/digest'),
};

async function loadAll(): Promise<Command[]> {
  const loaded: Command[] = [];
  for (const load of Object.values(COMMANDS)) {
    try {
      loaded.push((await load()).command);
    } catch {
      // A command that is not built yet is left out of the help.
    }
  }
  return loaded;
}

/** The package's version, from package.json (the one place it is written). */
export function version(): string {
  return (require('../package.json') as { version: string }).version;
}

async function usage(): Promise<string> {
  const commands = await loadAll();
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: communique <command> [options]',
    '',
    'communique ingests official press releases and emails alerts on the countries and officials they mention.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `communique <command> --help` for the options of one command; `communique --version` for the version.',
    'From a clone: `npm run --silent cli -- <command> ...`.',
  ].join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${await usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    process.stdout.write(`communique ${version()}\n`);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`communique: unknown command '${name}'.\n\n${await usage()}\n`);
    return 2;
  }
  const { command } = await load();
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${command.help}\n`);
    return 0;
  }
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`communique ${name}: ${error.message}\n`);
      return 2;
    }
    const file = fileProblem(error);
    if (file) {
      process.stderr.write(`communique ${name}: ${file}\n`);
      return 1;
    }
    throw error;
  }
}

// Node's own wording ("ENOENT: no such file or directory, open '...'") in the words of a user.
const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'already exists',
  ENAMETOOLONG: 'name too long',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  EMFILE: 'too many open files',
};

/** `<path>: <what is wrong>` for an error of the file system, else null. */
export function fileProblem(error: unknown): string | null {
  // Duck-typed: errors of Node's fs fail `instanceof Error` across realms (jest's sandbox, vm contexts).
  if (typeof error !== 'object' || error === null) return null;
  const e = error as NodeJS.ErrnoException;
  if (typeof e.path !== 'string' || typeof e.code !== 'string') return null;
  return `${e.path}: ${FILE_ERRORS[e.code] ?? e.code}${e.syscall ? ` (${e.syscall})` : ''}`;
}

/**
 * A reader that stops early (`communique releases | head`) closes the pipe: the next write fails with EPIPE,
 * which Node raises as an unhandled 'error' event with a stack trace. That is the reader's choice, not a
 * failure: exit quietly with 0, as `head` expects.
 */
function exitQuietlyOnClosedPipe(): void {
  const onError = (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  };
  process.stdout.on('error', onError);
  process.stderr.on('error', onError);
}

/** Runs the CLI on this process's arguments and sets its exit code. */
export function runCli(): void {
  exitQuietlyOnClosedPipe();
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // One line, whatever the error: a stack trace helps no user of a command line.
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`communique: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
      process.exitCode = 1;
    },
  );
}

if (require.main === module) runCli();
