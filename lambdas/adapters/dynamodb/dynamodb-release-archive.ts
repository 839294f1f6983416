import type { DynamoDBClient, QueryCommandInput } from '@aws-sdk/client-dynamodb';
import type {
  IngestFailure,
  OfficialSummary,
  ReleaseArchive,
  ReleaseQuery,
  StoredRelease,
} from '../../core/ports';
import { str, strings } from './attribute-values';
import { DynamoDbTable, type Item } from './dynamodb-table';
import { FailureLog } from './failure-log';
import { toStoredRelease } from './release-item';
import { keys, OFFICIALS, RECENT, UNDATED, yearPartition } from './release-keys';
import { searchTextOf } from './search-text-attribute';

/** Lower bound of `--until`-only queries by year: older releases are not expected in the archive. */
const FIRST_YEAR = 1990;

/**
 * The archive's read side on the table: every query by key or index, never a scan. Country and official lists
 * are pointer items resolved with BatchGetItem; a pointer counts only while its release still holds that
 * country or official on that date (pointers of older content stay behind, since the ingest role cannot delete).
 */
export class DynamoDbReleaseArchive implements ReleaseArchive {
  private readonly table: DynamoDbTable;
  private readonly failures: FailureLog;

  /** @param client the caller's client; only `send` is used. */
  constructor(client: Pick<DynamoDBClient, 'send'>, tableName: string) {
    this.table = new DynamoDbTable(client, tableName);
    this.failures = new FailureLog(this.table);
  }

  async getRelease(id: string): Promise<StoredRelease | null> {
    const item = await this.table.get(keys.release(id));
    return item ? toStoredRelease(item) : null;
  }

  async listReleases(query: ReleaseQuery): Promise<StoredRelease[]> {
    const limit = query.limit ?? 50;
    // `~` sorts after `#<id>`, and `PROFILE` sorts after every date.
    const until = `${query.until ?? '9999-12-31'}~`;
    // Paging on: the range ends at the last release shown (BETWEEN is inclusive, `accept` drops that one).
    const after = query.after ? positionKey(query.after.date, query.after.id) : undefined;
    const range = {
      ':from': { S: query.since ?? UNDATED },
      ':to': { S: after !== undefined && after < until ? after : until },
    };
    const convert = (item: Item): StoredRelease => {
      const release = toStoredRelease(item);
      const text = query.withSearchText ? searchTextOf(item) : undefined;
      return text === undefined ? release : { ...release, searchText: text };
    };
    const beyond = (r: StoredRelease) => after === undefined || positionKey(r.date, r.id) < after;
    if (query.country || query.official) {
      const pk = query.country
        ? keys.country(query.country, null, '').pk
        : keys.officialRelease(query.official ?? '', null, '').pk;
      const country = query.country?.toUpperCase();
      const matches = (r: StoredRelease, pointer: Item): boolean =>
        (str(pointer, 'sk') ?? '').startsWith(`${r.date ?? UNDATED}#`) &&
        (!country || r.countries.some((c) => c.code === country)) &&
        (!query.official || r.officials.some((o) => o.id === query.official)) &&
        inRange(r.date, query) &&
        beyond(r);
      return this.collect(
        {
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: { ':pk': { S: pk }, ...range },
        },
        true,
        limit,
        matches,
        convert,
      );
    }
    if (query.since || query.until) {
      const lastYear = Number((query.until ?? '9999').slice(0, 4));
      const firstYear = Number((query.since ?? String(FIRST_YEAR)).slice(0, 4));
      const found: StoredRelease[] = [];
      const startYear = Math.min(
        lastYear,
        new Date().getUTCFullYear() + 1,
        after === undefined ? 9999 : Number(after.slice(0, 4)),
      );
      for (let year = startYear; year >= firstYear && found.length < limit; year--) {
        found.push(
          ...(await this.collect(
            {
              IndexName: 'gsi2',
              KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk BETWEEN :from AND :to',
              ExpressionAttributeValues: { ':pk': { S: yearPartition(String(year)) }, ...range },
            },
            false,
            limit - found.length,
            (r) => inRange(r.date, query) && beyond(r),
            convert,
          )),
        );
      }
      return found;
    }
    if (after !== undefined) {
      throw new Error(
        'listReleases: `after` pages the release-date order; give a country, official or date.',
      );
    }
    return this.collect(
      {
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': { S: RECENT } },
      },
      false,
      limit,
      () => true,
      convert,
    );
  }

  async listOfficials(): Promise<OfficialSummary[]> {
    const officials: OfficialSummary[] = [];
    let start: Item | undefined;
    do {
      const page = await this.table.query({
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': { S: OFFICIALS } },
        ExclusiveStartKey: start,
      });
      for (const item of page.Items ?? []) {
        officials.push({
          id: (str(item, 'pk') ?? '').slice('OFFICIAL#'.length),
          name: str(item, 'name') ?? '',
          variants: strings(item, 'variants').sort(),
          roles: strings(item, 'roles').sort(),
          releaseCount: strings(item, 'releaseIds').length,
        });
      }
      start = page.LastEvaluatedKey;
    } while (start);
    return officials;
  }

  listFailures(limit?: number): Promise<IngestFailure[]> {
    return this.failures.list(limit);
  }

  /**
   * Pages through a query, newest first, until `limit` releases pass `accept`, each release once. Pointer items
   * are resolved to their releases with BatchGetItem.
   */
  private async collect(
    query: Omit<QueryCommandInput, 'TableName'>,
    pointers: boolean,
    limit: number,
    accept: (release: StoredRelease, item: Item) => boolean,
    convert: (item: Item) => StoredRelease,
  ): Promise<StoredRelease[]> {
    const found = new Map<string, StoredRelease>();
    let start: Item | undefined;
    do {
      const page = await this.table.query({
        ...query,
        ScanIndexForward: false,
        Limit: Math.max(limit - found.size, 10),
        ExclusiveStartKey: start,
      });
      const items = page.Items ?? [];
      const byId = new Map<string, StoredRelease>();
      if (pointers) {
        const ids = [...new Set(items.map((i) => str(i, 'releaseId') ?? ''))];
        for (const item of await this.table.getAll(ids.map((id) => keys.release(id)))) {
          const release = convert(item);
          byId.set(release.id, release);
        }
      }
      for (const item of items) {
        const release = pointers ? byId.get(str(item, 'releaseId') ?? '') : convert(item);
        if (release && found.size < limit && !found.has(release.id) && accept(release, item)) {
          found.set(release.id, release);
        }
      }
      start = page.LastEvaluatedKey;
    } while (start && found.size < limit);
    return [...found.values()];
  }
}

const inRange = (date: string | null, query: ReleaseQuery): boolean =>
  (!query.since || (date !== null && date >= query.since)) &&
  (!query.until || (date !== null && date <= query.until));

/** The sort key of the country, official and year indexes: `<date or 0000-00-00>#<id>`. */
const positionKey = (date: string | null, id: string): string => `${date ?? UNDATED}#${id}`;
