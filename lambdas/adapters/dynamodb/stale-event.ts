import type { ObjectRef } from '../../core/ports';
import { comparableSequencer } from '../../core/s3-event';

/**
 * The stale-event rule, in one place: S3's `sequencer` orders the events of one key (and only of one key), so
 * an event whose sequencer is lower than one already applied to its key is older and must change nothing.
 * Sequencers are compared as fixed-width upper-case strings (`comparableSequencer`), which DynamoDB compares the
 * same way in a condition.
 */
export const sequencerOf = (ref: ObjectRef): string | undefined =>
  ref.sequencer ? comparableSequencer(ref.sequencer) : undefined;

/** True when `applied` (what the table recorded for the key) is newer than `incoming`. */
export const isStaleEvent = (applied: string | undefined, incoming: string | undefined): boolean =>
  applied !== undefined && incoming !== undefined && applied > incoming;

/** The same rule as a condition on attribute `#name` against the value `:value`. */
export const notNewerThan = (name: string, value: string): string =>
  `(attribute_not_exists(${name}) OR ${name} <= ${value})`;
