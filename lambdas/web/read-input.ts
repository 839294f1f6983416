import type { ReleasePosition } from '../core/ports';
import { BadRequestError } from './bad-request-error';
import { positionOfCursor } from './release-cursor';

/** Releases per page of every list. */
export const PAGE_SIZE = 20;
/**
 * How many of the newest releases matching the filters the home page reads (by key or index): the text search,
 * the facets and the `page` numbers work on these. Country and official pages page on without a bound (`after`).
 */
export const SEARCH_WINDOW = 300;
/** The last page of the home page's window. */
export const MAX_PAGE = SEARCH_WINDOW / PAGE_SIZE;
/** Longest search text accepted. */
export const MAX_QUERY_LENGTH = 200;

/** The filters of the home page's search. Dates are `YYYY-MM-DD`, inclusive, on the release's own date. */
export interface SearchInput {
  readonly q: string;
  readonly country: string | null;
  readonly official: string | null;
  readonly since: string | null;
  readonly until: string | null;
  readonly page: number;
}

const RELEASE_ID = /^[0-9a-f]{24}$/;
const COUNTRY = /^[A-Za-z]{2}$/;
// Official ids are folded slugs (core/text/fold.ts `officialId`): letters and digits of any script, dashes.
const OFFICIAL = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;
const MAX_OFFICIAL_ID = 200;

/** `page`: a whole number from 1 to {@link MAX_PAGE}; absent means 1. */
export function readPage(params: URLSearchParams, problems: string[] = []): number {
  const raw = params.get('page');
  if (raw === null || raw === '') return 1;
  if (!/^\d{1,3}$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_PAGE) {
    problems.push(
      `page must be a whole number from 1 to ${MAX_PAGE} (the search reads the newest ${SEARCH_WINDOW} releases matching the filters)`,
    );
    return 1;
  }
  return Number(raw);
}

/**
 * The paging of country and official pages: `after`, a cursor from an "Older" link (`release-cursor.ts`); absent
 * means the newest. `page` is the home page's and is refused here, so that an old link says why.
 * @throws BadRequestError
 */
export function readAfter(params: URLSearchParams): ReleasePosition | null {
  const problems: string[] = [];
  if (params.has('page')) {
    problems.push('this list pages on with after (its "Older" link), not page');
  }
  const raw = params.get('after');
  let position: ReleasePosition | null = null;
  if (raw !== null) {
    position = positionOfCursor(raw);
    if (!position || (position.date !== null && !isDate(position.date))) {
      problems.push('after must be the cursor of an "Older" link');
      position = null;
    }
  }
  if (problems.length > 0) throw new BadRequestError(problems);
  return position;
}

/** Every search parameter, checked; all problems at once. @throws BadRequestError */
export function readSearch(params: URLSearchParams): SearchInput {
  const problems: string[] = [];
  const q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim();
  if (q.length > MAX_QUERY_LENGTH) problems.push(`q must be at most ${MAX_QUERY_LENGTH} characters`);
  const text = (name: string) => {
    const value = (params.get(name) ?? '').trim();
    return value === '' ? null : value;
  };
  const country = text('country');
  if (country !== null && !COUNTRY.test(country)) problems.push('country must be a two-letter ISO code');
  const official = text('official');
  if (official !== null && !isOfficialId(official)) problems.push('official must be an official id');
  const since = text('since');
  const until = text('until');
  for (const [name, value] of [
    ['since', since],
    ['until', until],
  ] as const) {
    if (value !== null && !isDate(value)) problems.push(`${name} must be a date YYYY-MM-DD`);
  }
  if (since && until && isDate(since) && isDate(until) && since > until) {
    problems.push('since must not be after until');
  }
  const page = readPage(params, problems);
  if (problems.length > 0) throw new BadRequestError(problems);
  return { q, country: country?.toUpperCase() ?? null, official, since, until, page };
}

/** A country code from a path: two letters, upper-cased. @throws BadRequestError */
export function readCountryCode(raw: string): string {
  if (!COUNTRY.test(raw)) throw new BadRequestError(['a country is named by its two-letter ISO code']);
  return raw.toUpperCase();
}

/** An official id from a path. @throws BadRequestError */
export function readOfficialId(raw: string): string {
  if (!isOfficialId(raw)) throw new BadRequestError(['not an official id']);
  return raw;
}

/** A release id from a path: 24 hex digits. @throws BadRequestError */
export function readReleaseId(raw: string): string {
  if (!RELEASE_ID.test(raw)) throw new BadRequestError(['a release id is 24 hexadecimal digits']);
  return raw;
}

const isOfficialId = (value: string): boolean => value.length <= MAX_OFFICIAL_ID && OFFICIAL.test(value);

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
