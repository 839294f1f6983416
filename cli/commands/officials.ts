import type { OfficialSummary, ReleaseArchive } from '../../lambdas/core/ports';
import type { Command } from '../command';
import { TARGET_OPTIONS_HELP } from '../target';
import { archiveTarget, parseOptions, table } from './releases';

const HELP = `Usage: communique officials [--json] [options]

Lists every official named in a stored release, by name, with the number of releases that name them and
every variant of their name seen so far (initials, titles, surnames). Subscribe to any of these names.

  --json         one JSON array instead of a table
${TARGET_OPTIONS_HELP}`;

/** Lists officials as a table or JSON; exit code 0. */
export async function runOfficials(
  deps: { readonly archive: ReleaseArchive; readonly where: string; readonly out: (line: string) => void },
  options: { readonly json: boolean },
): Promise<number> {
  // An official whose every release was updated away has no release left: not worth listing.
  const officials = (await deps.archive.listOfficials()).filter((o) => o.releaseCount > 0);
  deps.out(options.json ? JSON.stringify(officials, null, 2) : formatOfficials(officials, deps.where));
  return 0;
}

export function formatOfficials(officials: readonly OfficialSummary[], where: string): string {
  if (officials.length === 0) return `No officials in ${where} yet.`;
  return [
    `${officials.length} official${officials.length === 1 ? '' : 's'} in ${where}:`,
    ...table([
      ['NAME', 'RELEASES', 'ID', 'VARIANTS'],
      ...officials.map((o) => [
        o.name,
        String(o.releaseCount),
        o.id,
        o.variants.filter((v) => v !== o.name).join('; ') || '-',
      ]),
    ]),
  ].join('\n');
}

export const command: Command = {
  name: 'officials',
  summary: 'list officials named in stored releases, with name variants and release counts',
  help: HELP,
  async run(argv) {
    const values = parseOptions(argv, { json: { type: 'boolean' }, stack: { type: 'string' } });
    const target = await archiveTarget(typeof values.stack === 'string' ? values.stack : undefined);
    return runOfficials(
      { ...target, out: (line) => process.stdout.write(`${line}\n`) },
      { json: values.json === true },
    );
  },
};
