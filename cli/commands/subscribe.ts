import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DynamoDbReleaseArchive } from '../../lambdas/adapters/dynamodb/dynamodb-release-archive';
import { DynamoDbOfficialMerges } from '../../lambdas/adapters/dynamodb/official-merges';
import { FileSubscriptionRegistry } from '../../lambdas/adapters/local/file-subscription-registry';
import { SnsSubscriptionRegistry } from '../../lambdas/adapters/sns-subscription-registry';
import { alertInterests } from '../../lambdas/core/alert';
import { type Cadence, isTimeZone, readCadence } from '../../lambdas/core/delivery/subscriber';
import { subscriberIdFor } from '../../lambdas/core/delivery/subscriber-id';
import type { OfficialMergeRegistry } from '../../lambdas/core/identity/official-merges';
import { parseRelease } from '../../lambdas/core/parse/parse-release';
import type { ReleaseArchive } from '../../lambdas/core/ports';
import { emailProblem, maskEmail } from '../../lambdas/core/subscriptions/email-address';
import { describe } from '../../lambdas/core/subscriptions/resolve-official';
import {
  type KnownOfficial,
  type ResolvedSubscription,
  resolveSubscription,
  SubscriptionError,
} from '../../lambdas/core/subscriptions/resolve-subscription';
import { splitList } from '../../lambdas/core/subscriptions/resolve-terms';
import { subscriberMatches } from '../../lambdas/core/subscriptions/subscriber-matches';
import type { SubscriptionRegistry } from '../../lambdas/core/subscriptions/subscription-registry';
import { type Command, UsageError } from '../command';
import { defaultDataDir } from '../local/local-state';
import { localSubscriptionsFile } from '../local/local-subscriptions';
import { operatorSubscriber, type TableSubscribers, tableSubscribers } from '../table-subscribers';
import { resolveTarget, TARGET_OPTIONS_HELP } from '../target';
import { mergedOfficials } from './officials';

/** A past release as the dry run previews it. */
export interface ArchivedRelease {
  readonly releaseId: string;
  readonly date: string | null;
  readonly title: string;
  readonly interests: readonly string[];
}

/** What the archive tells subscribe: officials to resolve short names against, releases to preview on. */
export interface Archive {
  /** For messages, e.g. `3 release files`. */
  readonly description: string;
  knownOfficials(): Promise<KnownOfficial[]>;
  recentReleases(): Promise<ArchivedRelease[]>;
}

export interface SubscribeArgs {
  readonly email: string;
  readonly countries: readonly string[];
  readonly officials: readonly string[];
  readonly pairs?: readonly string[];
  readonly strict?: boolean;
  readonly dryRun: boolean;
  /** With `--cadence` or `--tz`, the subscriber goes into the table (issue 13) instead of SNS or the file. */
  readonly cadence?: Cadence;
  readonly tz?: string;
}

/** Where subscriptions are kept: SNS on a deployed stack, or local mode's file. */
export interface SubscriptionTarget {
  readonly registry: SubscriptionRegistry;
  /** For messages: `local mode (...)` or `stack Communique`. */
  readonly where: string;
  readonly kind: 'local' | 'aws';
}

export interface SubscribeDeps {
  /** Resolved only when something is to be subscribed: a dry run needs no running target. */
  readonly target: () => Promise<SubscriptionTarget>;
  readonly archive: Archive;
  readonly out: (line: string) => void;
  /** The table's subscribers, for `--cadence`/`--tz`. @default none: those options fail */
  readonly table?: () => Promise<TableSubscribers | null>;
}

