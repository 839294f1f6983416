import { releaseIdFor } from '../../core/content-hash';
import type { StoreReleaseInput } from '../../core/ports';
import { str, stringSet } from './attribute-values';
import { type DynamoDbTable, type Item, keyItem } from './dynamodb-table';
import { contentAttributes, MAX_LOCATIONS, newReleaseItem, yearIndex } from './release-item';
import { keySequencerAttribute, keys, location } from './release-keys';
import { notNewerThan, sequencerOf } from './stale-event';

/**
 * A key whose release no other key shares asks to update that release to its new content in place (the
 * release keeps its id). The claim records the request, so that any delivery of the same content can carry
 * it out: whoever gets there first.
 */
export interface UpdateIntent {
  readonly releaseId: string;
  /** The content hash the release holds now. */
  readonly replacing: string;
  /** `s3://bucket/key` of the only key that holds the release. */
  readonly location: string;
  readonly sequencer?: string;
}

/** Which release holds a content now, and how this call got it there. */
export type ClaimResult =
  | {
      readonly kind: 'created' | 'joined' | 'updated';
      readonly releaseId: string;
      /** The release was read holding this content alerted (or history): its alert is done. */
      readonly alerted?: boolean;
    }
  /**
   * This call wrote the content's first claim, naming the content's first id (`releaseIdFor(hash)`), which no
   * item has (only this content's claim names it): the caller writes `item`, the new release, without a
   * condition, in the batch of its pointers, before `creatingUntil` (its lease's end). Until then a racer that
   * finds the claim without its release waits, rather than creating the release itself.
   */
  | { readonly kind: 'claimed'; readonly releaseId: string; readonly item: Item }
  /** The release of the caller's key changed meanwhile: start again from the key. */
  | { readonly kind: 'conflict' };

const ROUNDS = 8;

/**
 * The content claim: `HASH#<sha256>` names the one release that holds a content, so equal content under any
 * key is one release. The first writer wins. A claim goes stale when its release has been updated to other
 * content since (no key held the old content any more); it is then moved, with a conditional write, to the
 * content's next generation id, which every racer computes alike and so agrees on.
 *
 * A release is updated in place only while exactly one key holds it (a condition on `size(locations)` in the
 * same write as the update): replacing what one key holds never destroys a release another key points to.
 */
export class ContentClaim {
  constructor(private readonly table: DynamoDbTable) {}

  /** Puts the input's content in a release (its own, a new one, or its key's release, updated), with its location. */
  async resolve(input: StoreReleaseInput, intent?: UpdateIntent): Promise<ClaimResult> {
    const hash = input.contentHash;
    const claimKey = keys.hash(hash);
    // The release of a first claim can go unconditionally into the pointers' batch when its writer holds a
    // lease (whose end bounds how long racers wait for it) and the id is the content's first one.
    const creatingUntil =
      !intent && input.alertLease && input.newReleaseId === releaseIdFor(hash)
        ? input.alertLease.until
        : undefined;
    for (let round = 0; round < ROUNDS; round++) {
      // Most content is new: the claim's conditional put decides alone, and only a claimed content is read.
      let claim = round === 0 && !intent ? undefined : await this.table.get(claimKey);
      if (!claim) {
        const fresh: Item = {
          ...keyItem(claimKey),
          ...(intent
            ? {
                releaseId: { S: intent.releaseId },
                replacing: { S: intent.replacing },
                location: { S: intent.location },
                ...(intent.sequencer ? { sequencer: { S: intent.sequencer } } : {}),
              }
            : { releaseId: { S: input.newReleaseId } }),
          generation: { N: intent ? '-1' : '0' },
          ...(creatingUntil ? { creatingUntil: { S: creatingUntil } } : {}),
        };
        if (!(await this.table.putIfAbsent(fresh))) continue;
        if (creatingUntil) {
          return {
            kind: 'claimed',
            releaseId: input.newReleaseId,
            item: this.releaseItem(input.newReleaseId, input),
          };
        }
        claim = fresh;
        // A claim this call wrote names an id no release has yet: no read before the put.
        if (!intent && (await this.table.putIfAbsent(this.releaseItem(input.newReleaseId, input)))) {
          return { kind: 'created', releaseId: input.newReleaseId };
        }
      }
      const releaseId = str(claim, 'releaseId') ?? '';
      const replacing = str(claim, 'replacing');
      const release = await this.table.get(keys.release(releaseId));
      if (!release && !replacing) {
        const until = str(claim, 'creatingUntil');
        if (until !== undefined && until > input.at) {
          // The claimant may still put the release without a condition, over one created here: wait for it
          // (it writes at once, unless it died: then its lease's end lets this call create the release).
          await pause(round);
          continue;
        }
        if (await this.table.putIfAbsent(this.releaseItem(releaseId, input)))
          return { kind: 'created', releaseId };
        continue;
      }
      const held = str(release, 'contentHash');
      if (held === hash) {
        if (!(await this.join(releaseId, input))) continue;
        return {
          kind: intent?.releaseId === releaseId ? 'updated' : 'joined',
          releaseId,
          alerted: isAlerted(release),
        };
      }
      if (replacing && held === replacing) {
        if (await this.updateInPlace(releaseId, input, claim)) continue;
        // Another key shares the release now, or a newer event of its key got there first: the claim is stale,
        // unless the release moved on meanwhile (then look again).
        const again = await this.table.get(keys.release(releaseId));
        if (str(again, 'contentHash') !== replacing) continue;
      }
      // The caller's own request failed already if the claim holds it: then the content starts a release of its own.
      const same = intent?.releaseId === releaseId && intent.replacing === replacing;
      await this.repoint(hash, claim, same ? undefined : intent);
    }
    return { kind: 'conflict' };
  }

