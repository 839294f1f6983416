import { alertInterests } from '../../core/alert';
import { type Extraction, extractionOf, sameExtraction } from '../../core/extraction';
import type { ReindexReleaseInput, ReindexReleaseResult } from '../../core/ports';
import { type Json, str, stringSet, strings, toAttribute } from './attribute-values';
import type { DynamoDbTable, Item } from './dynamodb-table';
import { namedRelease } from './object-record';
import { ReleaseIndexes } from './release-indexes';
import { toStoredRelease } from './release-item';
import { keys } from './release-keys';
import { searchTextAttribute } from './search-text-attribute';

/**
 * Puts a fresh reading of a key's object into the release that key holds, with conditional writes only:
 * 1. the release item takes the new extraction, on condition that it still holds this content, and records in
 *    `pendingDrops` the officials it no longer names;
 * 2. the pointers and profiles of the new extraction are written, and the dropped officials' profiles lose the
 *    release (ReleaseIndexes, idempotent);
 * 3. `pendingDrops` is removed.
 * A crash after 1 leaves `pendingDrops`, which the next run (the queue's retry, or another reindex) finishes,
 * while its extraction compares equal: every step is repeatable, and nothing is counted twice.
 *
 * With `alertNewMatches`, write 1 also records `reindexAlert` (the content hash and the interests the release had
 * before) when the new extraction adds an interest to an alerted release; it stays until the alert is published
 * (`completeReindexAlert`), so that the retry after a crash between the write and the publish still owes it
 * (its extraction then compares equal, and the previous one is gone from the item otherwise).
 */
export class ReleaseReindexer {
  private readonly indexes: ReleaseIndexes;

  constructor(private readonly table: DynamoDbTable) {
    this.indexes = new ReleaseIndexes(table);
  }

  async reindex(input: ReindexReleaseInput): Promise<ReindexReleaseResult> {
    const object = await this.table.get(keys.object(input.ref.bucket, input.ref.key));
    const releaseId = await namedRelease(this.table, object);
    if (!releaseId) return { outcome: 'not-stored' };
    if (str(object, 'contentHash') !== input.contentHash) return { outcome: 'content-changed', releaseId };
    const item = await this.table.get(keys.release(releaseId));
    if (!item) return { outcome: 'not-stored' };
    if (str(item, 'contentHash') !== input.contentHash) return { outcome: 'content-changed', releaseId };

    const stored = toStoredRelease(item);
    const next = extractionOf(input.release);
    const same = sameExtraction(stored, next) && stored.parserVersion === input.parserVersion;
    const kept = new Set(next.officials.map((o) => o.id));
    const dropped = new Set([
      ...strings(item, 'pendingDrops'),
      ...stored.officials.map((o) => o.id).filter((id) => !kept.has(id)),
    ]);
    let owed = owedAlertOf(item, input.contentHash);
    if (input.alertNewMatches && !same && !owed && stored.status === 'alerted') {
      const before = alertInterests(stored);
      const had = new Set(before);
      if (alertInterests(next).some((i) => !had.has(i))) owed = before;
    }
    const record = input.alertNewMatches && owed ? owed : null;
    if (!same && !(await this.replace(releaseId, input, next, dropped, record))) {
      // The release took other content meanwhile (an upload of its key): that upload's extraction stands.
      return { outcome: 'content-changed', releaseId };
    }
    await this.indexes.write(releaseId, input.release, [...dropped]);
    if (dropped.size > 0) {
      await this.table.update(keys.release(releaseId), {
        UpdateExpression: 'REMOVE pendingDrops',
        ConditionExpression: 'contentHash = :h',
        ExpressionAttributeValues: { ':h': { S: input.contentHash } },
      });
    }
    return {
      outcome: same ? 'unchanged' : 'changed',
      releaseId,
      previous: { countries: stored.countries, officials: stored.officials },
      releaseStatus: stored.status,
      ...(input.alertNewMatches && owed ? { owedAlert: { previousInterests: owed } } : {}),
    };
  }

  /** Removes the owed reindex alert once published (a no-op when the release holds other content now). */
  async completeAlert(releaseId: string, contentHash: string): Promise<void> {
    await this.table.update(keys.release(releaseId), {
      UpdateExpression: 'REMOVE reindexAlert',
      ConditionExpression: 'contentHash = :h',
      ExpressionAttributeValues: { ':h': { S: contentHash } },
    });
  }

  private replace(
    releaseId: string,
    input: ReindexReleaseInput,
    next: Extraction,
    dropped: ReadonlySet<string>,
    owed: readonly string[] | null,
  ): Promise<boolean> {
    const attributes: Item = {
      format: { S: next.format },
      source: next.source ? { S: next.source } : { NULL: true },
      url: next.url ? { S: next.url } : { NULL: true },
      summary: { S: next.summary },
      countries: toAttribute(next.countries as unknown as Json),
      officials: toAttribute(next.officials as unknown as Json),
      // Backfills the search text of releases stored before items kept one (their parser version is older).
      ...searchTextAttribute(input.release),
      parserVersion: { S: input.parserVersion },
      reindexedAt: { S: input.at },
      ...(dropped.size > 0 ? { pendingDrops: stringSet(dropped) } : {}),
    };
    const names: Record<string, string> = {};
    const values: Item = { ':h': { S: input.contentHash } };
    const sets: string[] = [];
    for (const [name, value] of Object.entries(attributes)) {
      names[`#${name}`] = name;
      values[`:${name}`] = value;
      sets.push(`#${name} = :${name}`);
    }
    if (owed) {
      // The first owed alert's previous interests stand: a second reindex before the publish changes nothing.
      values[':reindexAlert'] = { S: JSON.stringify({ contentHash: input.contentHash, interests: owed }) };
      sets.push('reindexAlert = if_not_exists(reindexAlert, :reindexAlert)');
    }
    return this.table.update(keys.release(releaseId), {
      UpdateExpression: `SET ${sets.join(', ')}`,
      ConditionExpression: 'contentHash = :h',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    });
  }
}

/** The previous interests of a reindex alert the item owes for this content, or null. */
function owedAlertOf(item: Item, contentHash: string): string[] | null {
  const raw = str(item, 'reindexAlert');
  if (!raw) return null;
  try {
    const owed = JSON.parse(raw) as { contentHash?: unknown; interests?: unknown };
    if (owed.contentHash !== contentHash || !Array.isArray(owed.interests)) return null;
    return owed.interests.filter((i): i is string => typeof i === 'string');
  } catch {
    return null;
  }
}
