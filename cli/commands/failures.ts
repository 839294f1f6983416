import type { IngestFailure, ReleaseArchive } from '../../lambdas/core/ports';
import { type Command, UsageError } from '../command';
import { TARGET_OPTIONS_HELP } from '../target';
import { archiveTarget, parseOptions, table } from './releases';

const HELP = `Usage: communique failures [--limit N] [--json] [options]

Lists uploaded files that did not become releases, newest first: the key, when, and why. Reasons:
  empty, binary, undecodable, malformed, no-content   the file is not a readable release
  too-large                                           over the size limit (MAX_OBJECT_BYTES, default 5 MB)
  missing                                             deleted before it was read
These are not retried: fix the file and upload it again. (Files that failed on AWS errors are retried
and, after 5 attempts, wait in the dead-letter queue instead.)

  --limit N      at most N failures (default 50)
  --json         one JSON array instead of a table
${TARGET_OPTIONS_HELP}`;

/** Lists recorded failures as a table or JSON; exit code 0. */
export async function runFailures(
  deps: { readonly archive: ReleaseArchive; readonly where: string; readonly out: (line: string) => void },
  options: { readonly json: boolean; readonly limit: number },
): Promise<number> {
  if (!Number.isInteger(options.limit) || options.limit < 1)
    throw new UsageError('--limit takes a whole number above 0.');
  const failures = await deps.archive.listFailures(options.limit);
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
    return runFailures(
      { ...target, out: (line) => process.stdout.write(`${line}\n`) },
      { json: values.json === true, limit: typeof values.limit === 'string' ? Number(values.limit) : 50 },
    );
  },
};
