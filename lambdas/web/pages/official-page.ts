import type { ReleaseArchive, ReleasePosition } from '../../core/ports';
import { NotFoundError } from '../bad-request-error';
import { PAGE_SIZE } from '../read-input';
import { cursorOf, nextCursor } from '../release-cursor';
import { type ReleaseItem, toReleaseItem } from './release-item';
import { scriptsOf } from './script-of';

/**
 * The newest releases read to tell an official's variants, roles over time and the countries they appear with
 * (their list of releases pages on past it).
 */
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
  /** How many of the newest releases the variants, roles and countries were read from. */
  readonly profileWindow: number;
  /** The cursor this page goes on after, or null for the newest. */
  readonly after: string | null;
  readonly releases: readonly ReleaseItem[];
  /** The cursor of the next (older) page, or null on the last. */
  readonly next: string | null;
}

/** @throws NotFoundError when no release names this official. */
export async function officialPage(
  archive: ReleaseArchive,
  id: string,
  after: ReleasePosition | null,
): Promise<OfficialPage> {
  const [profiles, read, later] = await Promise.all([
    archive.listOfficials(),
    archive.listReleases({ official: id, limit: Math.max(PROFILE_WINDOW, PAGE_SIZE + 1) }),
    // The newest page is the head of the profile's read; a later page is one more query.
    after ? archive.listReleases({ official: id, after, limit: PAGE_SIZE + 1 }) : undefined,
  ]);
  const listed = later ?? read;
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
    profileWindow: PROFILE_WINDOW,
    after: after ? cursorOf(after) : null,
    releases: listed.slice(0, PAGE_SIZE).map(toReleaseItem),
    next: nextCursor(listed, PAGE_SIZE),
  };
}