const HELP = `Usage: communique subscribe --email ADDRESS [--country C]... [--official NAME]... [options]

Subscribes an email address to alerts on releases that mention any of the given countries or officials.
Subscribing an address again replaces its countries and officials.

  --email ADDRESS     where alerts go (on AWS, SNS first emails a confirmation link)
  --country C         a country by name or code, in any supported language: Slovenia, SI, SVN, Словения
                      (repeat, or separate with commas)
  --official NAME     an official in any script or spelling: a full name ("Kassym-Jomart Tokayev",
                      "Касым-Жомарт Токаев") or a surname alone ("Tokayev", "Токаев": everyone with that
                      surname, known or not yet); a full name the archive does not know is accepted with
                      its near matches shown
  --pair A-B          releases that name both countries: KZ-SI, "Kazakhstan+Slovenia" (repeat, or
                      separate with commas)
  --strict            refuse a full name the archive does not know, instead of accepting it
  --cadence C         immediate, daily or weekly: adds a table subscriber (mail with a why block,
                      digests, one-click unsubscribe) instead of an SNS subscription
  --tz ZONE           IANA time zone of the digest hour, 08:00 (default UTC; implies --cadence immediate
                      when --cadence is not given)
  --dry-run           resolve and show which releases would have matched; subscribe nobody
  --releases PATH     release files (or a folder of them) to resolve names against and to preview on,
                      instead of the archive of local mode (when running) or of --stack
${TARGET_OPTIONS_HELP}

Limits (SNS): 150 filter values per subscription, 200 filtered subscriptions per topic by default.`;

/** Resolves, previews or subscribes; resolves to the exit code. Prints no full email address. */
export async function runSubscribe(deps: SubscribeDeps, args: SubscribeArgs): Promise<number> {
  const problem = emailProblem(args.email.trim());
  if (problem) throw new UsageError(`invalid email address: ${problem}`);
  const knownOfficials = await deps.archive.knownOfficials();
  let resolved: ResolvedSubscription;
  try {
    resolved = resolveSubscription(
      { email: args.email, countries: args.countries, officials: args.officials, pairs: args.pairs ?? [] },
      { knownOfficials, strict: args.strict ?? false },
    );
  } catch (error) {
    if (error instanceof SubscriptionError) throw new UsageError(error.message);
    throw error;
  }
  printResolved(resolved, deps.out);

  if (args.dryRun) {
    const releases = await deps.archive.recentReleases();
    const matched = releases.filter((r) => subscriberMatches(resolved, r));
    deps.out(
      `Dry run: nobody subscribed. ${matched.length} of ${releases.length} releases in ${deps.archive.description} would have matched${matched.length > 0 ? ':' : '.'}`,
    );
    for (const r of matched)
      deps.out(`  ${r.date ?? 'undated   '}  ${r.title.slice(0, 90)}  (${r.releaseId})`);
    return 0;
  }

  if (args.cadence !== undefined || args.tz !== undefined) return addToTable(deps, resolved, args);

  const target = await deps.target();
  try {
    const stored = await target.registry.add(resolved);
    deps.out(`Subscribed ${maskEmail(resolved.email)} in ${target.where} (id ${stored.id}).`);
  } catch (error) {
    if (error instanceof SubscriptionError) throw new UsageError(error.message);
    throw error;
  }
  deps.out(
    target.kind === 'aws'
      ? 'SNS emails a confirmation link: alerts start once it is confirmed (within 2 days). A changed filter policy takes up to 15 minutes to apply.'
      : 'Local mode delivers the next matching alerts to its inbox.',
  );
  return 0;
}

async function addToTable(deps: SubscribeDeps, resolved: ResolvedSubscription, args: SubscribeArgs) {
  const timeZone = args.tz ?? 'UTC';
  if (!isTimeZone(timeZone)) throw new UsageError(`--tz: not an IANA time zone (e.g. Europe/Ljubljana)`);
  const table = await deps.table?.();
  if (!table) throw new UsageError('--cadence and --tz need the table: start local mode, or name --stack.');
  const id = subscriberIdFor(resolved.email);
  const cadence = args.cadence ?? 'immediate';
  const subscriber = operatorSubscriber(
    resolved,
    { cadence, timeZone, hour: 8 },
    new Date(),
    await table.store.getSubscriber(id),
  );
  await table.store.putSubscriber(subscriber);
  deps.out(
    `Subscribed ${maskEmail(resolved.email)} in the table of ${table.where} (${cadence}${cadence === 'immediate' ? '' : ` at 08:00 ${timeZone}`}, id ${id}).`,
  );
  return 0;
}

