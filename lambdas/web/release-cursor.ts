import type { ReleasePosition, StoredRelease } from '../core/ports';

/**
 * The `after` parameter of country and official pages: where the page before ended, as the archive's
 * release-date order knows it (the sort key `<date>#<id>` of its indexes, `undated` for no date), in base64url
 * so that links carry an opaque token rather than a format to edit. The next page is one query from there,
 * however far back: no page number bounds it.
 */
export function cursorOf(position: ReleasePosition): string {
  return Buffer.from(`${position.date ?? UNDATED}#${position.id}`, 'utf8').toString('base64url');
}

const UNDATED = 'undated';
const TOKEN = /^[A-Za-z0-9_-]{1,64}$/;
const DECODED = /^(\d{4}-\d{2}-\d{2}|undated)#([0-9a-f]{24})$/;

/**
 * The position a cursor names, or null when it is none this app made: wrong characters, not canonical
 * base64url (so one position has one cursor), or not a date (or `undated`) and a release id. The date's
 * calendar validity is the caller's to check.
 */
export function positionOfCursor(token: string): ReleasePosition | null {
  if (!TOKEN.test(token)) return null;
  const decoded = Buffer.from(token, 'base64url').toString('utf8');
  const match = DECODED.exec(decoded);
  if (!match || Buffer.from(decoded, 'utf8').toString('base64url') !== token) return null;
  const [, date = '', id = ''] = match;
  return { date: date === UNDATED ? null : date, id };
}

/** The cursor after the last release of a page, when the page's read (`pageSize + 1` asked) found one more. */
export function nextCursor(read: readonly StoredRelease[], pageSize: number): string | null {
  const last = read[pageSize - 1];
  return read.length > pageSize && last ? cursorOf({ date: last.date, id: last.id }) : null;
}
