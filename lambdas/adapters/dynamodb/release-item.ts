import { capRelease } from '../../core/parse/cap-release';
import type { StoredRelease, StoreReleaseInput } from '../../core/ports';
import { fromAttribute, type Json, str, stringSet, strings, toAttribute } from './attribute-values';
import type { Item } from './dynamodb-table';
import { keys, location, RECENT, yearPartition } from './release-keys';
import { searchTextAttribute } from './search-text-attribute';

/** The `s3://` locations a release records; later keys of the same content still have their object item. */
export const MAX_LOCATIONS = 100;

/** The year index of a dated release (gsi2 `YEAR#<yyyy>` / `<date>#<id>`); undated releases are not in it. */
export function yearIndex(releaseId: string, date: string | null): Item | null {
  return date ? { gsi2pk: { S: yearPartition(date) }, gsi2sk: { S: `${date}#${releaseId}` } } : null;
}

/** The content attributes of a release item: what an update replaces. */
export function contentAttributes(input: StoreReleaseInput): Item {
  // The parser's caps again (FIELD_CAPS in core/limits.ts): DynamoDB refuses an item over 400 KB, and a refused
  // write is retried until the message dead-letters, whatever produced the release.
  const release = capRelease(input.release);
  return {
    format: { S: release.format },
    date: release.date ? { S: release.date } : { NULL: true },
    title: { S: release.title },
    source: release.source ? { S: release.source } : { NULL: true },
    url: release.url ? { S: release.url } : { NULL: true },
    summary: { S: release.summary },
    countries: toAttribute(release.countries as unknown as Json),
    officials: toAttribute(release.officials as unknown as Json),
    bodyBytes: { N: String(input.bodyBytes) },
    updatedAt: { S: input.at },
    contentHash: { S: input.contentHash },
    ...searchTextAttribute(input.release),
    parserVersion: { S: input.parserVersion },
  };
}

/**
 * A new release item, located at the input's key. It holds the input's publish lease when there is one: the
 * delivery that creates a release publishes its alert without a request of its own for the lease.
 */
export function newReleaseItem(releaseId: string, input: StoreReleaseInput, extra: Item): Item {
  const lease = input.alertLease;
  return {
    ...keyOf(releaseId),
    id: { S: releaseId },
    ...contentAttributes(input),
    status: { S: 'stored' },
    locations: stringSet([location(input.ref.bucket, input.ref.key)]),
    ingestedAt: { S: input.at },
    gsi1pk: { S: RECENT },
    gsi1sk: { S: `${input.at}#${releaseId}` },
    ...(yearIndex(releaseId, input.release.date) ?? {}),
    ...(lease ? { leaseUntil: { S: lease.until }, leaseHolder: { S: lease.holder } } : {}),
    ...extra,
  };
}

const keyOf = (releaseId: string): Item => {
  const k = keys.release(releaseId);
  return { pk: { S: k.pk }, sk: { S: k.sk } };
};

const statusOf = (status: string | undefined): StoredRelease['status'] =>
  status === 'alerted' || status === 'history' ? status : 'stored';

export function toStoredRelease(item: Item): StoredRelease {
  const optional = (name: string): string | null => str(item, name) ?? null;
  return {
    id: str(item, 'id') ?? '',
    format: (str(item, 'format') ?? 'plain') as StoredRelease['format'],
    date: optional('date'),
    title: str(item, 'title') ?? '',
    source: optional('source'),
    url: optional('url'),
    summary: str(item, 'summary') ?? '',
    countries: (item.countries ? fromAttribute(item.countries) : []) as unknown as StoredRelease['countries'],
    officials: (item.officials ? fromAttribute(item.officials) : []) as unknown as StoredRelease['officials'],
    locations: strings(item, 'locations').sort(),
    contentHash: str(item, 'contentHash') ?? '',
    status: statusOf(str(item, 'status')),
    ingestedAt: str(item, 'ingestedAt') ?? '',
    updatedAt: str(item, 'updatedAt') ?? '',
    bodyBytes: Number(item.bodyBytes?.N ?? 0),
    ...(str(item, 'parserVersion') ? { parserVersion: str(item, 'parserVersion') } : {}),
  };
}