function printResolved(resolved: ResolvedSubscription, out: (line: string) => void): void {
  out(`Subscription for ${maskEmail(resolved.email)}:`);
  if (resolved.countries && resolved.countries.length > 0)
    out(`  countries: ${resolved.countries.join(', ')}`);
  if (resolved.pairs && resolved.pairs.length > 0)
    out(`  pairs:     ${resolved.pairs.map((p) => p.replace(/^pair:/, '')).join(', ')}`);
  for (const o of resolved.officials ?? []) {
    if (o.kind === 'surname') {
      out(
        `  surname:   ${o.input} -> everyone named ${o.id}, in any script; known today: ${o.covers.length > 0 ? o.covers.map(describe).join(', ') : 'none'}`,
      );
      continue;
    }
    const also = o.interests.filter((i) => i !== `official:${o.id}`).map((i) => i.replace(/^official:/, ''));
    out(
      `  official:  ${o.input} -> ${o.id}${also.length > 0 ? ` (also releases naming only: ${also.join(', ')})` : ''}`,
    );
    if (o.suggestions.length > 0)
      out(
        `             not in the archive yet: did you mean ${o.suggestions.map(describe).join(', ')}? (--strict refuses)`,
      );
  }
  out(`  filter policy: ${JSON.stringify(resolved.filterPolicy)}`);
}

/** The registry of the target: SNS on a deployed stack, else local mode's file (local mode need not be running). */
export async function subscriptionTarget(stack: string | undefined): Promise<SubscriptionTarget> {
  if (stack !== undefined) {
    const target = await resolveTarget({ stack });
    if (!target.sns || !target.topicArn) throw new UsageError(`${target.description} has no alerts topic`);
    return {
      registry: new SnsSubscriptionRegistry(target.sns, target.topicArn),
      where: target.description,
      kind: 'aws',
    };
  }
  let stateDir: string;
  try {
    stateDir = (await resolveTarget({})).stateDir ?? defaultDataDir();
  } catch (error) {
    // Subscriptions are a file: they can be edited before local mode starts.
    if (!(error instanceof UsageError)) throw error;
    stateDir = defaultDataDir();
  }
  const file = localSubscriptionsFile(stateDir);
  return {
    registry: new FileSubscriptionRegistry(file),
    where: `local mode (${shortPath(file)})`,
    kind: 'local',
  };
}

/** Release files as an archive (`--releases PATH`): what the dry run previews on, and the officials they name. */
export async function releaseFilesArchive(paths: readonly string[]): Promise<Archive> {
  const files: string[] = [];
  for (const p of paths) {
    if ((await stat(p)).isDirectory()) {
      for (const name of (await readdir(p)).sort()) if (!name.startsWith('.')) files.push(path.join(p, name));
    } else {
      files.push(p);
    }
  }
  const releases: ArchivedRelease[] = [];
  const officials = new Map<string, KnownOfficial>();
  for (const file of files) {
    try {
      const release = parseRelease(new Uint8Array(await readFile(file)), { fileName: path.basename(file) });
      releases.push({
        releaseId: path.basename(file),
        date: release.date,
        title: release.title,
        interests: alertInterests(release),
      });
      for (const o of release.officials) {
        const seen = officials.get(o.id);
        officials.set(o.id, {
          id: o.id,
          name: o.name,
          variants: [...new Set([...(seen?.variants ?? []), ...o.variants])],
        });
      }
    } catch {
      // A file that does not parse is no release to preview on.
    }
  }
  return {
    description: `${files.length} release file${files.length === 1 ? '' : 's'}`,
    knownOfficials: async () => [...officials.values()],
    recentReleases: async () => releases,
  };
}

