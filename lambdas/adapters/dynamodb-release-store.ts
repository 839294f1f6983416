import {
  type AttributeValue,
  BatchGetItemCommand,
  type BatchGetItemCommandOutput,
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  type QueryCommandInput,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import type {
  AlertLease,
  AlertLeaseRequest,
  IngestFailure,
  IngestFailureReason,
  OfficialSummary,
  ReleaseArchive,
  ReleaseQuery,
  ReleaseStore,
  StoredRelease,
  StoreReleaseInput,
  StoreReleaseResult,
} from '../core/ports';
import type { ParsedRelease } from '../core/release';
import { comparableSequencer } from '../core/s3-event';
import { fold } from '../core/text/fold';
import { fromAttribute, type Json, str, stringSet, strings, toAttribute } from './dynamodb/attribute-values';
import {
  FAILURES,
  keySequencerAttribute,
  keys,
  location,
  OFFICIALS,
  RECENT,
  UNDATED,
  yearPartition,
} from './dynamodb/release-keys';

type Item = Record<string, AttributeValue>;

/** Lower bound of `--until`-only queries by year: older releases are not expected in the archive. */
const FIRST_YEAR = 1990;

/**
 * The archive on one DynamoDB table (single-table design, keys from `release-table.ts`). Items:
 *
 * | item | pk | sk | index keys |
 * | --- | --- | --- | --- |
 * | release | `REL#<id>` | `REL` | gsi1 `RECENT` / `<ingestedAt>#<id>`; gsi2 `YEAR#<yyyy>` / `<date>#<id>` (dated only) |
 * | content claim | `HASH#<sha256>` | `HASH` | |
 * | object | `OBJ#<bucket>/<key>` | `OBJ` | |
 * | by country | `COUNTRY#<CC>` | `<date or 0000-00-00>#<id>` | |
 * | by official | `OFFICIAL#<officialId>` | `<date or 0000-00-00>#<id>` | |
 * | official profile | `OFFICIAL#<officialId>` | `PROFILE` | gsi2 `OFFICIALS` / `<name>#<officialId>` |
 * | failure | `FAIL#<bucket>/<key>` | `<versionId, ETag or sequencer>` | gsi1 `FAILURES` / `<failedAt>#<bucket>/<key>` |
 *
 * Writes are conditional puts and updates only (no transactions, which dynalite lacks); each step is
 * idempotent, so a retry after a crash at any point converges. Country and official items are pointers:
 * reads check them against the release, so one left behind by a crash during an update is never shown.
 */
export class DynamoDbReleaseStore implements ReleaseStore, ReleaseArchive {
  /** @param client the caller's client (built once per Lambda container); only `send` is used. */
  constructor(
    private readonly client: Pick<DynamoDBClient, 'send'>,
    private readonly tableName: string,
  ) {}

  async storeRelease(input: StoreReleaseInput): Promise<StoreReleaseResult> {
    const { ref, contentHash } = input;
    const sequencer = ref.sequencer ? comparableSequencer(ref.sequencer) : undefined;
    const object = await this.get(keys.object(ref.bucket, ref.key));
    const objectSequencer = str(object, 'sequencer');
    const objectRelease = str(object, 'releaseId');
    if (sequencer && objectSequencer && objectSequencer > sequencer && objectRelease) {
      return { outcome: 'stale', releaseId: objectRelease };
    }
    // Changed content under a key that already holds a release updates that release (it keeps its id).
    const prior = objectRelease && str(object, 'contentHash') !== contentHash ? objectRelease : undefined;
    const owner = await this.claimContent(contentHash, prior ?? input.newReleaseId);

    let result: StoreReleaseResult;
    if (prior && owner === prior) {
      result = await this.updateRelease(owner, input, sequencer);
    } else {
      result = await this.createOrAddLocation(owner, input, sequencer);
      if (prior) {
        // The key's new content is another release's: the key no longer holds the old one.
        await this.update(keys.release(prior), 'DELETE locations :loc', {
          ':loc': stringSet([location(ref.bucket, ref.key)]),
        });
      }
    }
    if (result.outcome === 'stale') return result;

    const objectItem: Item = {
      ...keyItem(keys.object(ref.bucket, ref.key)),
      releaseId: { S: result.releaseId },
      contentHash: { S: contentHash },
      ...(sequencer ? { sequencer: { S: sequencer } } : {}),
    };
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: objectItem,
          ...(sequencer
            ? {
                ConditionExpression: 'attribute_not_exists(sequencer) OR sequencer <= :seq',
                ExpressionAttributeValues: { ':seq': { S: sequencer } },
              }
            : {}),
        }),
      );
    } catch (error) {
      // A newer event of this key got here first; its record of the key stands.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    return result;
  }

  /** The claim that makes equal content under any key one release: the first writer's id wins. */
  private async claimContent(contentHash: string, releaseId: string): Promise<string> {
    const claimed = await this.putIfAbsent({
      ...keyItem(keys.hash(contentHash)),
      releaseId: { S: releaseId },
    });
    if (claimed) return releaseId;
    const existing = str(await this.get(keys.hash(contentHash)), 'releaseId');
    if (!existing) throw new Error(`The content claim ${contentHash} has no release id.`);
    return existing;
  }

  private async createOrAddLocation(
    releaseId: string,
    input: StoreReleaseInput,
    sequencer: string | undefined,
  ): Promise<StoreReleaseResult> {
    const { ref, release, contentHash } = input;
    const created = await this.putIfAbsent(releaseItem(releaseId, input, sequencer));
    if (created) {
      await this.writeIndexes(releaseId, release, undefined);
      return { outcome: 'created', releaseId };
    }
    const seqName = keySequencerAttribute(ref.bucket, ref.key);
    const updated = await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: keyItem(keys.release(releaseId)),
        UpdateExpression: `ADD locations :loc${sequencer ? ' SET #seq = :seq' : ''}`,
        ...(sequencer ? { ExpressionAttributeNames: { '#seq': seqName } } : {}),
        ExpressionAttributeValues: {
          ':loc': stringSet([location(ref.bucket, ref.key)]),
          ...(sequencer ? { ':seq': { S: sequencer } } : {}),
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    // Index items are rewritten (idempotently) so that a retry after a crash right after the put completes
    // them; only when the release holds this very content, not an older content that it was updated from.
    if (str(updated.Attributes, 'contentHash') === contentHash)
      await this.writeIndexes(releaseId, release, undefined);
    return { outcome: 'duplicate', releaseId };
  }

  private async updateRelease(
    releaseId: string,
    input: StoreReleaseInput,
    sequencer: string | undefined,
  ): Promise<StoreReleaseResult> {
    const { ref, release, contentHash } = input;
    const fields = releaseFields(input);
    const names: Record<string, string> = { '#status': 'status' };
    const values: Item = {
      ':h': { S: contentHash },
      ':stored': { S: 'stored' },
      ':loc': stringSet([location(ref.bucket, ref.key)]),
    };
    const sets = ['#status = :stored', 'contentHash = :h'];
    const removes = ['leaseUntil', 'leaseHolder'];
    for (const [name, value] of Object.entries(fields)) {
      names[`#${name}`] = name;
      values[`:${name}`] = value;
      sets.push(`#${name} = :${name}`);
    }
    if (release.date) {
      values[':g2pk'] = { S: yearPartition(release.date) };
      values[':g2sk'] = { S: `${release.date}#${releaseId}` };
      sets.push('gsi2pk = :g2pk', 'gsi2sk = :g2sk');
    } else {
      removes.push('gsi2pk', 'gsi2sk');
    }
    let condition = 'attribute_exists(pk) AND contentHash <> :h';
    if (sequencer) {
      names['#seq'] = keySequencerAttribute(ref.bucket, ref.key);
      values[':seq'] = { S: sequencer };
      sets.push('#seq = :seq');
      condition += ' AND (attribute_not_exists(#seq) OR #seq <= :seq)';
    }
    try {
      const old = await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: keyItem(keys.release(releaseId)),
          UpdateExpression: `SET ${sets.join(', ')} REMOVE ${removes.join(', ')} ADD locations :loc`,
          ConditionExpression: condition,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_OLD',
        }),
      );
      await this.writeIndexes(
        releaseId,
        release,
        old.Attributes ? toStoredRelease(old.Attributes) : undefined,
      );
      return { outcome: 'updated', releaseId };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    const current = await this.get(keys.release(releaseId));
    if (!current) return this.createOrAddLocation(releaseId, input, sequencer);
    if (str(current, 'contentHash') === contentHash) {
      // A retry of this update (the object record was not written yet): finish the index items.
      await this.writeIndexes(releaseId, release, undefined);
      return { outcome: 'updated', releaseId };
    }
    // A newer event of this key updated the release while this one was in flight.
    return { outcome: 'stale', releaseId };
  }

  /** Country and official pointer items and official profiles; an update takes its release out of old profiles. */
  private async writeIndexes(
    releaseId: string,
    release: ParsedRelease,
    old: StoredRelease | undefined,
  ): Promise<void> {
    const wanted = new Map<string, { pk: string; sk: string }>();
    for (const country of release.countries) {
      const k = keys.country(country.code, release.date, releaseId);
      wanted.set(`${k.pk}|${k.sk}`, k);
    }
    for (const official of release.officials) {
      const k = keys.officialRelease(official.id, release.date, releaseId);
      wanted.set(`${k.pk}|${k.sk}`, k);
    }
    const writes: Promise<unknown>[] = [...wanted.values()].map((k) =>
      this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: { ...keyItem(k), releaseId: { S: releaseId } },
        }),
      ),
    );
    for (const official of release.officials) {
      const names: Record<string, string> = { '#name': 'name' };
      const values: Item = {
        ':name': { S: official.name },
        ':g2pk': { S: OFFICIALS },
        ':g2sk': { S: `${fold(official.name)}#${official.id}` },
        ':ids': stringSet([releaseId]),
      };
      const adds = ['releaseIds :ids'];
      if (official.variants.length > 0) {
        values[':variants'] = stringSet(official.variants);
        adds.push('variants :variants');
      }
      if (official.roles.length > 0) {
        values[':roles'] = stringSet(official.roles);
        adds.push('#roles :roles');
        names['#roles'] = 'roles';
      }
      // The release count is the size of a set of ids, so that repeating this write never counts twice.
      const expression =
        'SET #name = if_not_exists(#name, :name), gsi2pk = :g2pk, gsi2sk = if_not_exists(gsi2sk, :g2sk) ' +
        `ADD ${adds.join(', ')}`;
      writes.push(this.update(keys.officialProfile(official.id), expression, values, names));
    }
    if (old) {
      // Pointers of the old content are left in place (the function's role has no DeleteItem): reads check
      // each pointer against its release, so they are never shown. Only the profile counts are corrected.
      const keep = new Set(release.officials.map((o) => o.id));
      for (const official of old.officials) {
        if (!keep.has(official.id)) {
          writes.push(
            this.update(keys.officialProfile(official.id), 'DELETE releaseIds :ids', {
              ':ids': stringSet([releaseId]),
            }),
          );
        }
      }
    }
    await Promise.all(writes);
  }

  async acquireAlertLease(request: AlertLeaseRequest): Promise<AlertLease> {
    try {
      const result = await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: keyItem(keys.release(request.releaseId)),
          UpdateExpression: 'SET leaseUntil = :until, leaseHolder = :holder',
          ConditionExpression:
            '#status = :stored AND contentHash = :h AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':until': { S: request.until },
            ':holder': { S: request.holder },
            ':stored': { S: 'stored' },
            ':h': { S: request.contentHash },
            ':now': { S: request.now },
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return { state: 'acquired', kind: result.Attributes?.alertedHash ? 'update' : 'new' };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    const current = await this.get(keys.release(request.releaseId));
    if (!current) throw new Error(`Release ${request.releaseId} is not stored.`);
    if (str(current, 'contentHash') !== request.contentHash) return { state: 'superseded' };
    if (str(current, 'status') === 'alerted') return { state: 'alerted' };
    return { state: 'held' };
  }

  async completeAlert(request: AlertLeaseRequest): Promise<void> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: keyItem(keys.release(request.releaseId)),
          UpdateExpression:
            'SET #status = :alerted, alertedHash = :h, alertedAt = :now REMOVE leaseUntil, leaseHolder',
          ConditionExpression: 'leaseHolder = :holder AND contentHash = :h',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':alerted': { S: 'alerted' },
            ':h': { S: request.contentHash },
            ':now': { S: request.now },
            ':holder': { S: request.holder },
          },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      // The content changed while publishing: the new content's delivery alerts; drop a lease still held.
      await this.releaseAlertLease(request);
    }
  }

  async releaseAlertLease(request: AlertLeaseRequest): Promise<void> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: keyItem(keys.release(request.releaseId)),
          UpdateExpression: 'REMOVE leaseUntil, leaseHolder',
          ConditionExpression: 'leaseHolder = :holder',
          ExpressionAttributeValues: { ':holder': { S: request.holder } },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async recordFailure(failure: IngestFailure): Promise<void> {
    await this.putIfAbsent({
      ...keyItem(keys.failure(failure.bucket, failure.key, failure.objectVersion)),
      bucket: { S: failure.bucket },
      key: { S: failure.key },
      objectVersion: { S: failure.objectVersion },
      reason: { S: failure.reason },
      message: { S: failure.message },
      failedAt: { S: failure.failedAt },
      size: { N: String(failure.size) },
      gsi1pk: { S: FAILURES },
      gsi1sk: { S: `${failure.failedAt}#${failure.bucket}/${failure.key}` },
    });
  }

  async getRelease(id: string): Promise<StoredRelease | null> {
    const item = await this.get(keys.release(id));
    return item ? toStoredRelease(item) : null;
  }

  async listReleases(query: ReleaseQuery): Promise<StoredRelease[]> {
    const limit = query.limit ?? 50;
    if (query.country || query.official) {
      const pk = query.country
        ? keys.country(query.country, null, '').pk
        : keys.officialRelease(query.official ?? '', null, '').pk;
      const matches = (r: StoredRelease): boolean =>
        (!query.country || r.countries.some((c) => c.code === query.country?.toUpperCase())) &&
        (!query.official || r.officials.some((o) => o.id === query.official)) &&
        inRange(r.date, query);
      return this.collect(
        {
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: {
            ':pk': { S: pk },
            ':from': { S: query.since ?? UNDATED },
            // `~` sorts after `#<id>`, and `PROFILE` sorts after every date.
            ':to': { S: `${query.until ?? '9999-12-31'}~` },
          },
        },
        'releaseId',
        limit,
        matches,
      );
    }
    if (query.since || query.until) {
      const lastYear = Number((query.until ?? '9999').slice(0, 4));
      const firstYear = Number((query.since ?? String(FIRST_YEAR)).slice(0, 4));
      const found: StoredRelease[] = [];
      const startYear = Math.min(lastYear, new Date().getUTCFullYear() + 1);
      for (let year = startYear; year >= firstYear && found.length < limit; year--) {
        found.push(
          ...(await this.collect(
            {
              IndexName: 'gsi2',
              KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk BETWEEN :from AND :to',
              ExpressionAttributeValues: {
                ':pk': { S: yearPartition(String(year)) },
                ':from': { S: query.since ?? UNDATED },
                ':to': { S: `${query.until ?? '9999-12-31'}~` },
              },
            },
            null,
            limit - found.length,
            (r) => inRange(r.date, query),
          )),
        );
      }
      return found;
    }
    return this.collect(
      {
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': { S: RECENT } },
      },
      null,
      limit,
      () => true,
    );
  }

  async listOfficials(): Promise<OfficialSummary[]> {
    const officials: OfficialSummary[] = [];
    let start: Item | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: 'gsi2',
          KeyConditionExpression: 'gsi2pk = :pk',
          ExpressionAttributeValues: { ':pk': { S: OFFICIALS } },
          ExclusiveStartKey: start,
        }),
      );
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

  async listFailures(limit = 100): Promise<IngestFailure[]> {
    const page = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': { S: FAILURES } },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (page.Items ?? []).map((item) => ({
      bucket: str(item, 'bucket') ?? '',
      key: str(item, 'key') ?? '',
      objectVersion: str(item, 'objectVersion') ?? '',
      reason: (str(item, 'reason') ?? 'malformed') as IngestFailureReason,
      message: str(item, 'message') ?? '',
      failedAt: str(item, 'failedAt') ?? '',
      size: Number(item.size?.N ?? 0),
    }));
  }

  /**
   * Pages through a query, newest first, until `limit` releases pass `accept`. Pointer items (`idAttribute`)
   * are resolved to their releases with BatchGetItem.
   */
  private async collect(
    query: Omit<QueryCommandInput, 'TableName'>,
    idAttribute: string | null,
    limit: number,
    accept: (release: StoredRelease) => boolean,
  ): Promise<StoredRelease[]> {
    const found: StoredRelease[] = [];
    let start: Item | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          ...query,
          TableName: this.tableName,
          ScanIndexForward: false,
          Limit: Math.max(limit - found.length, 10),
          ExclusiveStartKey: start,
        }),
      );
      const items = page.Items ?? [];
      const releases = idAttribute
        ? await this.getReleases(items.map((i) => str(i, idAttribute) ?? ''))
        : items.map(toStoredRelease);
      for (const release of releases) {
        if (found.length < limit && accept(release)) found.push(release);
      }
      start = page.LastEvaluatedKey;
    } while (start && found.length < limit);
    return found;
  }

  /** Releases by id, in the order given (missing ones left out); BatchGetItem takes 100 keys at a time. */
  private async getReleases(ids: readonly string[]): Promise<StoredRelease[]> {
    const byId = new Map<string, StoredRelease>();
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += 100) {
      let request: Item[] | undefined = unique.slice(i, i + 100).map((id) => keyItem(keys.release(id)));
      while (request && request.length > 0) {
        const result: BatchGetItemCommandOutput = await this.client.send(
          new BatchGetItemCommand({ RequestItems: { [this.tableName]: { Keys: request } } }),
        );
        for (const item of result.Responses?.[this.tableName] ?? []) {
          const release = toStoredRelease(item);
          byId.set(release.id, release);
        }
        request = result.UnprocessedKeys?.[this.tableName]?.Keys;
      }
    }
    return ids.flatMap((id) => {
      const release = byId.get(id);
      return release ? [release] : [];
    });
  }

  private async get(key: { pk: string; sk: string }): Promise<Item | undefined> {
    const result = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: keyItem(key), ConsistentRead: true }),
    );
    return result.Item;
  }

  /** Puts an item unless one with its key exists; true when this call wrote it. */
  private async putIfAbsent(item: Item): Promise<boolean> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: item,
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  private async update(
    key: { pk: string; sk: string },
    expression: string,
    values: Item,
    names?: Record<string, string>,
  ): Promise<void> {
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: keyItem(key),
        UpdateExpression: expression,
        ExpressionAttributeValues: values,
        ...(names ? { ExpressionAttributeNames: names } : {}),
      }),
    );
  }
}

