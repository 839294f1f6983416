import { type Command, UsageError } from '../command';
import { redriveDeadLetters } from '../local/dead-letters';
import { defaultDataDir, readLocalState } from '../local/local-state';
import { parseOptions } from './releases';

const HELP = `Usage: communique redrive [--data-dir DIR]

Sends every message of local mode's dead-letter folder through the ingest again, as SQS's redrive moves a
dead-letter queue back to its source queue. Use it once what made them fail (listed by \`communique failures\`
as retries-exhausted, with the cause) is fixed. A running local mode takes them within a second; otherwise the
next \`npm start\` does. Ingesting is idempotent: a redriven upload that was in fact stored is not alerted twice.

  --data-dir DIR   local mode's data folder (default .communique/, or COMMUNIQUE_DATA_DIR)

On a deployed stack, redrive the dead-letter queue from the SQS console ("Start DLQ redrive").`;

/** Moves the dead letters to the redrive folder; prints how many and where they go. */
export function runRedrive(dataDir: string, out: (line: string) => void): number {
  const moved = redriveDeadLetters(dataDir);
  const running = readLocalState(dataDir) !== null;
  if (moved === 0) out('No dead letters to redrive.');
  else
    out(
      `Sent ${moved} message${moved === 1 ? '' : 's'} back to the ingest queue${running ? '' : ' (processed at the next start)'}.`,
    );
  return 0;
}

export const command: Command = {
  name: 'redrive',
  summary: "send local mode's dead letters through the ingest again",
  help: HELP,
  async run(argv) {
    const values = parseOptions(argv, { 'data-dir': { type: 'string' }, stack: { type: 'string' } });
    if (typeof values.stack === 'string') {
      throw new UsageError(
        'redrive works on local mode; on a stack, use the SQS console\'s "Start DLQ redrive".',
      );
    }
    const dataDir = typeof values['data-dir'] === 'string' ? values['data-dir'] : defaultDataDir();
    return runRedrive(dataDir, (line) => process.stdout.write(`${line}\n`));
  },
};
