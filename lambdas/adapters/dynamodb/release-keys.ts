import { createHash } from 'node:crypto';

/** The primary key of one item. */
export interface TableKey {
  readonly pk: string;
  readonly sk: string;
}

/**
 * Keys of the single-table design (the README's "Table design" lists the items and the access patterns they
 * serve). Every key is a string; prefixes keep item kinds apart in one table.
 */
export const keys = {
  release: (id: string) => ({ pk: `REL#${id}`, sk: 'REL' }),
  hash: (hash: string) => ({ pk: `HASH#${hash}`, sk: 'HASH' }),
  object: (bucket: string, key: string) => ({ pk: `OBJ#${bucket}/${key}`, sk: 'OBJ' }),
  country: (code: string, date: string | null, id: string) => ({
    pk: `COUNTRY#${code.toUpperCase()}`,
    sk: `${date ?? UNDATED}#${id}`,
  }),
  officialRelease: (officialId: string, date: string | null, id: string) => ({
    pk: `OFFICIAL#${officialId}`,
    sk: `${date ?? UNDATED}#${id}`,
  }),
  officialProfile: (officialId: string) => ({ pk: `OFFICIAL#${officialId}`, sk: 'PROFILE' }),
  officialMerge: (officialId: string) => ({ pk: `MERGE#${officialId}`, sk: 'MERGE' }),
  failure: (bucket: string, key: string, objectVersion: string) => ({
    pk: `FAIL#${bucket}/${key}`,
    sk: objectVersion,
  }),
} as const;

/** Sort-key date of undated releases: sorts before every real date, outside every `--since` range. */
export const UNDATED = '0000-00-00';

/** Index partitions. */
export const RECENT = 'RECENT';
export const FAILURES = 'FAILURES';
export const OFFICIALS = 'OFFICIALS';
export const MERGES = 'MERGES';
export const yearPartition = (date: string) => `YEAR#${date.slice(0, 4)}`;

/** `s3://bucket/key`, the form locations are stored in. */
export const location = (bucket: string, key: string) => `s3://${bucket}/${key}`;

/**
 * Name of the release attribute holding the latest sequencer applied from one location (`s3://bucket/key`). Per
 * key, because S3 orders events of one key only; hashed, because attribute names must stay short whatever the key.
 */
export const keySequencerAttribute = (location: string) =>
  `seq_${createHash('sha256').update(location).digest('hex').slice(0, 16)}`;
