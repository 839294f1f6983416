import type { IngestFailure, ReleaseArchive } from '../../lambdas/core/ports';
import { type Command, UsageError } from '../command';
import { deadLettersAsFailures } from '../local/dead-letters';
import { TARGET_OPTIONS_HELP } from '../target';
import { archiveTarget, parseOptions, table } from './releases';

const HELP = `Usage: communique failures [--limit N] [--json] [options]

Lists uploaded files that did not become releases, newest first: the key, when, and why. Reasons:
  empty, binary, undecodable, malformed, no-content   the file is not a readable release
  too-large                                           over the size limit (MAX_OBJECT_BYTES, default 5 MB)
  missing                                             deleted before it was read
These are not retried: fix the file and upload it again.
  retries-exhausted                                   local mode tried it 5 times and parked it in its
                                                      dead-letter folder, with the cause; \`communique redrive\`
                                                      sends it again
(On a deployed stack, files that failed on AWS errors wait in the dead-letter queue and its alarm fires.)

  --limit N      at most N failures (default 50)
  --json         one JSON array instead of a table
${TARGET_OPTIONS_HELP}`;

/** Lists recorded failures as a table or JSON; exit code 0. */
export async function runFailures(
  deps: {
    readonly archive: ReleaseArchive;
    readonly where: string;
    readonly out: (line: string) => void;
    /** Local mode's dead letters, listed with the recorded failures. @default none */
    readonly deadLetters?: () => IngestFailure[];
  },
  options: { readonly json: boolean; readonly limit: number },
): Promise<number> {
  if (!Number.isInteger(options.limit) || options.limit < 1)
    throw new UsageError('--limit takes a whole number above 0.');
  // Dead letters first, all of them: they are what still needs someone (a redrive), and the table may not
  // have been reachable to record them.
  const parked = deps.deadLetters?.() ?? [];
  const recorded = await deps.archive.listFailures(Math.max(options.limit - parked.length, 1));
  const failures = [...parked, ...recorded].slice(0, Math.max(options.limit, parked.length));
  deps.out(options.json ? JSON.stringify(failures, null, 2) : formatFailures(failures, deps.where));
  return 0;
}

export function formatFailures(failures: readonly IngestFailure[], where: string): string {
  if (failures.length === 0) return `No failures in ${where}.`;
  return [
    `${failures.length} failure${failures.length === 1 ? '' : 's'} in ${where}:`,
    ...table([
      ['TIME', 'REASON', 'KEY', 'MESSAGE'],
      ...failures.map((f) => [f.failedAt, f.reason, `s3://${f.bucket}/${f.key}`, f.message]),
    ]),
  ].join('\n');
}

export const command: Command = {
  name: 'failures',
  summary: 'list uploaded files that could not be ingested, and why',
  help: HELP,
  async run(argv) {
    const values = parseOptions(argv, {
      limit: { type: 'string' },
      json: { type: 'boolean' },
      stack: { type: 'string' },
    });
    const target = await archiveTarget(typeof values.stack === 'string' ? values.stack : undefined);
    const stateDir = target.stateDir;
    return runFailures(
      {
        ...target,
        out: (line) => process.stdout.write(`${line}\n`),
        ...(stateDir ? { deadLetters: () => deadLettersAsFailures(stateDir) } : {}),
      },
      { json: values.json === true, limit: typeof values.limit === 'string' ? Number(values.limit) : 50 },
    );
  },
};
