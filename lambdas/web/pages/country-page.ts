import type { ReleaseArchive, ReleasePosition } from '../../core/ports';
import { PAGE_SIZE } from '../read-input';
import { cursorOf, nextCursor } from '../release-cursor';
import { countryName } from './country-name';
import { type Facets, facetsOf, type ReleaseItem, toReleaseItem } from './release-item';

/** A country's releases, newest first (by release date), a page at a time, each page one query on from the last. */
export interface CountryPage {
  readonly code: string;
  readonly name: string;
  /** The cursor this page goes on after, or null for the newest. */
  readonly after: string | null;
  readonly releases: readonly ReleaseItem[];
  /** The cursor of the next (older) page, or null on the last. */
  readonly next: string | null;
  /** Officials (and other countries) named in the releases of this page. */
  readonly with: Facets;
}

export async function countryPage(
  archive: ReleaseArchive,
  code: string,
  after: ReleasePosition | null,
): Promise<CountryPage> {
  const read = await archive.listReleases({
    country: code,
    limit: PAGE_SIZE + 1,
    ...(after ? { after } : {}),
  });
  const shown = read.slice(0, PAGE_SIZE);
  const named = read.flatMap((r) => r.countries).find((c) => c.code === code)?.name;
  const facets = facetsOf(shown);
  return {
    code,
    name: named ?? countryName(code),
    after: after ? cursorOf(after) : null,
    releases: shown.map(toReleaseItem),
    next: nextCursor(read, PAGE_SIZE),
    with: { countries: facets.countries.filter((c) => c.code !== code), officials: facets.officials },
  };
}
