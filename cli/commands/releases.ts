import { type ParseArgsConfig, parseArgs } from 'node:util';
import { DynamoDbReleaseArchive } from '../../lambdas/adapters/dynamodb/dynamodb-release-archive';
import { DynamoDbOfficialMerges } from '../../lambdas/adapters/dynamodb/official-merges';
import { S3ReleaseSource } from '../../lambdas/adapters/s3-release-source';
import type { OfficialMergeRegistry } from '../../lambdas/core/identity/official-merges';
import { parseRelease } from '../../lambdas/core/parse/parse-release';
import { isStaleParse, PARSER_VERSION } from '../../lambdas/core/parse/parser-version';
import type { OfficialSummary, ReleaseArchive, ReleaseQuery, StoredRelease } from '../../lambdas/core/ports';
import { resolveCountry } from '../../lambdas/core/subscriptions/resolve-country';
import { SubscriptionError } from '../../lambdas/core/subscriptions/subscription-error';
import { type Command, UsageError } from '../command';
import { resolveTarget, TARGET_OPTIONS_HELP } from '../target';
import { findOfficial, mergedOfficials } from './officials';

const HELP = `Usage: communique releases [--country X] [--official Y] [--since D] [--until D] [--stale] [--limit N | --all] [--json] [options]
       communique releases show ID [--json] [options]

Lists stored releases, newest release date first (undated last), and says how many match ("showing 20 of
66"). With --since/--until (YYYY-MM-DD, inclusive), by the release's own date; releases without a date are then
left out. A country or official the archive cannot resolve is an error (exit code 1) with suggestions.
'show ID' prints one release: its fields, its countries and officials with the forms the text used, its text.

  --country X    every form subscribe takes: a name in any supported language, a demonym, an alpha-2 or
                 alpha-3 code (Slovenia, Slovenian, Словения, SI, SVN)
  --official Y   an official's name, a variant (Tokayev, President Tokayev), another script (Токаев) or id
                 (kasim-jomart-tokaev); a surname shared by several officials lists all of their releases
  --all          every matching release
  --since D      released on or after D (YYYY-MM-DD)
  --until D      released on or before D (YYYY-MM-DD)
  --stale        only releases read by an older parser version (or one that recorded none): what
                 \`communique reindex\` re-reads; the table marks them with * in any case
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
  /** Every match, not only the first `limit`. */
  readonly all?: boolean;
  /** Only releases a parser version other than the current one read (see `isStaleParse`). */
  readonly stale?: boolean;
  readonly json: boolean;
}

/** Validates the options into an archive query (country and official resolved). @throws UsageError */
export async function releaseQuery(
  archive: ReleaseArchive,
  options: ReleasesOptions,
  merges: OfficialMergeRegistry | null = null,
): Promise<ReleaseQuery & { readonly officials?: readonly string[] }> {
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
    try {
      // The same resolution as `subscribe`: names in 18 languages, alpha-2 and alpha-3 codes, demonyms.
      country = resolveCountry(options.country);
    } catch (error) {
      if (error instanceof SubscriptionError) throw new QueryError(error.message);
      throw error;
    }
  }
  if (options.official !== undefined && options.official.trim() === '')
    throw new QueryError('--official is empty: give a name, a variant or an id');
  const official =
    options.official === undefined ? undefined : await resolveOfficialIds(archive, options.official, merges);
  return {
    limit: options.limit,
    ...(country ? { country } : {}),
    ...(official ? { official: official[0], officials: official } : {}),
    ...(options.since ? { since: options.since } : {}),
    ...(options.until ? { until: options.until } : {}),
  };
}

/** A query naming nothing the archive knows: exit code 1, with suggestions. */
export class QueryError extends Error {
  override readonly name = 'QueryError';
}

/** Lists releases as a table or JSON, newest release date first; exit code 0, or 1 for a query error. */
export async function runReleases(
  deps: {
    readonly archive: ReleaseArchive;
    readonly where: string;
    readonly out: (line: string) => void;
    readonly err?: (line: string) => void;
    readonly merges?: OfficialMergeRegistry | null;
  },
  options: ReleasesOptions,
): Promise<number> {
  let query: Awaited<ReturnType<typeof releaseQuery>>;
  try {
    query = await releaseQuery(deps.archive, options, deps.merges ?? null);
  } catch (error) {
    if (!(error instanceof QueryError)) throw error;
    (deps.err ?? deps.out)(`communique: ${error.message}`);
    return 1;
  }
  // Every match is read to count them ("showing 20 of 66"); the archive answers by key and index only.
  const { officials, ...single } = query;
  const found = new Map<string, StoredRelease>();
  for (const id of officials ?? [undefined]) {
    const page = await deps.archive.listReleases({
      ...single,
      ...(id ? { official: id } : {}),
      limit: ALL,
    });
    for (const r of page) found.set(r.id, r);
  }
  const all = [...found.values()].filter((r) => !options.stale || isStaleParse(r)).sort(byReleaseDate);
  const shown = options.all ? all : all.slice(0, options.limit);
  if (options.json) {
    deps.out(JSON.stringify(shown, null, 2));
    return 0;
  }
  deps.out(formatReleases(shown, deps.where, all.length));
  return 0;
}

/** Newest release date first, undated last, then by id: the order of the DATE column. */
const byReleaseDate = (a: StoredRelease, b: StoredRelease): number =>
  (b.date ?? '').localeCompare(a.date ?? '') ||
  b.ingestedAt.localeCompare(a.ingestedAt) ||
  a.id.localeCompare(b.id);

// Enough for any archive a terminal can show; `--all` prints them all.
const ALL = 100_000;

/** The table: date, id, countries, officials, title. */
export function formatReleases(
  releases: readonly StoredRelease[],
  where: string,
  total = releases.length,
): string {
  if (releases.length === 0) return `No releases in ${where} match.`;
  const rows = releases.map((r) => [
    r.date ?? 'undated',
    isStaleParse(r) ? `${r.id} *` : r.id,
    r.countries.map((c) => c.code).join(' ') || '-',
    String(r.officials.length),
    truncate(r.title, 70),
  ]);
  return [
    total > releases.length
      ? `showing ${releases.length} of ${total} releases in ${where} (--limit N, --all):`
      : `${releases.length} release${releases.length === 1 ? '' : 's'} in ${where}:`,
    ...table([['DATE', 'ID', 'COUNTRIES', 'OFFICIALS', 'TITLE'], ...rows]),
    ...staleNote(releases.filter(isStaleParse).length),
  ].join('\n');
}

/** The line under a table that marks stale releases: how many, and what re-reads them. */
export function staleNote(stale: number): string[] {
  if (stale === 0) return [];
  return [
    `* ${stale} read by an older parser than ${PARSER_VERSION} (or one that recorded none): \`communique reindex\` re-reads them.`,
  ];
}

