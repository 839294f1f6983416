import type { StoredRelease, StoreReleaseInput } from '../../core/ports';
import type { CountryMention, Official, ParsedRelease } from '../../core/release';
import { fromAttribute, type Json, str, stringSet, strings, toAttribute } from './attribute-values';
import type { Item } from './dynamodb-table';
import { keys, location, RECENT, yearPartition } from './release-keys';

/**
 * Caps on every field a release item stores. DynamoDB refuses an item over 400 KB, and a refused write is
 * retried until the message dead-letters: a safety net under the parser's own caps, so that whatever it returns
 * the item stays far below the limit (a 4.9 MB release on one line once became a 4.9 MB title). Characters, not
 * bytes: at most 4 UTF-8 bytes each.
 */
export const FIELD_CAPS = {
  title: 1000,
  summary: 2000,
  source: 500,
  url: 2048,
  countries: 250,
  mentionsPerCountry: 20,
  officials: 200,
  variantsPerOfficial: 20,
  rolesPerOfficial: 10,
  /** Names, mentions, variants, roles. */
  phrase: 200,
  /** Official ids are partition keys (at most 2,048 bytes); longer ones are dropped with their official. */
  officialId: 200,
  /** UTF-8 bytes of countries and officials together, after the caps above. */
  entitiesBytes: 150_000,
} as const;

/** The `s3://` locations a release records; later keys of the same content still have their object item. */
export const MAX_LOCATIONS = 100;

export const capText = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

const capPhrases = (values: readonly string[], count: number): string[] =>
  values.slice(0, count).map((v) => capText(v, FIELD_CAPS.phrase));

/** The release with every stored field capped (the body is not stored: it stays in S3). */
export function capRelease(release: ParsedRelease): ParsedRelease {
  const countries: CountryMention[] = release.countries.slice(0, FIELD_CAPS.countries).map((c) => ({
    code: c.code,
    name: capText(c.name, FIELD_CAPS.phrase),
    mentions: capPhrases(c.mentions, FIELD_CAPS.mentionsPerCountry),
  }));
  const officials: Official[] = release.officials
    .filter((o) => o.id.length <= FIELD_CAPS.officialId)
    .slice(0, FIELD_CAPS.officials)
    .map((o) => ({
      id: o.id,
      name: capText(o.name, FIELD_CAPS.phrase),
      variants: capPhrases(o.variants, FIELD_CAPS.variantsPerOfficial),
      roles: capPhrases(o.roles, FIELD_CAPS.rolesPerOfficial),
      country: o.country,
    }));
  // The caps above bound each list; the budget bounds them together, dropping the least prominent (last) first.
  const size = (value: unknown) => Buffer.byteLength(JSON.stringify(value));
  const officialBytes = officials.map(size);
  const countryBytes = countries.map(size);
  let total = [...officialBytes, ...countryBytes].reduce((a, b) => a + b, 0);
  while (total > FIELD_CAPS.entitiesBytes && officials.length > 0) {
    officials.pop();
    total -= officialBytes.pop() ?? 0;
  }
  while (total > FIELD_CAPS.entitiesBytes && countries.length > 0) {
    countries.pop();
    total -= countryBytes.pop() ?? 0;
  }
  return {
    ...release,
    title: capText(release.title, FIELD_CAPS.title),
    summary: capText(release.summary, FIELD_CAPS.summary),
    source: release.source === null ? null : capText(release.source, FIELD_CAPS.source),
    url: release.url === null ? null : capText(release.url, FIELD_CAPS.url),
    countries,
    officials,
  };
}

/** The year index of a dated release (gsi2 `YEAR#<yyyy>` / `<date>#<id>`); undated releases are not in it. */
export function yearIndex(releaseId: string, date: string | null): Item | null {
  return date ? { gsi2pk: { S: yearPartition(date) }, gsi2sk: { S: `${date}#${releaseId}` } } : null;
}

/** The content attributes of a release item: what an update replaces. */
export function contentAttributes(input: StoreReleaseInput): Item {
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
  };
}

/** A new release item, located at the input's key. */
export function newReleaseItem(releaseId: string, input: StoreReleaseInput, extra: Item): Item {
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
    ...extra,
  };
}

const keyOf = (releaseId: string): Item => {
  const k = keys.release(releaseId);
  return { pk: { S: k.pk }, sk: { S: k.sk } };
};

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
    status: str(item, 'status') === 'alerted' ? 'alerted' : 'stored',
    ingestedAt: str(item, 'ingestedAt') ?? '',
    updatedAt: str(item, 'updatedAt') ?? '',
    bodyBytes: Number(item.bodyBytes?.N ?? 0),
    ...(str(item, 'parserVersion') ? { parserVersion: str(item, 'parserVersion') } : {}),
  };
}
