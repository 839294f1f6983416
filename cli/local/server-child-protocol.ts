import type { S3rverEvent } from './s3-event-to-sqs';

/** What a server process of local mode tells its parent over IPC. */
export type ServerChildReport =
  /** Once, when it listens. */
  | { readonly type: 'listening'; readonly port: number }
  /** Once, instead, when it cannot start; it exits then. */
  | { readonly type: 'failed'; readonly reason: 'port-in-use' | 'locked' | 'error'; readonly message: string }
  /** S3's process: an object event, after the object is stored. */
  | { readonly type: 's3-event'; readonly event: S3rverEvent };

export function isServerChildReport(value: unknown): value is ServerChildReport {
  if (typeof value !== 'object' || value === null) return false;
  const { type, port, reason, message, event } = value as Record<string, unknown>;
  if (type === 'listening') return typeof port === 'number';
  if (type === 's3-event') return typeof event === 'object' && event !== null;
  return type === 'failed' && typeof reason === 'string' && typeof message === 'string';
}
