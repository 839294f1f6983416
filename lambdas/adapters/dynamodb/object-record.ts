import type { ObjectRef } from '../../core/ports';
import { str } from './attribute-values';
import { type DynamoDbTable, type Item, keyItem } from './dynamodb-table';
import { keys } from './release-keys';
import { sequencerOf } from './stale-event';

/**
 * The object item `OBJ#<bucket>/<key>`: what a key holds (its content hash, sequencer, ETag or version, and
 * the release). A key's first content is recorded before its release is stored, without `releaseId` (a
 * conditional put that tells a new key without a read); its release is then the one its content's claim names,
 * once that release lists the key. Every later write of the item names the release.
 */
export function objectItem(ref: ObjectRef, contentHash: string, releaseId?: string): Item {
  const seq = sequencerOf(ref);
  return {
    ...keyItem(keys.object(ref.bucket, ref.key)),
    ...(releaseId ? { releaseId: { S: releaseId } } : {}),
    contentHash: { S: contentHash },
    ...(seq ? { sequencer: { S: seq } } : {}),
    ...(ref.eTag ? { eTag: { S: ref.eTag } } : {}),
    ...(ref.versionId ? { versionId: { S: ref.versionId } } : {}),
  };
}

/**
 * The release an object item names: its `releaseId`, else (a key's first content) the release its content's
 * claim names. Whether that release holds the key is for the caller to check, against its `locations`.
 */
export async function namedRelease(
  table: DynamoDbTable,
  object: Item | undefined,
): Promise<string | undefined> {
  const named = str(object, 'releaseId');
  if (named) return named;
  const hash = str(object, 'contentHash');
  if (!hash) return undefined;
  return str(await table.get(keys.hash(hash)), 'releaseId');
}
