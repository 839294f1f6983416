import type { ReleaseArchive } from '../../core/ports';
import { PAGE_SIZE } from '../read-input';
import { countryName } from './country-name';
import { type Facets, facetsOf, type ReleaseItem, toReleaseItem } from './release-item';

/** A country's releases, newest first (by release date), a page at a time. */
export interface CountryPage {
  readonly code: string;
  readonly name: string;
  readonly page: number;
  readonly releases: readonly ReleaseItem[];
  readonly hasNext: boolean;
  /** Officials (and other countries) named in the releases read for this page and the ones before it. */
  readonly with: Facets;
}

export async function countryPage(archive: ReleaseArchive, code: string, page: number): Promise<CountryPage> {
  const read = await archive.listReleases({ country: code, limit: page * PAGE_SIZE + 1 });
  const start = (page - 1) * PAGE_SIZE;
  const named = read.flatMap((r) => r.countries).find((c) => c.code === code)?.name;
  const facets = facetsOf(read);
  return {
    code,
    name: named ?? countryName(code),
    page,
    releases: read.slice(start, start + PAGE_SIZE).map(toReleaseItem),
    hasNext: read.length > start + PAGE_SIZE,
    with: { countries: facets.countries.filter((c) => c.code !== code), officials: facets.officials },
  };
}
