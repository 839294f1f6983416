import type { S3rverEvent } from './s3-event-to-sqs';

/** What a server process of local mode tells its parent over IPC. */
export type ServerChildReport =
  /** Once, when it listens; the inbox's web port as `webPort`. */
  | { readonly type: 'listening'; readonly port: number; readonly webPort?: number }
  /** Once, instead, when it cannot start; it exits then. `port` says which one is taken. */
  | {
      readonly type: 'failed';
      readonly reason: 'port-in-use' | 'locked' | 'error';
      readonly message: string;
      readonly port?: { readonly what: string; readonly port: number; readonly flag: string };
    }
  /** S3's process: an object event, after the object is stored. */
  | { readonly type: 's3-event'; readonly event: S3rverEvent };

export function isServerChildReport(value: unknown): value is ServerChildReport {
  if (typeof value !== 'object' || value === null) return false;
  const { type, port, reason, message, event } = value as Record<string, unknown>;
  if (type === 'listening') return typeof port === 'number';
  if (type === 's3-event') return typeof event === 'object' && event !== null;
  return type === 'failed' && typeof reason === 'string' && typeof message === 'string';
}
