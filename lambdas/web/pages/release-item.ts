import { isHistoryKey } from '../../core/history-prefix';
import type { StoredRelease } from '../../core/ports';

/**
 * What happened to a release's alert: `alerted` (sent), `history` (imported under `history/`, never alerted),
 * or `pending` (stored, its alert not yet sent).
 */
export type AlertState = 'alerted' | 'history' | 'pending';

/** One `s3://bucket/key` location of a release. */
export interface Location {
  readonly uri: string;
  readonly bucket: string;
  readonly key: string;
  readonly history: boolean;
}

/** A release as lists show it (and as list pages answer in JSON). */
export interface ReleaseItem {
  readonly id: string;
  readonly date: string | null;
  readonly title: string;
  readonly source: string | null;
  readonly summary: string;
  readonly countries: ReadonlyArray<{ readonly code: string; readonly name: string }>;
  readonly officials: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly alert: AlertState;
  readonly updatedAt: string;
}

export function locationOf(uri: string): Location {
  const rest = uri.replace(/^s3:\/\//, '');
  const slash = rest.indexOf('/');
  const bucket = slash === -1 ? rest : rest.slice(0, slash);
  const key = slash === -1 ? '' : rest.slice(slash + 1);
  return { uri, bucket, key, history: isHistoryKey(key) };
}

/** The stored status, as the pages word it. */
export function alertStateOf(release: Pick<StoredRelease, 'status'>): AlertState {
  return release.status === 'stored' ? 'pending' : release.status;
}

export function toReleaseItem(release: StoredRelease): ReleaseItem {
  return {
    id: release.id,
    date: release.date,
    title: release.title,
    source: release.source,
    summary: release.summary,
    countries: release.countries.map((c) => ({ code: c.code, name: c.name })),
    officials: release.officials.map((o) => ({ id: o.id, name: o.name })),
    alert: alertStateOf(release),
    updatedAt: release.updatedAt,
  };
}

/** Counts of countries and officials over a list of releases, most frequent first (then by name). */
export interface Facets {
  readonly countries: ReadonlyArray<{ readonly code: string; readonly name: string; readonly count: number }>;
  readonly officials: ReadonlyArray<{ readonly id: string; readonly name: string; readonly count: number }>;
}

export function facetsOf(releases: readonly StoredRelease[], top = 15): Facets {
  const countries = new Map<string, { code: string; name: string; count: number }>();
  const officials = new Map<string, { id: string; name: string; count: number }>();
  for (const r of releases) {
    for (const c of r.countries) {
      const entry = countries.get(c.code) ?? { code: c.code, name: c.name, count: 0 };
      entry.count += 1;
      countries.set(c.code, entry);
    }
    for (const o of r.officials) {
      const entry = officials.get(o.id) ?? { id: o.id, name: o.name, count: 0 };
      entry.count += 1;
      officials.set(o.id, entry);
    }
  }
  const order = <T extends { count: number; name: string }>(a: T, b: T) =>
    b.count - a.count || a.name.localeCompare(b.name);
  return {
    countries: [...countries.values()].sort(order).slice(0, top),
    officials: [...officials.values()].sort(order).slice(0, top),
  };
}
