import type { ReleaseArchive } from '../../core/ports';
import { NotFoundError } from '../bad-request-error';
import { PAGE_SIZE } from '../read-input';
import { type ReleaseItem, toReleaseItem } from './release-item';
import { scriptsOf } from './script-of';

/** Releases read to tell an official's roles over time and the countries they appear with. */
export const PROFILE_WINDOW = 200;

/** An official: every variant and script seen, roles over time, countries alongside, and their releases. */
export interface OfficialPage {
  readonly id: string;
  readonly name: string;
  readonly releaseCount: number;
  readonly variants: ReadonlyArray<{ readonly text: string; readonly scripts: readonly string[] }>;
  readonly scripts: readonly string[];
  /** Each role as stated, with the first and last release date it was stated on (undated releases: null). */
  readonly roles: ReadonlyArray<{
    readonly role: string;
    readonly first: string | null;
    readonly last: string | null;
    readonly releases: number;
  }>;
  /** The country their role belongs to, where releases say. */
  readonly roleCountries: readonly string[];
  readonly countries: ReadonlyArray<{ readonly code: string; readonly name: string; readonly count: number }>;
  readonly page: number;
  readonly releases: readonly ReleaseItem[];
  readonly hasNext: boolean;
}

/** @throws NotFoundError when no release names this official. */
export async function officialPage(archive: ReleaseArchive, id: string, page: number): Promise<OfficialPage> {
  const [profiles, read] = await Promise.all([
    archive.listOfficials(),
    archive.listReleases({ official: id, limit: Math.max(PROFILE_WINDOW, page * PAGE_SIZE + 1) }),
  ]);
  const profile = profiles.find((p) => p.id === id);
  if (!profile && read.length === 0) throw new NotFoundError(`No official ${id}.`);
  const variants = new Set<string>(profile?.variants ?? []);
  const roles = new Map<
    string,
    { role: string; first: string | null; last: string | null; releases: number }
  >();
  const roleCountries = new Set<string>();
  const countries = new Map<string, { code: string; name: string; count: number }>();
  let name = profile?.name;
  // Oldest first, so that "first" and "last" read in order.
  for (const release of [...read].reverse()) {
    const self = release.officials.find((o) => o.id === id);
    if (!self) continue;
    name ??= self.name;
    for (const v of self.variants) variants.add(v);
    if (self.country) roleCountries.add(self.country);
    for (const role of self.roles) {
      const entry = roles.get(role) ?? { role, first: release.date, last: release.date, releases: 0 };
      entry.first ??= release.date;
      if (release.date) entry.last = release.date;
      entry.releases += 1;
      roles.set(role, entry);
    }
    for (const c of release.countries) {
      const entry = countries.get(c.code) ?? { code: c.code, name: c.name, count: 0 };
      entry.count += 1;
      countries.set(c.code, entry);
    }
  }
  for (const role of profile?.roles ?? []) {
    if (!roles.has(role)) roles.set(role, { role, first: null, last: null, releases: 0 });
  }
  const variantList = [...variants].sort().map((text) => ({ text, scripts: scriptsOf(text) }));
  const start = (page - 1) * PAGE_SIZE;
  return {
    id,
    name: name ?? id,
    releaseCount: profile?.releaseCount ?? read.length,
    variants: variantList,
    scripts: [...new Set(variantList.flatMap((v) => v.scripts))].sort(),
    roles: [...roles.values()].sort(
      (a, b) => (a.first ?? '9999').localeCompare(b.first ?? '9999') || a.role.localeCompare(b.role),
    ),
    roleCountries: [...roleCountries].sort(),
    countries: [...countries.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    page,
    releases: read.slice(start, start + PAGE_SIZE).map(toReleaseItem),
    hasNext: read.length > start + PAGE_SIZE,
  };
}
