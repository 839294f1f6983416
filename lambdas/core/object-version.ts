import type { ObjectRef } from './ports';

/**
 * The one version string a failure is recorded under: the object's version id when the bucket is versioned,
 * else its ETag, else the event's sequencer. One failure record per object version, whoever records it (the
 * use case, or local mode for a dead letter).
 */
export function objectVersionOf(ref: Pick<ObjectRef, 'versionId' | 'eTag' | 'sequencer'>): string {
  return ref.versionId || ref.eTag || ref.sequencer || 'unversioned';
}