  /**
   * Moves a stale claim: to the caller's update request when it has one, else to the content's next generation
   * id. Conditional on the claim being as read, so that racers agree. `generation` counts the ids this content
   * started (-1: none yet), so that an id is never given twice.
   */
  private async repoint(hash: string, claim: Item, intent: UpdateIntent | undefined): Promise<void> {
    const generation = Number(claim.generation?.N ?? '-1');
    const names: Record<string, string> = {};
    const values: Item = { ':current': claim.releaseId ?? { S: '' } };
    let condition = 'releaseId = :current';
    const replacing = str(claim, 'replacing');
    if (replacing) {
      values[':replacing'] = { S: replacing };
      condition += ' AND replacing = :replacing';
    } else {
      condition += ' AND attribute_not_exists(replacing)';
    }
    let expression: string;
    const removes: string[] = [];
    if (intent) {
      names['#location'] = 'location';
      values[':next'] = { S: intent.releaseId };
      values[':replacingNext'] = { S: intent.replacing };
      values[':location'] = { S: intent.location };
      expression = 'SET releaseId = :next, replacing = :replacingNext, #location = :location';
      removes.push('creatingUntil');
      if (intent.sequencer) {
        values[':sequencer'] = { S: intent.sequencer };
        expression += ', sequencer = :sequencer';
      } else {
        removes.push('sequencer');
      }
      expression += ` REMOVE ${removes.join(', ')}`;
    } else {
      names['#location'] = 'location';
      values[':next'] = { S: releaseIdFor(hash, generation + 1) };
      values[':g'] = { N: String(generation + 1) };
      expression =
        'SET releaseId = :next, generation = :g REMOVE replacing, #location, sequencer, creatingUntil';
    }
    await this.table.update(keys.hash(hash), {
      UpdateExpression: expression,
      ConditionExpression: condition,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    });
  }

  /** The item of a new release of the input's content, at its key (holding the input's lease, if any). */
  private releaseItem(releaseId: string, input: StoreReleaseInput): Item {
    const seq = sequencerOf(input.ref);
    const here = location(input.ref.bucket, input.ref.key);
    return newReleaseItem(releaseId, input, seq ? { [keySequencerAttribute(here)]: { S: seq } } : {});
  }

  /** Adds the input's location to the release holding its content; false when the release holds other content. */
  private async join(releaseId: string, input: StoreReleaseInput): Promise<boolean> {
    const here = location(input.ref.bucket, input.ref.key);
    const seq = sequencerOf(input.ref);
    const names: Record<string, string> = {};
    const values: Item = {
      ':h': { S: input.contentHash },
      ':loc': stringSet([here]),
      ':max': { N: String(MAX_LOCATIONS) },
    };
    let condition = 'contentHash = :h AND size(locations) < :max';
    let set = '';
    if (seq) {
      names['#seq'] = keySequencerAttribute(here);
      values[':seq'] = { S: seq };
      condition += ` AND ${notNewerThan('#seq', ':seq')}`;
      set = ' SET #seq = :seq';
    }
    const added = await this.table.update(keys.release(releaseId), {
      UpdateExpression: `ADD locations :loc${set}`,
      ConditionExpression: condition,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    });
    if (added) return true;
    // Full, or a newer event of this key joined already: the content is there, and the object item records the key.
    const current = await this.table.get(keys.release(releaseId));
    return str(current, 'contentHash') === input.contentHash;
  }

  /** The claimed update: the release takes this content while the claim's key is still the only one holding it. */
  private async updateInPlace(releaseId: string, input: StoreReleaseInput, claim: Item): Promise<boolean> {
    const only = str(claim, 'location') ?? '';
    const seq = str(claim, 'sequencer');
    const names: Record<string, string> = { '#status': 'status' };
    const values: Item = {
      ':from': { S: str(claim, 'replacing') ?? '' },
      ':one': { N: '1' },
      ':only': { S: only },
      ':stored': { S: 'stored' },
    };
    const sets = ['#status = :stored'];
    for (const [name, value] of Object.entries(contentAttributes(input))) {
      names[`#${name}`] = name;
      values[`:${name}`] = value;
      sets.push(`#${name} = :${name}`);
    }
    const removes = ['leaseUntil', 'leaseHolder'];
    const year = yearIndex(releaseId, input.release.date);
    if (year) {
      values[':g2pk'] = year.gsi2pk as Item[string];
      values[':g2sk'] = year.gsi2sk as Item[string];
      sets.push('gsi2pk = :g2pk', 'gsi2sk = :g2sk');
    } else {
      removes.push('gsi2pk', 'gsi2sk');
    }
    let condition = 'contentHash = :from AND size(locations) = :one AND contains(locations, :only)';
    if (seq) {
      names['#seq'] = keySequencerAttribute(only);
      values[':seq'] = { S: seq };
      sets.push('#seq = :seq');
      condition += ` AND ${notNewerThan('#seq', ':seq')}`;
    }
    return this.table.update(keys.release(releaseId), {
      UpdateExpression: `SET ${sets.join(', ')} REMOVE ${removes.join(', ')}`,
      ConditionExpression: condition,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    });
  }
}

/** Backoff before the next look at a claim whose release is being written: 20 ms doubling, jittered, capped. */
const pause = (round: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * Math.min(1000, 20 * 2 ** round)));

/**
 * A release read holding its content alerted or history: a lease on that content would answer `alerted`, now
 * or later (only another content sets the status back to `stored`), so nobody need ask for it.
 */
export const isAlerted = (release: Item | undefined): boolean => {
  const status = str(release, 'status');
  return status === 'alerted' || status === 'history';
};
