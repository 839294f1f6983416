import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { DynamoDbReleaseStore } from '../../lambdas/adapters/dynamodb/dynamodb-release-store';
import { S3ReleaseSource } from '../../lambdas/adapters/s3-release-source';
import { DEFAULT_MAX_OBJECT_BYTES } from '../../lambdas/core/limits';
import { parseRelease } from '../../lambdas/core/parse/parse-release';
import type { Alert } from '../../lambdas/core/ports';
import { createHandler } from '../../lambdas/ingest/handler';
import { sqsEventFor, startBenchComponents } from './handler';
import { atMost, type BenchSection, printSections } from './section';

const FIXTURE = path.join(__dirname, 'fixtures', 'two-countries-two-officials.txt');
/** DynamoDB requests for a new release with 2 countries and 2 officials (issue 14). */
const NEW_RELEASE_MAX_REQUESTS = 6;

/** "GetItem, TransactWriteItems x2": the commands in order of first use, repeats counted. */
function summary(commands: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const c of commands) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts.entries()]
    .map(([name, n]) => `${name.replace(/Command$/, '')}${n > 1 ? ` x${n}` : ''}`)
    .join(', ');
}

/**
 * DynamoDB requests per release through the real handler and store adapter on dynalite, counted by a spy on
 * the client's `send` (as the adapter's tests do): a new release, the same content under another key, the same
 * event delivered again, and a file that fails (empty).
 */
export async function benchRequests(): Promise<BenchSection> {
  const parts = await startBenchComponents();
  const commands: string[] = [];
  const spy = {
    send: (command: { constructor: { name: string } }) => {
      commands.push(command.constructor.name);
      return parts.dynamodb.send(command as never);
    },
  } as unknown as DynamoDBClient;
  const published: Alert[] = [];
  const handler = createHandler({
    bucket: parts.bucket,
    source: new S3ReleaseSource(parts.s3),
    store: new DynamoDbReleaseStore(spy, parts.tableName),
    publisher: { publish: async (alert) => void published.push(alert) },
    clock: { now: () => new Date() },
    logger: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    metrics: { count: () => {} },
    maxObjectBytes: DEFAULT_MAX_OBJECT_BYTES,
    newId: randomUUID,
  });
  const body = readFileSync(FIXTURE);
  const parsed = parseRelease(body, { fileName: path.basename(FIXTURE) });
  const count = async (key: string, bytes: Buffer, upload = true): Promise<string[]> => {
    if (upload) await parts.s3.send(new PutObjectCommand({ Bucket: parts.bucket, Key: key, Body: bytes }));
    commands.length = 0;
    const result = await handler(sqsEventFor(key, bytes.length));
    if (result.batchItemFailures.length > 0) throw new Error(`the handler failed on ${key}`);
    return [...commands];
  };
  try {
    const cases = [
      [
        `new release (${parsed.countries.length} countries, ${parsed.officials.length} officials)`,
        await count('new.txt', body),
      ],
      ['same content under another key', await count('copy.txt', body)],
      ['same event delivered again', await count('new.txt', body, false)],
      ['failure (an empty file)', await count('empty.txt', Buffer.alloc(0))],
    ] as const;
    const fresh = cases[0][1].length;
    return {
      title: 'DynamoDB requests per release (real handler and store on dynalite, spy on send)',
      rows: [
        ...cases.map(([label, sent]) => [label, `${sent.length}: ${summary(sent)}`] as const),
        ['new release', atMost(fresh, NEW_RELEASE_MAX_REQUESTS, '<= 6', (n) => `${n}`)],
        ['alerts published', `${published.length} (the new release only)`],
      ],
    };
  } finally {
    await parts.close();
  }
}

if (require.main === module) benchRequests().then((s) => printSections([s]));
