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
    'Run `communique <command> --help` for the options of one command.',
    'From a clone: `npm run --silent cli -- <command> ...`.',
  ].join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${await usage()}\n`);
    return name === undefined ? 2 : 0;
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
    throw error;
  }
}

/** Runs the CLI on this process's arguments and sets its exit code. */
export function runCli(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`communique: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

if (require.main === module) runCli();
