import { type ParseArgsConfig, parseArgs } from 'node:util';
import { DynamoDbReleaseArchive } from '../../lambdas/adapters/dynamodb/dynamodb-release-archive';
import { findCountryCode } from '../../lambdas/core/entities/find-country';
import { officialId } from '../../lambdas/core/identity/official-identity';
import type { OfficialSummary, ReleaseArchive, ReleaseQuery, StoredRelease } from '../../lambdas/core/ports';
import { fold } from '../../lambdas/core/text/fold';
import { type Command, UsageError } from '../command';
import { resolveTarget, TARGET_OPTIONS_HELP } from '../target';

const HELP = `Usage: communique releases [--country X] [--official Y] [--since D] [--until D] [--limit N] [--json] [options]

Lists stored releases, newest first. Without filters: the most recently ingested. With --since/--until
(YYYY-MM-DD, inclusive), by the release's own date; releases without a date are then left out.

  --country X    a country name, demonym or ISO code: Slovenia, Slovenian, SI
  --official Y   an official's name, a variant (Tokayev, President Tokayev) or id (kasim-jomart-tokaev)
  --since D      released on or after D (YYYY-MM-DD)
  --until D      released on or before D (YYYY-MM-DD)
  --limit N      at most N releases (default 20)
  --json         one JSON array instead of a table
${TARGET_OPTIONS_HELP}

Examples:
  communique releases --country SI --since 2025-01-01
  communique releases --official "Tanja Fajon" --json`;

export interface ReleasesOptions {
  readonly country?: string;
  readonly official?: string;
  readonly since?: string;
  readonly until?: string;
  readonly limit: number;
  readonly json: boolean;
}

/** Validates the options into an archive query (country and official resolved). @throws UsageError */
export async function releaseQuery(archive: ReleaseArchive, options: ReleasesOptions): Promise<ReleaseQuery> {
  for (const [name, value] of [
    ['--since', options.since],
    ['--until', options.until],
  ] as const) {
    if (value !== undefined && !isDate(value))
      throw new UsageError(`${name} takes a date as YYYY-MM-DD, not '${value}'.`);
  }
  if (options.since && options.until && options.since > options.until) {
    throw new UsageError(`--since ${options.since} is after --until ${options.until}.`);
  }
  if (!Number.isInteger(options.limit) || options.limit < 1)
    throw new UsageError('--limit takes a whole number above 0.');
  let country: string | undefined;
  if (options.country !== undefined) {
    country = findCountryCode(options.country) ?? undefined;
    if (!country)
      throw new UsageError(`'${options.country}' names no country (try its English name or ISO code).`);
  }
  const official =
    options.official === undefined ? undefined : await resolveOfficialId(archive, options.official);
  return {
    limit: options.limit,
    ...(country ? { country } : {}),
    ...(official ? { official } : {}),
    ...(options.since ? { since: options.since } : {}),
    ...(options.until ? { until: options.until } : {}),
  };
}

/** Lists releases as a table or JSON; exit code 0. */
export async function runReleases(
  deps: { readonly archive: ReleaseArchive; readonly where: string; readonly out: (line: string) => void },
  options: ReleasesOptions,
): Promise<number> {
  const releases = await deps.archive.listReleases(await releaseQuery(deps.archive, options));
  if (options.json) {
    deps.out(JSON.stringify(releases, null, 2));
    return 0;
  }
  deps.out(formatReleases(releases, deps.where));
  return 0;
}

/** The table: date, id, countries, officials, title. */
export function formatReleases(releases: readonly StoredRelease[], where: string): string {
  if (releases.length === 0) return `No releases in ${where} match.`;
  const rows = releases.map((r) => [
    r.date ?? 'undated',
    r.id,
    r.countries.map((c) => c.code).join(' ') || '-',
    String(r.officials.length),
    truncate(r.title, 70),
  ]);
  return [
    `${releases.length} release${releases.length === 1 ? '' : 's'} in ${where}:`,
    ...table([['DATE', 'ID', 'COUNTRIES', 'OFFICIALS', 'TITLE'], ...rows]),
  ].join('\n');
}

/** Finds the official an argument names: its id, name or one of its variants, else a surname of one only. */
async function resolveOfficialId(archive: ReleaseArchive, input: string): Promise<string> {
  const id = officialId(input);
  const wanted = fold(input);
  const officials = await archive.listOfficials();
  const exact = officials.filter(
    (o) => o.id === id || fold(o.name) === wanted || o.variants.some((v) => fold(v) === wanted),
  );
  const matches = exact.length > 0 ? exact : officials.filter((o) => o.id.endsWith(`-${id}`));
  if (matches.length > 1) {
    throw new UsageError(
      `'${input}' names ${matches.length} officials: ${matches.map(describe).join(', ')}. Give the id.`,
    );
  }
  return matches[0]?.id ?? id;
}

const describe = (o: OfficialSummary) => `${o.name} (${o.id})`;

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const truncate = (text: string, width: number): string =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text;

/** Left-aligned columns, two spaces apart; the last column is not padded. */
export function table(rows: readonly (readonly string[])[]): string[] {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

/** Parses argv with node:util, turning its errors into usage errors. */
export function parseOptions(
  argv: readonly string[],
  options: NonNullable<ParseArgsConfig['options']>,
): Record<string, string | boolean | undefined> {
  try {
    const { values } = parseArgs({ args: [...argv], strict: true, allowPositionals: false, options });
    return values as Record<string, string | boolean | undefined>;
  } catch (error) {
    throw new UsageError(`${(error as Error).message} (see --help)`);
  }
}

/** The archive of the target (local mode, or the stack named with --stack). */
export async function archiveTarget(stack: string | undefined) {
  const target = await resolveTarget(stack === undefined ? {} : { stack });
  return {
    archive: new DynamoDbReleaseArchive(target.dynamodb, target.tableName),
    where: target.description,
    stateDir: target.stateDir,
  };
}

export const command: Command = {
  name: 'releases',
  summary: 'list stored releases, by country, official or date',
  help: HELP,
  async run(argv) {
    const values = parseOptions(argv, {
      country: { type: 'string' },
      official: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
      stack: { type: 'string' },
    });
    const str = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
    const options: ReleasesOptions = {
      limit: str('limit') === undefined ? 20 : Number(str('limit')),
      json: values.json === true,
      ...(str('country') ? { country: str('country') } : {}),
      ...(str('official') ? { official: str('official') } : {}),
      ...(str('since') ? { since: str('since') } : {}),
      ...(str('until') ? { until: str('until') } : {}),
    };
    const target = await archiveTarget(str('stack'));
    return runReleases({ ...target, out: (line) => process.stdout.write(`${line}\n`) }, options);
  },
};
