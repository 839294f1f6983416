import type { OfficialSummary } from '../ports';

/**
 * A merge an operator made (`communique officials merge A B`) for what spelling rules cannot know: a married
 * name, a regnal name, a name changed by law. `id` is read as `into` from then on, in the archive's answers and
 * in subscriptions.
 */
export interface OfficialMerge {
  readonly id: string;
  readonly into: string;
}

/** Where merges are kept: items of the archive's table (written by the CLI, never by the ingest function). */
export interface OfficialMergeRegistry {
  listMerges(): Promise<OfficialMerge[]>;
  addMerge(merge: OfficialMerge): Promise<void>;
  /** Undoes the merge of this id (a no-op when there is none). */
  removeMerge(id: string): Promise<void>;
}

/** id -> the id it is read as, following chains (A into B, B into C); a cycle stops at its first repeat. */
export function mergeRoots(merges: readonly OfficialMerge[]): Map<string, string> {
  const into = new Map(merges.filter((m) => m.id !== m.into).map((m) => [m.id, m.into]));
  const roots = new Map<string, string>();
  for (const id of into.keys()) {
    let root = id;
    const seen = new Set<string>([id]);
    for (let next = into.get(root); next !== undefined && !seen.has(next); next = into.get(root)) {
      seen.add(next);
      root = next;
    }
    roots.set(id, root);
  }
  return roots;
}

/** An official of the archive with the ids merged into it (its own first). */
export type MergedOfficial = OfficialSummary & { readonly ids: readonly string[] };

/**
 * The archive's officials with merged ones folded into their target: variants and roles joined, release counts
 * added (a release naming both forms counts twice: merges are for names releases do not use together).
 */
export function applyMerges(
  officials: readonly OfficialSummary[],
  merges: readonly OfficialMerge[],
): MergedOfficial[] {
  const roots = mergeRoots(merges);
  const byRoot = new Map<string, MergedOfficial>();
  const order = [...officials].sort((a, b) => Number(roots.has(a.id)) - Number(roots.has(b.id)));
  for (const o of order) {
    const root = roots.get(o.id) ?? o.id;
    const held = byRoot.get(root);
    if (!held) {
      byRoot.set(root, { ...o, id: root, ids: [root, ...(root === o.id ? [] : [o.id])] });
      continue;
    }
    byRoot.set(root, {
      ...held,
      ids: [...new Set([...held.ids, o.id])],
      variants: [...new Set([...held.variants, o.name, ...o.variants])].sort(),
      roles: [...new Set([...held.roles, ...o.roles])].sort(),
      releaseCount: held.releaseCount + o.releaseCount,
    });
  }
  // Keep the archive's order (by folded name) for the officials that remain.
  return officials
    .flatMap((o) => {
      const merged = byRoot.get(o.id);
      return merged && !roots.has(o.id) ? [merged] : [];
    })
    .concat([...byRoot.values()].filter((m) => !officials.some((o) => o.id === m.id)));
}