/** The ids of the official an argument names (a name, variant, id, surname, in any script; merges applied). */
async function resolveOfficialIds(
  archive: ReleaseArchive,
  input: string,
  merges: OfficialMergeRegistry | null,
): Promise<readonly string[]> {
  const officials = await mergedOfficials(archive, merges);
  const { found, similar } = findOfficial(officials, input.trim());
  if (found.length === 0) {
    throw new QueryError(
      `'${input}' names no official in the archive${similar.length > 0 ? `; did you mean ${similar.map(describe).join(', ')}?` : ' (communique officials lists them)'}`,
    );
  }
  // A surname shared by several people: all of them, as a surname subscription would get.
  return [...new Set(found.flatMap((o) => o.ids))];
}

const describe = (o: OfficialSummary) =>
  `${o.name} (${o.id}, ${o.releaseCount} release${o.releaseCount === 1 ? '' : 's'})`;

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

/**
 * One release: its fields, its text (re-read from the first location and parsed, when a reader is given), its
 * countries and officials with the forms that named them (where each was found).
 */
export async function runShow(
  deps: {
    readonly archive: ReleaseArchive;
    readonly out: (line: string) => void;
    readonly err: (line: string) => void;
    readonly readBody?: (location: string) => Promise<readonly string[] | null>;
  },
  id: string,
  json: boolean,
): Promise<number> {
  const release = await deps.archive.getRelease(id.trim());
  if (!release) {
    deps.err(`communique: no release has the id '${id}' (communique releases lists them)`);
    return 1;
  }
  const body = deps.readBody && release.locations[0] ? await deps.readBody(release.locations[0]) : null;
  if (json) {
    deps.out(JSON.stringify({ ...release, body }, null, 2));
    return 0;
  }
  deps.out(`${release.title}`);
  deps.out(`  id: ${release.id}   date: ${release.date ?? 'undated'}   status: ${release.status}`);
  deps.out(
    `  parser: ${release.parserVersion ?? 'not recorded'}${isStaleParse(release) ? ` (stale: the current parser is ${PARSER_VERSION})` : ''}`,
  );
  deps.out(`  source: ${release.source ?? '-'}   url: ${release.url ?? '-'}`);
  for (const l of release.locations) deps.out(`  stored at: ${l}`);
  deps.out('Countries (as named in the text):');
  for (const c of release.countries) deps.out(`  ${c.code}  ${c.name}: ${c.mentions.join('; ') || '-'}`);
  deps.out('Officials (the forms found in the text; role):');
  for (const o of release.officials)
    deps.out(
      `  ${o.name} (${o.id}): ${o.variants.join('; ') || '-'}; ${o.roles.join('; ') || 'no role stated'}`,
    );
  if (body) {
    deps.out('Text:');
    for (const p of body) deps.out(`  ${p}`);
  }
  return 0;
}

