import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type AttributeValue, type DynamoDBClient, paginateScan } from '@aws-sdk/client-dynamodb';

/** The annotated corpus next to the repository, or null when it is not there (tests then use own fixtures). */
export const CORPUS = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus');

export interface InboxMail {
  readonly id: string;
  readonly subject: string;
  readonly text: string;
  readonly to: ReadonlyArray<{ readonly address: string }>;
  readonly from: ReadonlyArray<{ readonly address: string; readonly name: string }>;
}

/** maildev's REST API. */
export async function inbox(url: string): Promise<InboxMail[]> {
  const response = await fetch(`${url}/email`);
  if (!response.ok) throw new Error(`GET /email: ${response.status}`);
  return (await response.json()) as InboxMail[];
}

/** Polls until `check` returns a value (not undefined), or fails after `timeoutMs` with what it last saw. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Every item of the table, plain. */
export async function scanAll(
  dynamodb: DynamoDBClient,
  tableName: string,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  for await (const page of paginateScan({ client: dynamodb }, { TableName: tableName })) {
    for (const item of page.Items ?? []) items.push(unmarshall(item));
  }
  return items;
}

function plain(value: AttributeValue): unknown {
  if (value.S !== undefined) return value.S;
  if (value.N !== undefined) return Number(value.N);
  if (value.BOOL !== undefined) return value.BOOL;
  if (value.NULL !== undefined) return null;
  if (value.SS !== undefined) return value.SS;
  if (value.NS !== undefined) return value.NS.map(Number);
  if (value.L !== undefined) return value.L.map(plain);
  if (value.M !== undefined) return unmarshall(value.M);
  return undefined;
}

function unmarshall(item: Record<string, AttributeValue>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, plain(v)]));
}

/** Whether something listens on this port of 127.0.0.1 (tries to listen there itself). */
export async function portIsFree(port: number): Promise<boolean> {
  const server = net.createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Processes whose parent is this one (leaving out the `ps` that lists them). */
export function childProcesses(): string[] {
  const ps = spawnSync('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return ps.stdout
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith(`${ps.pid} `));
}

/** A temporary cdk.json whose context holds these subscriptions (as a deploy would read them). */
export function writeCdkJson(subscriptions: unknown[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'communique-cdk-'));
  const file = path.join(dir, 'cdk.json');
  writeFileSync(file, JSON.stringify({ app: 'true', context: { subscriptions } }));
  return file;
}
