import { DynamoDbOfficialMerges } from '../../lambdas/adapters/dynamodb/official-merges';
import { identityKey } from '../../lambdas/core/identity/official-identity';
import {
  applyMerges,
  type MergedOfficial,
  type OfficialMergeRegistry,
} from '../../lambdas/core/identity/official-merges';
import { officialInterest } from '../../lambdas/core/interests';
import { isStaleParse, PARSER_VERSION } from '../../lambdas/core/parse/parser-version';
import type { OfficialSummary, ReleaseArchive } from '../../lambdas/core/ports';
import { maskEmail } from '../../lambdas/core/subscriptions/email-address';
import { MAX_POLICY_VALUES } from '../../lambdas/core/subscriptions/limits';
import { similarNames } from '../../lambdas/core/subscriptions/similar-names';
import type { SubscriptionRegistry } from '../../lambdas/core/subscriptions/subscription-registry';
import { fold } from '../../lambdas/core/text/fold';
import { type Command, UsageError } from '../command';
import { resolveTarget, TARGET_OPTIONS_HELP } from '../target';
import { archiveTarget, parseOptions, table } from './releases';
import { subscriptionTarget } from './subscribe';

const HELP = `Usage: communique officials [--stale] [--json] [options]
       communique officials merge A B [options]
       communique officials unmerge B [options]

Lists every official named in a stored release, by name, with the number of releases that name them and
every variant of their name seen so far (initials, titles, surnames, other scripts). One person written in
several scripts or romanisations (Токаев, Tokayev, Tokaev) is one official. Subscribe to any of these names.

  merge A B      B is the same person as A (a married name, a regnal name: what spelling rules cannot
                 know): the archive lists B under A, 'releases --official A' finds B's releases, and
                 subscriptions naming either get both (existing ones are updated)
  unmerge B      undoes it (subscriptions keep both until the subscriber subscribes again)
  --stale        only officials named in releases an older parser version read (or one that recorded
                 none), with how many (STALE): \`communique reindex\` re-reads those releases
  --json         one JSON array instead of a table
${TARGET_OPTIONS_HELP}`;

