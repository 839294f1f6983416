import { capRelease } from '../../core/parse/cap-release';
import type { ParsedRelease } from '../../core/release';
import { fold } from '../../core/text/fold';
import { stringSet } from './attribute-values';
import { type DynamoDbTable, type Item, keyItem } from './dynamodb-table';
import { keys, OFFICIALS } from './release-keys';

/**
 * The country and official lists of a release (pointer items) and the official profiles. Every write here is
 * idempotent, so a retry after a crash at any point completes them.
 *
 * Pointers of content a release no longer holds are left in place (the function's role has no DeleteItem):
 * archive reads check each pointer against its release, so they are never shown. Profile counts are sets of
 * release ids, corrected when an update drops an official.
 */
export class ReleaseIndexes {
  constructor(private readonly table: DynamoDbTable) {}

  /**
   * @param dropped officials the release held before this content (an update), whose profiles lose it.
   * @param release a new release item, put in the pointers' batch (one request for both) after the profiles
   *   are written: once the release is there, every write of its indexes is, but for pointers in flight.
   */
  async write(
    releaseId: string,
    parsed: ParsedRelease,
    dropped: readonly string[] = [],
    release?: Item,
  ): Promise<void> {
    const capped = capRelease(parsed);
    const pointers = new Map<string, Item>();
    for (const country of capped.countries) {
      const k = keys.country(country.code, capped.date, releaseId);
      pointers.set(`${k.pk}|${k.sk}`, { ...keyItem(k), releaseId: { S: releaseId } });
    }
    for (const official of capped.officials) {
      const k = keys.officialRelease(official.id, capped.date, releaseId);
      pointers.set(`${k.pk}|${k.sk}`, { ...keyItem(k), releaseId: { S: releaseId } });
    }
    const writes: Promise<unknown>[] = [];
    for (const official of capped.officials) {
      const values: Item = {
        ':name': { S: official.name },
        ':g2pk': { S: OFFICIALS },
        ':g2sk': { S: `${fold(official.name)}#${official.id}` },
        ':ids': stringSet([releaseId]),
      };
      const names: Record<string, string> = { '#name': 'name' };
      const adds = ['releaseIds :ids'];
      if (official.variants.length > 0) {
        values[':variants'] = stringSet(official.variants);
        adds.push('variants :variants');
      }
      if (official.roles.length > 0) {
        values[':roles'] = stringSet(official.roles);
        names['#roles'] = 'roles';
        adds.push('#roles :roles');
      }
      // The release count is the size of a set of ids, so that repeating this write never counts twice.
      writes.push(
        this.table.update(keys.officialProfile(official.id), {
          UpdateExpression:
            'SET #name = if_not_exists(#name, :name), gsi2pk = :g2pk, gsi2sk = if_not_exists(gsi2sk, :g2sk) ' +
            `ADD ${adds.join(', ')}`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      );
    }
    const kept = new Set(capped.officials.map((o) => o.id));
    for (const id of new Set(dropped)) {
      if (kept.has(id)) continue;
      writes.push(
        this.table.update(keys.officialProfile(id), {
          UpdateExpression: 'DELETE releaseIds :ids',
          ExpressionAttributeValues: { ':ids': stringSet([releaseId]) },
        }),
      );
    }
    if (!release) writes.push(this.table.putAll([...pointers.values()]));
    await Promise.all(writes);
    if (release) await this.table.putAll([release, ...pointers.values()]);
  }
}
