import type { ObjectRef } from './ports';

/**
 * The body of an ingest-queue message that asks to re-read one stored object with the current parser
 * (`communique reindex`), rather than an S3 event notification. The `type` field tells them apart: S3's bodies
 * have `Records` or `Event`, never `type`. The key is raw (not URL-encoded as S3 events encode it).
 */
export interface ReindexMessage {
  readonly type: typeof REINDEX_MESSAGE_TYPE;
  readonly bucket: string;
  readonly key: string;
  readonly size: number;
  readonly eTag?: string;
  readonly versionId?: string;
  /** Alert the subscribers who match the new extraction and did not match the old one (marked as a reindex). */
  readonly alertNewMatches: boolean;
}

export const REINDEX_MESSAGE_TYPE = 'communique:reindex';

export function reindexMessageBody(ref: Omit<ObjectRef, 'sequencer'>, alertNewMatches: boolean): string {
  const message: ReindexMessage = {
    type: REINDEX_MESSAGE_TYPE,
    bucket: ref.bucket,
    key: ref.key,
    size: ref.size,
    ...(ref.eTag ? { eTag: ref.eTag } : {}),
    ...(ref.versionId ? { versionId: ref.versionId } : {}),
    alertNewMatches,
  };
  return JSON.stringify(message);
}

/** The reindex message a body holds, or null when it is not one (then it may be an S3 event). */
export function parseReindexMessage(body: string): { ref: ObjectRef; alertNewMatches: boolean } | null {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null) return null;
  const m = json as Partial<Record<keyof ReindexMessage, unknown>>;
  if (m.type !== REINDEX_MESSAGE_TYPE || typeof m.bucket !== 'string' || typeof m.key !== 'string')
    return null;
  return {
    ref: {
      bucket: m.bucket,
      key: m.key,
      size: typeof m.size === 'number' ? m.size : 0,
      ...(typeof m.eTag === 'string' && m.eTag !== '' ? { eTag: m.eTag } : {}),
      ...(typeof m.versionId === 'string' && m.versionId !== '' ? { versionId: m.versionId } : {}),
    },
    alertNewMatches: m.alertNewMatches === true,
  };
}
