import type { ReleaseArchive, StoredRelease } from '../../core/ports';
import { searchTerms } from '../../core/search/search-text';
import { fold } from '../../core/text/fold';
import { PAGE_SIZE, SEARCH_WINDOW, type SearchInput } from '../read-input';
import { type Facets, facetsOf, type ReleaseItem, toReleaseItem } from './release-item';

/** The home page: the newest releases, or a search's results, with facets. */
export interface HomePage {
  readonly search: SearchInput;
  readonly releases: readonly ReleaseItem[];
  /** Matches among the releases read; `windowFull` when there may be more, further back. */
  readonly matches: number;
  readonly windowFull: boolean;
  readonly hasNext: boolean;
  /**
   * Releases read for a text search that have no search text (stored before search texts were kept): their
   * title, lead, source and names were searched, not their full text. 0 without a text.
   */
  readonly withoutFullText: number;
  readonly facets: Facets;
}

/**
 * Reads the newest {@link SEARCH_WINDOW} releases matching the filters (by key or index), then matches the
 * text among them: every word of `q` must occur, folded, in the title, lead, source, a country or official
 * name, mention, variant or role, or the release's search text (the words of its body, kept on the item).
 * No S3 object is read.
 */
export async function homePage(archive: ReleaseArchive, search: SearchInput): Promise<HomePage> {
  const terms = searchTerms(search.q);
  const read = await archive.listReleases({
    ...(search.country ? { country: search.country } : {}),
    ...(search.official ? { official: search.official } : {}),
    ...(search.since ? { since: search.since } : {}),
    ...(search.until ? { until: search.until } : {}),
    ...(terms.length > 0 ? { withSearchText: true } : {}),
    limit: SEARCH_WINDOW,
  });
  const matching = terms.length > 0 ? read.filter((r) => matchesText(r, terms)) : read;
  const start = (search.page - 1) * PAGE_SIZE;
  return {
    search,
    releases: matching.slice(start, start + PAGE_SIZE).map(toReleaseItem),
    matches: matching.length,
    windowFull: read.length >= SEARCH_WINDOW,
    hasNext: matching.length > start + PAGE_SIZE,
    withoutFullText: terms.length > 0 ? read.filter((r) => r.searchText === undefined).length : 0,
    facets: facetsOf(matching),
  };
}

function matchesText(release: StoredRelease, terms: readonly string[]): boolean {
  const haystack = [
    fold(
      [
        release.title,
        release.summary,
        release.source ?? '',
        ...release.countries.flatMap((c) => [c.code, c.name, ...c.mentions]),
        ...release.officials.flatMap((o) => [o.name, ...o.variants, ...o.roles]),
      ].join('\n'),
    ),
    release.searchText ?? '',
  ].join('\n');
  return terms.every((term) => haystack.includes(term));
}
