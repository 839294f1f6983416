import type { AlertLease, StoreReleaseInput, StoreReleaseResult } from '../../core/ports';
import { fromAttribute, str, stringSet, strings } from './attribute-values';
import { type ClaimResult, ContentClaim, isAlerted, type UpdateIntent } from './content-claim';
import type { DynamoDbTable } from './dynamodb-table';
import { namedRelease, objectItem } from './object-record';
import { ReleaseIndexes } from './release-indexes';
import { keySequencerAttribute, keys, location } from './release-keys';
import { isStaleEvent, notNewerThan, sequencerOf } from './stale-event';

/** Thrown when a key's release kept changing under a delivery (racing events of one key): retry later. */
export class StoreConflictError extends Error {
  override readonly name = 'StoreConflictError';
}

const ATTEMPTS = 4;

const OUTCOME = { created: 'created', claimed: 'created', joined: 'duplicate', updated: 'updated' } as const;

/**
 * Stores a release from one object, in steps that are each idempotent, so that a retry after a crash at any
 * point converges. Two facts are kept apart:
 * - what a key holds: the object item `OBJ#<bucket>/<key>` (its content hash, release, sequencer and ETag);
 * - which release holds a content, shared by every key that holds it: the content claim and the release's
 *   `locations`.
 * Changing what a key holds moves the key to the release of its new content and off its old release, which
 * stays for the other keys still holding it; only a release no other key shares is updated in place.
 */
export class ReleaseWriter {
  private readonly claims: ContentClaim;
  private readonly indexes: ReleaseIndexes;

  constructor(private readonly table: DynamoDbTable) {
    this.claims = new ContentClaim(table);
    this.indexes = new ReleaseIndexes(table);
  }

  async storeRelease(input: StoreReleaseInput): Promise<StoreReleaseResult> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const result = await this.attempt(input, attempt === 0);
      if (result) return result;
    }
    throw new StoreConflictError(
      `The release of s3://${input.ref.bucket}/${input.ref.key} kept changing while it was stored.`,
    );
  }

  private async attempt(input: StoreReleaseInput, first: boolean): Promise<StoreReleaseResult | undefined> {
    const { ref, contentHash } = input;
    const here = location(ref.bucket, ref.key);
    const seq = sequencerOf(ref);
    // Most keys are new: recording the key first, on condition that it has no item, tells so without a read.
    const recorded = first && (await this.table.putIfAbsent(objectItem(ref, contentHash)));
    const object = recorded ? undefined : await this.table.get(keys.object(ref.bucket, ref.key));
    const priorId = await namedRelease(this.table, object);
    if (priorId && isStaleEvent(str(object, 'sequencer'), seq))
      return { outcome: 'stale', releaseId: priorId };
    const prior = priorId ? await this.table.get(keys.release(priorId)) : undefined;
    if (priorId && isStaleEvent(str(prior, keySequencerAttribute(here)), seq)) {
      return { outcome: 'stale', releaseId: priorId };
    }
    const priorHash = str(prior, 'contentHash');
    const priorLocations = strings(prior, 'locations');
    const holds = priorId !== undefined && priorLocations.includes(here);

    let claimed: ClaimResult;
    if (holds && priorHash === contentHash) {
      // A repeat (a redelivery, or a retry after a crash): finish the indexes (unless the release is alerted:
      // they are done) and the object item.
      claimed = { kind: 'joined', releaseId: priorId, alerted: isAlerted(prior) };
    } else {
      const intent: UpdateIntent | undefined =
        holds && priorHash && priorLocations.length === 1
          ? { releaseId: priorId, replacing: priorHash, location: here, ...(seq ? { sequencer: seq } : {}) }
          : undefined;
      claimed = await this.claims.resolve(input, intent);
    }
    if (claimed.kind === 'conflict') return undefined;

    if (holds && claimed.releaseId !== priorId && priorHash) {
      // The key now holds another release's content: its old release stays, for the keys still holding it.
      await this.table.update(keys.release(priorId), {
        UpdateExpression: 'DELETE locations :loc',
        ConditionExpression: 'contentHash = :h',
        ExpressionAttributeValues: { ':loc': stringSet([here]), ':h': { S: priorHash } },
      });
    }
    const dropped =
      claimed.kind === 'updated' && prior?.officials
        ? (fromAttribute(prior.officials) as Array<{ id: string }>).map((o) => o.id)
        : [];
    const created = claimed.kind === 'created' || claimed.kind === 'claimed';
    try {
      const item = claimed.kind === 'claimed' ? claimed.item : undefined;
      // A release read alerted with this content has its indexes: the delivery that alerted it wrote them
      // before it asked for the lease. (Writing them again would add this reading's officials, which a newer
      // parser may read otherwise than the stored extraction, to their profiles.)
      const indexed = claimed.kind === 'joined' && claimed.alerted === true;
      if (!indexed) await this.indexes.write(claimed.releaseId, input.release, dropped, item);
      // A new key recorded above holds a release created here (which lists it): its record needs no release
      // id. Otherwise the record names the release, unless a newer event of this key got here first: its
      // record stands (the put is then a no-op).
      if (!(recorded && created)) {
        await this.table.put(
          objectItem(ref, contentHash, claimed.releaseId),
          seq ? { expression: notNewerThan('sequencer', ':seq'), values: { ':seq': { S: seq } } } : undefined,
        );
      }
    } catch (error) {
      // The retry finds the release stored and asks for the lease: give back the one the new item holds.
      if (created && input.alertLease) await this.giveBackLease(claimed.releaseId, input.alertLease.holder);
      throw error;
    }
    // The lease is decided already for a release this call created (it holds the lease) or found alerted.
    const lease: AlertLease | undefined = !input.alertLease
      ? undefined
      : created
        ? { state: 'acquired', kind: 'new' }
        : 'alerted' in claimed && claimed.alerted
          ? { state: 'alerted' }
          : undefined;
    return {
      outcome: OUTCOME[claimed.kind],
      releaseId: claimed.releaseId,
      ...(lease ? { alertLease: lease } : {}),
    };
  }

  /** Best effort (the lease expires anyway): a failed write leaves the lease to its expiry. */
  private async giveBackLease(releaseId: string, holder: string): Promise<void> {
    await this.table
      .update(keys.release(releaseId), {
        UpdateExpression: 'REMOVE leaseUntil, leaseHolder',
        ConditionExpression: 'leaseHolder = :holder',
        ExpressionAttributeValues: { ':holder': { S: holder } },
      })
      .catch(() => false);
  }
}
