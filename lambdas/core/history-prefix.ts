/**
 * Keys under this prefix are history: stored and indexed like any release, but never alerted. A backfill of
 * past releases (`aws s3 sync ./archive s3://<bucket>/history/`, or `communique upload --history`) must not
 * email every subscriber once per old release.
 */
export const HISTORY_PREFIX = 'history/';

export const isHistoryKey = (key: string): boolean => key.startsWith(HISTORY_PREFIX);
