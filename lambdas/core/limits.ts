/**
 * Default size limit of one release object: 5 MB. The stack's `maxObjectBytes` (cdk.json) defaults to it, the
 * function and local mode record bigger objects as `too-large` without downloading them, and the parser
 * refuses bigger input unless the caller passes the configured limit.
 */
export const DEFAULT_MAX_OBJECT_BYTES = 5 * 1024 * 1024;