export const command: Command = {
  name: 'releases',
  summary: 'list stored releases, by country, official or date; show one',
  help: HELP,
  async run(argv) {
    if (argv[0] === 'show') {
      const rest = argv.slice(1);
      const id = rest.find((a, i) => !a.startsWith('--') && rest[i - 1] !== '--stack');
      const values = parseOptions(
        rest.filter((a) => a !== id),
        { json: { type: 'boolean' }, stack: { type: 'string' } },
      );
      if (!id) throw new UsageError('releases show takes a release id');
      const stack = typeof values.stack === 'string' ? values.stack : undefined;
      const target = await resolveTarget(stack === undefined ? {} : { stack });
      const source = new S3ReleaseSource(target.s3);
      return runShow(
        {
          archive: new DynamoDbReleaseArchive(target.dynamodb, target.tableName),
          out: (line) => process.stdout.write(`${line}\n`),
          err: (line) => process.stderr.write(`${line}\n`),
          readBody: async (location) => {
            const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(location);
            if (!match) return null;
            try {
              const bytes = await source.getObject({ bucket: match[1] ?? '', key: match[2] ?? '', size: 0 });
              return parseRelease(bytes, { fileName: match[2] ?? '' }).body;
            } catch {
              // Gone or unreadable since: the stored fields still tell the release.
              return null;
            }
          },
        },
        id,
        values.json === true,
      );
    }
    const values = parseOptions(argv, {
      country: { type: 'string' },
      official: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      limit: { type: 'string' },
      all: { type: 'boolean' },
      stale: { type: 'boolean' },
      json: { type: 'boolean' },
      stack: { type: 'string' },
    });
    const str = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
    const options: ReleasesOptions = {
      limit: str('limit') === undefined ? 20 : Number(str('limit')),
      all: values.all === true,
      stale: values.stale === true,
      json: values.json === true,
      ...(str('country') !== undefined ? { country: str('country') } : {}),
      ...(str('official') !== undefined ? { official: str('official') } : {}),
      ...(str('since') !== undefined ? { since: str('since') } : {}),
      ...(str('until') !== undefined ? { until: str('until') } : {}),
    };
    const stack = str('stack');
    const target = await archiveTarget(stack);
    const resolved = await resolveTarget(stack === undefined ? {} : { stack });
    return runReleases(
      {
        ...target,
        merges: new DynamoDbOfficialMerges(resolved.dynamodb, resolved.tableName),
        out: (line) => process.stdout.write(`${line}\n`),
        err: (line) => process.stderr.write(`${line}\n`),
      },
      options,
    );
  },
};