/** The stored archive (local mode's or a stack's table): its officials, and its most recent releases. */
export function storeArchive(
  store: ReleaseArchive,
  where: string,
  limit = 500,
  merges: OfficialMergeRegistry | null = null,
): Archive {
  return {
    description: `the ${limit} most recent releases of ${where}`,
    knownOfficials: async () =>
      (await mergedOfficials(store, merges)).map((o) => ({
        id: o.id,
        name: o.name,
        variants: o.variants,
        ids: o.ids,
        releaseCount: o.releaseCount,
      })),
    recentReleases: async () =>
      (await store.listReleases({ limit })).map((r) => ({
        releaseId: r.id,
        date: r.date,
        title: r.title,
        interests: alertInterests(r),
      })),
  };
}

/** The archive of the target when it can be reached (local mode running, or --stack); else none. */
async function targetArchive(stack: string | undefined): Promise<Archive> {
  try {
    const target = await resolveTarget(stack === undefined ? {} : { stack });
    return storeArchive(
      new DynamoDbReleaseArchive(target.dynamodb, target.tableName),
      target.description,
      500,
      new DynamoDbOfficialMerges(target.dynamodb, target.tableName),
    );
  } catch (error) {
    if (stack !== undefined) throw error;
    // Local mode is not running: subscribing still works (the file is read when it starts).
    return EMPTY_ARCHIVE;
  }
}

const EMPTY_ARCHIVE: Archive = {
  description: 'the archive (local mode is not running: start it, or pass --releases PATH)',
  knownOfficials: async () => [],
  recentReleases: async () => [],
};

export const command: Command = {
  name: 'subscribe',
  summary: 'subscribe an email address to alerts on countries and officials',
  help: HELP,
  async run(argv) {
    const args = parse(argv);
    const archive =
      args.releases.length > 0 ? await releaseFilesArchive(args.releases) : await targetArchive(args.stack);
    return runSubscribe(
      {
        target: () => subscriptionTarget(args.stack),
        table: () => tableSubscribers(args.stack),
        archive,
        out: (line) => process.stdout.write(`${line}\n`),
      },
      args,
    );
  },
};

function parse(argv: readonly string[]): SubscribeArgs & { stack: string | undefined; releases: string[] } {
  let values: ReturnType<typeof parseOptions>['values'];
  try {
    ({ values } = parseOptions(argv));
  } catch (error) {
    throw new UsageError(`${(error as Error).message} (see --help)`);
  }
  if (!values.email) throw new UsageError('--email is required');
  const countries = splitList(values.country ?? []);
  const officials = splitList(values.official ?? []);
  const pairs = splitList(values.pair ?? []);
  if (countries.length === 0 && officials.length === 0 && pairs.length === 0)
    throw new UsageError('give at least one --country, --official or --pair');
  return {
    email: values.email,
    countries,
    officials,
    pairs,
    strict: values.strict ?? false,
    dryRun: values['dry-run'] ?? false,
    ...(values.cadence !== undefined ? { cadence: readCadenceOption(values.cadence) } : {}),
    ...(values.tz !== undefined ? { tz: values.tz } : {}),
    stack: values.stack,
    releases: values.releases ?? [],
  };
}

function parseOptions(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      email: { type: 'string' },
      country: { type: 'string', multiple: true },
      official: { type: 'string', multiple: true },
      pair: { type: 'string', multiple: true },
      strict: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      cadence: { type: 'string' },
      tz: { type: 'string' },
      releases: { type: 'string', multiple: true },
      stack: { type: 'string' },
    },
  });
}

function readCadenceOption(value: string): Cadence {
  const cadence = readCadence(value);
  if (!cadence) throw new UsageError('--cadence is one of immediate, daily, weekly');
  return cadence;
}

function shortPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
