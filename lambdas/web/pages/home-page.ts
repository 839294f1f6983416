import type { ReleaseArchive, StoredRelease } from '../../core/ports';
import { fold } from '../../core/text/fold';
import { PAGE_SIZE, type SearchInput } from '../read-input';
import { type Facets, facetsOf, type ReleaseItem, toReleaseItem } from './release-item';

/**
 * How many of the newest releases matching the filters a search reads: the text filter and the facets work on
 * these. The table has no full-text index (bodies stay in S3), so the text matches what the table keeps: title,
 * summary (the lead), source, and every country and official name, mention, variant and role.
 */
export const SEARCH_WINDOW = 300;

/** The home page: the newest releases, or a search's results, with facets. */
export interface HomePage {
  readonly search: SearchInput;
  readonly releases: readonly ReleaseItem[];
  /** Matches among the releases read; `windowFull` when there may be more, further back. */
  readonly matches: number;
  readonly windowFull: boolean;
  readonly hasNext: boolean;
  readonly facets: Facets;
}

export async function homePage(archive: ReleaseArchive, search: SearchInput): Promise<HomePage> {
  const read = await archive.listReleases({
    ...(search.country ? { country: search.country } : {}),
    ...(search.official ? { official: search.official } : {}),
    ...(search.since ? { since: search.since } : {}),
    ...(search.until ? { until: search.until } : {}),
    limit: SEARCH_WINDOW,
  });
  const terms = fold(search.q).split(' ').filter(Boolean);
  const matching = terms.length > 0 ? read.filter((r) => matchesText(r, terms)) : read;
  const start = (search.page - 1) * PAGE_SIZE;
  return {
    search,
    releases: matching.slice(start, start + PAGE_SIZE).map(toReleaseItem),
    matches: matching.length,
    windowFull: read.length >= SEARCH_WINDOW,
    hasNext: matching.length > start + PAGE_SIZE,
    facets: facetsOf(matching),
  };
}

function matchesText(release: StoredRelease, terms: readonly string[]): boolean {
  const haystack = fold(
    [
      release.title,
      release.summary,
      release.source ?? '',
      ...release.countries.flatMap((c) => [c.code, c.name, ...c.mentions]),
      ...release.officials.flatMap((o) => [o.name, ...o.variants, ...o.roles]),
    ].join('\n'),
  );
  return terms.every((term) => haystack.includes(term));
}