export interface OfficialsDeps {
  readonly archive: ReleaseArchive;
  readonly merges: OfficialMergeRegistry;
  readonly where: string;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** The archive's officials with the operators' merges applied: what every command shows and resolves against. */
export async function mergedOfficials(
  archive: ReleaseArchive,
  merges: OfficialMergeRegistry | null,
): Promise<MergedOfficial[]> {
  return applyMerges(await archive.listOfficials(), merges ? await merges.listMerges() : []);
}

/** Lists officials as a table or JSON; exit code 0. */
export async function runOfficials(
  deps: Omit<OfficialsDeps, 'err' | 'merges'> & { readonly merges?: OfficialMergeRegistry },
  options: { readonly json: boolean; readonly stale?: boolean },
): Promise<number> {
  // An official whose every release was updated away has no release left: not worth listing.
  const merged = (await mergedOfficials(deps.archive, deps.merges ?? null)).filter((o) => o.releaseCount > 0);
  const stale = await staleCounts(deps.archive);
  const officials = merged
    .map((o) => ({ ...o, staleReleases: o.ids.reduce((n, id) => n + (stale.get(id) ?? 0), 0) }))
    .filter((o) => !options.stale || o.staleReleases > 0);
  deps.out(options.json ? JSON.stringify(officials, null, 2) : formatOfficials(officials, deps.where));
  return 0;
}

/** Per official id, how many releases naming it an older (or unrecorded) parser version read. */
async function staleCounts(archive: ReleaseArchive): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const release of await archive.listReleases({ limit: 100_000 })) {
    if (!isStaleParse(release)) continue;
    for (const id of new Set(release.officials.map((o) => o.id))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

export function formatOfficials(
  officials: ReadonlyArray<OfficialSummary & { readonly staleReleases?: number }>,
  where: string,
): string {
  if (officials.length === 0) return `No officials in ${where} yet.`;
  const stale = officials.filter((o) => (o.staleReleases ?? 0) > 0).length;
  // The STALE column only when some release is stale: after a reindex, the table is as it always was.
  const row = (cells: string[], staleCell: string) =>
    stale > 0 ? [...cells.slice(0, 2), staleCell, ...cells.slice(2)] : cells;
  return [
    `${officials.length} official${officials.length === 1 ? '' : 's'} in ${where}:`,
    ...table([
      row(['NAME', 'RELEASES', 'ID', 'VARIANTS'], 'STALE'),
      ...officials.map((o) =>
        row(
          [o.name, String(o.releaseCount), o.id, o.variants.filter((v) => v !== o.name).join('; ') || '-'],
          String(o.staleReleases ?? 0),
        ),
      ),
    ]),
    ...(stale > 0
      ? [
          `${stale} named in releases an older parser than ${PARSER_VERSION} read (STALE, or --stale): \`communique reindex\` re-reads them.`,
        ]
      : []),
  ].join('\n');
}

/**
 * The known official a name or id names, under any script or variant; null with suggestions printed when none.
 * Several matches: the first by release count (a surname shared by two people needs the full name or id).
 */
export function findOfficial(
  officials: readonly MergedOfficial[],
  input: string,
): { found: MergedOfficial[]; similar: MergedOfficial[] } {
  const key = identityKey(input);
  const wanted = fold(input);
  const found = officials.filter(
    (o) =>
      o.id === input ||
      o.ids.includes(key) ||
      fold(o.name) === wanted ||
      o.variants.some((v) => fold(v) === wanted || identityKey(v) === key),
  );
  if (found.length > 0 || key.length === 0) return { found, similar: [] };
  const surname = officials.filter((o) => o.ids.some((id) => id.endsWith(`-${key}`)));
  if (surname.length > 0) return { found: surname, similar: [] };
  return {
    found: [],
    similar: similarNames(
      input,
      officials.map((o) => ({ ...o, label: o.name })),
      5,
    ),
  };
}

/** `merge A B` and `unmerge B`; exit 1 when a name is unknown or ambiguous. */
export async function runMerge(
  deps: OfficialsDeps & { readonly subscriptions: SubscriptionRegistry | null },
  action: 'merge' | 'unmerge',
  names: readonly string[],
): Promise<number> {
  const officials = await mergedOfficials(deps.archive, deps.merges);
  const picked: MergedOfficial[] = [];
  for (const name of names) {
    const { found, similar } = findOfficial(officials, name);
    if (found.length !== 1) {
      deps.err(
        found.length > 1
          ? `'${name}' names ${found.length} officials: ${found.map((o) => `${o.name} (${o.id})`).join(', ')}. Give the id.`
          : `'${name}' names no official in ${deps.where}${similar.length > 0 ? `; did you mean ${similar.map((o) => `${o.name} (${o.id})`).join(', ')}?` : '.'}`,
      );
      return 1;
    }
    picked.push(found[0] as MergedOfficial);
  }
  if (action === 'unmerge') {
    // The id as typed (or as the archive lists it) is the one merged away.
    const id = identityKey(names[0] ?? '');
    const into = picked[0] as MergedOfficial;
    const merged = into.ids.filter((i) => i !== into.id);
    const target = merged.includes(id) ? [id] : merged;
    if (target.length === 0) {
      deps.err(`${into.name} (${into.id}) has no merge to undo.`);
      return 1;
    }
    for (const t of target) await deps.merges.removeMerge(t);
    deps.out(`Unmerged ${target.join(', ')} from ${into.name} (${into.id}).`);
    return 0;
  }
  const [a, b] = picked as [MergedOfficial, MergedOfficial];
  if (a.id === b.id) {
    deps.out(`${a.name} and ${b.name} are already one official (${a.id}).`);
    return 0;
  }
  for (const id of b.ids) await deps.merges.addMerge({ id, into: a.id });
  deps.out(`Merged ${b.name} (${b.ids.join(', ')}) into ${a.name} (${a.id}).`);
  if (deps.subscriptions) {
    const group = [...new Set([...a.ids, ...b.ids])].map(officialInterest);
    let updated = 0;
    for (const s of await deps.subscriptions.list()) {
      if (!s.interests.some((i) => group.includes(i))) continue;
      const interests = [...new Set([...s.interests, ...group])];
      if (interests.length > MAX_POLICY_VALUES) {
        deps.err(
          `subscription of ${maskEmail(s.email)} would need ${interests.length} filter values: left as it was.`,
        );
        continue;
      }
      if (interests.length === s.interests.length) continue;
      await deps.subscriptions.add({ email: s.email, interests, filterPolicy: { interests } });
      updated++;
    }
    deps.out(`${updated} subscription${updated === 1 ? '' : 's'} updated to cover both.`);
  }
  return 0;
}

export const command: Command = {
  name: 'officials',
  summary: 'list officials named in stored releases (variants, scripts, counts); merge or unmerge two',
  help: HELP,
  async run(argv) {
    const action = argv[0] === 'merge' || argv[0] === 'unmerge' ? argv[0] : null;
    const rest = action ? argv.slice(1) : argv;
    const positional = rest.filter((a, i) => !a.startsWith('--') && !(i > 0 && rest[i - 1] === '--stack'));
    const values = parseOptions(
      rest.filter((a) => !positional.includes(a)),
      { json: { type: 'boolean' }, stale: { type: 'boolean' }, stack: { type: 'string' } },
    );
    const stack = typeof values.stack === 'string' ? values.stack : undefined;
    const target = await archiveTarget(stack);
    const resolved = await resolveTarget(stack === undefined ? {} : { stack });
    const merges = new DynamoDbOfficialMerges(resolved.dynamodb, resolved.tableName);
    const out = (line: string) => process.stdout.write(`${line}\n`);
    const err = (line: string) => process.stderr.write(`communique: ${line}\n`);
    if (!action) {
      if (positional.length > 0) throw new UsageError(`unexpected argument '${positional[0]}' (see --help)`);
      return runOfficials(
        { ...target, merges, out },
        { json: values.json === true, stale: values.stale === true },
      );
    }
    const wanted = action === 'merge' ? 2 : 1;
    if (positional.length !== wanted)
      throw new UsageError(
        `officials ${action} takes ${wanted === 2 ? 'two names or ids' : 'one name or id'}`,
      );
    const subscriptions = (await subscriptionTarget(stack)).registry;
    return runMerge({ ...target, merges, out, err, subscriptions }, action, positional);
  },
};