const keyItem = (key: { pk: string; sk: string }): Item => ({ pk: { S: key.pk }, sk: { S: key.sk } });

const inRange = (date: string | null, query: ReleaseQuery): boolean =>
  (!query.since || (date !== null && date >= query.since)) &&
  (!query.until || (date !== null && date <= query.until));

/** The parsed fields a release item stores; the body stays in S3 (item size stays far under 400 KB). */
function releaseFields(input: StoreReleaseInput): Item {
  const { release } = input;
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
  };
}

function releaseItem(releaseId: string, input: StoreReleaseInput, sequencer: string | undefined): Item {
  const { ref, release } = input;
  return {
    ...keyItem(keys.release(releaseId)),
    id: { S: releaseId },
    ...releaseFields(input),
    contentHash: { S: input.contentHash },
    status: { S: 'stored' },
    locations: stringSet([location(ref.bucket, ref.key)]),
    ingestedAt: { S: input.at },
    gsi1pk: { S: RECENT },
    gsi1sk: { S: `${input.at}#${releaseId}` },
    ...(release.date
      ? { gsi2pk: { S: yearPartition(release.date) }, gsi2sk: { S: `${release.date}#${releaseId}` } }
      : {}),
    ...(sequencer ? { [keySequencerAttribute(ref.bucket, ref.key)]: { S: sequencer } } : {}),
  };
}

function toStoredRelease(item: Item): StoredRelease {
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
  };
}
