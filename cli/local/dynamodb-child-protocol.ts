import type { DynamoDbOptions } from './start-dynamodb';

/** What local mode's DynamoDB process is asked to start (its one argument, as JSON). */
export type DynamoDbChildRequest = DynamoDbOptions;

/** What it tells its parent over IPC, once. */
export type DynamoDbChildReport =
  | { readonly type: 'listening'; readonly port: number }
  | {
      readonly type: 'failed';
      readonly reason: 'port-in-use' | 'locked' | 'error';
      readonly message: string;
    };

export function isDynamoDbChildRequest(value: unknown): value is DynamoDbChildRequest {
  if (typeof value !== 'object' || value === null) return false;
  const { port, directory } = value as Record<string, unknown>;
  return typeof port === 'number' && (directory === null || typeof directory === 'string');
}

export function isDynamoDbChildReport(value: unknown): value is DynamoDbChildReport {
  if (typeof value !== 'object' || value === null) return false;
  const { type, port, reason, message } = value as Record<string, unknown>;
  if (type === 'listening') return typeof port === 'number';
  return type === 'failed' && typeof reason === 'string' && typeof message === 'string';
}
