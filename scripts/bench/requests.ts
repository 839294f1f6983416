import { randomUUID } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { DynamoDbReleaseStore } from '../../lambdas/adapters/dynamodb/dynamodb-release-store';
import { S3ReleaseSource } from '../../lambdas/adapters/s3-release-source';
import { DEFAULT_MAX_OBJECT_BYTES } from '../../lambdas/core/limits';
import { parseRelease } from '../../lambdas/core/parse/parse-release';
import type { Alert } from '../../lambdas/core/ports';
import { createHandler } from '../../lambdas/ingest/handler';
import { sqsEventFor, startBenchComponents } from './handler';
import { type BenchSection, printSections } from './section';

/** Issue 14's target: DynamoDB requests for the whole ingest of a new release with 2 countries and 2 officials. */
const NEW_RELEASE_TARGET = 6;

/** A release of two countries and two officials, written for the bench (no corpus text). */
const TWO_AND_TWO = Buffer.from(
  [
    'date 2025-06-12 mfa.example',
    '',
    'Foreign Minister of Slovenia Tanja Fajon met Foreign Minister of Kazakhstan Murat Nurtleu in Ljubljana',
    '',
    'On 12 June, Minister of Foreign Affairs of Slovenia Tanja Fajon held talks with the Minister of Foreign ' +
      'Affairs of Kazakhstan Murat Nurtleu, who is on an official visit to Ljubljana.',
    '',
    'The ministers reviewed cooperation in transport, energy and education, and agreed to hold the next round ' +
      'of political consultations in Astana in the autumn.',
    '',
  ].join('\n'),
);

/** `GetItem, UpdateItem x2`: the commands in order of first use, repeats counted. */
function summary(commands: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const c of commands) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts.entries()]
    .map(([name, n]) => `${name.replace(/Command$/, '')}${n > 1 ? ` x${n}` : ''}`)
    .join(', ');
}

/**
 * DynamoDB requests of one whole ingest (store, lease, completion) through the real handler and store adapter
 * on dynalite, counted by a spy on the client's `send` as the adapter's tests do: a new release, the same
 * content under another key, the same event again, and a file that fails (empty).
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
    bucket: 'releases',
    source: new S3ReleaseSource(parts.s3),
    store: new DynamoDbReleaseStore(spy, parts.tableName),
    publisher: { publish: async (alert) => void published.push(alert) },
    clock: { now: () => new Date() },
    logger: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    metrics: { count: () => {} },
    maxObjectBytes: DEFAULT_MAX_OBJECT_BYTES,
    newId: randomUUID,
  });
  const parsed = parseRelease(TWO_AND_TWO, { fileName: 'talks.txt' });
  const run = async (key: string, bytes: Buffer, upload = true): Promise<string[]> => {
    if (upload) await parts.s3.send(new PutObjectCommand({ Bucket: 'releases', Key: key, Body: bytes }));
    commands.length = 0;
    const result = await handler(sqsEventFor(key, bytes.length));
    if (result.batchItemFailures.length > 0) throw new Error(`the handler failed on ${key}`);
    return [...commands];
  };
  try {
    const fresh = await run('talks.txt', TWO_AND_TWO);
    const cases: Array<[string, string[]]> = [
      [`new release (${parsed.countries.length} countries, ${parsed.officials.length} officials)`, fresh],
      ['same content under another key', await run('copy/talks.txt', TWO_AND_TWO)],
      ['same event delivered again', await run('talks.txt', TWO_AND_TWO, false)],
      ['failure (an empty file)', await run('empty.txt', Buffer.alloc(0))],
    ];
    const met = fresh.length <= NEW_RELEASE_TARGET;
    return {
      title: 'DynamoDB requests per ingest (real handler and store on dynalite, spy on send)',
      rows: [
        ...cases.map(([label, sent]) => [label, `${sent.length}: ${summary(sent)}`] as const),
        [
          'target',
          `new release <= ${NEW_RELEASE_TARGET}: ${met ? 'met' : `missed by ${fresh.length - NEW_RELEASE_TARGET}`}`,
        ],
        ['alerts published', `${published.length} (the new release only)`],
      ],
    };
  } finally {
    await parts.close();
  }
}

if (require.main === module) benchRequests().then((s) => printSections([s]));
