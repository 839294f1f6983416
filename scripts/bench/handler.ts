import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { SQSEvent } from 'aws-lambda';
import { S3RVER_CREDENTIALS } from '../../cli/local/s3-credentials';
import { startDynamoDb } from '../../cli/local/start-dynamodb';
import { startS3 } from '../../cli/local/start-s3';
import { DynamoDbReleaseStore } from '../../lambdas/adapters/dynamodb/dynamodb-release-store';
import { createTableInput } from '../../lambdas/adapters/release-table';
import { S3ReleaseSource } from '../../lambdas/adapters/s3-release-source';
import { DEFAULT_MAX_OBJECT_BYTES } from '../../lambdas/core/limits';
import type { Alert, ReleaseSource, ReleaseStore } from '../../lambdas/core/ports';
import { createHandler } from '../../lambdas/ingest/handler';
import { type BenchSection, ms, percentile, printSections } from './section';

const ROOT = path.resolve(__dirname, '..', '..');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus', 'releases');
const BUCKET = 'releases';

/** Release texts to run: the corpus when present, else the bundled example. */
export function benchReleases(): Array<{ name: string; bytes: Buffer }> {
  if (existsSync(CORPUS)) {
    return readdirSync(CORPUS)
      .sort()
      .map((name) => ({ name, bytes: readFileSync(path.join(CORPUS, name)) }));
  }
  const name = 'kazakhstan-slovenia.txt';
  return [{ name, bytes: readFileSync(path.join(ROOT, 'examples', name)) }];
}

/** The release with one more paragraph, in its own format, so that its content (and identity) is new. */
export function withExtraParagraph(name: string, bytes: Buffer, text: string): Buffer {
  const source = bytes.toString('utf8');
  if (name.endsWith('.json')) {
    const release = JSON.parse(source) as { body?: string };
    return Buffer.from(JSON.stringify({ ...release, body: `${release.body ?? ''}\n\n${text}` }));
  }
  if (name.endsWith('.html'))
    return Buffer.from(source.replace(/<\/(article|body)>/i, `<p>${text}</p></$1>`));
  return Buffer.from(`${source.trimEnd()}\n\n${text}\n`);
}

/** An SQS message holding an S3 event for one object, as S3 would send it (key URL-encoded). */
export function sqsEventFor(key: string, size: number): SQSEvent {
  const encoded = key
    .split('/')
    .map((part) => encodeURIComponent(part).replace(/%20/g, '+'))
    .join('/');
  const body = JSON.stringify({
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'us-east-1',
        eventTime: new Date().toISOString(),
        eventName: 'ObjectCreated:Put',
        s3: { bucket: { name: BUCKET, arn: `arn:aws:s3:::${BUCKET}` }, object: { key: encoded, size } },
      },
    ],
  });
  return {
    Records: [
      {
        messageId: randomUUID(),
        receiptHandle: 'bench',
        body,
        attributes: {
          ApproximateReceiveCount: '1',
          SentTimestamp: String(Date.now()),
          SenderId: 'bench',
          ApproximateFirstReceiveTimestamp: String(Date.now()),
        },
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:bench',
        awsRegion: 'us-east-1',
      },
    ],
  };
}

/** Wraps every method of an object so that the time spent in it adds up under `phase`. */
function timed<T extends object>(target: T, phase: string, totals: Map<string, number>): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const start = performance.now();
        try {
          return await value.apply(object, args);
        } finally {
          totals.set(phase, (totals.get(phase) ?? 0) + performance.now() - start);
        }
      };
    },
  });
}

/** Local S3 and DynamoDB with the release table, for benchmarks. */
export async function startBenchComponents() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'communique-bench-'));
  const s3Server = await startS3({ port: 0, directory: dir, bucket: BUCKET, onEvent: () => {} });
  const dynamoServer = await startDynamoDb({ port: 0, directory: null });
  const s3 = new S3Client({
    endpoint: s3Server.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: S3RVER_CREDENTIALS,
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  const dynamodb = new DynamoDBClient({
    endpoint: dynamoServer.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
  });
  const tableName = 'bench-releases';
  await dynamodb.send(new CreateTableCommand(createTableInput(tableName)));
  await new Promise((resolve) => setTimeout(resolve, 100)); // dynalite turns the table ACTIVE on a timer
  return {
    s3,
    dynamodb,
    tableName,
    bucket: BUCKET,
    s3Endpoint: s3Server.endpoint,
    dynamodbEndpoint: dynamoServer.endpoint,
    async close() {
      s3.destroy();
      dynamodb.destroy();
      await s3Server.close();
      await dynamoServer.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function benchHandler(): Promise<Omit<BenchSection, 'title'>> {
  const parts = await startBenchComponents();
  const totals = new Map<string, number>();
  const published: Alert[] = [];
  const publisher = timed(
    { publish: async (alert: Alert) => void published.push(alert) },
    'publish (recorded)',
    totals,
  );
  const handler = createHandler({
    bucket: BUCKET,
    source: timed<ReleaseSource>(new S3ReleaseSource(parts.s3), 'S3 read', totals),
    store: timed<ReleaseStore>(new DynamoDbReleaseStore(parts.dynamodb, parts.tableName), 'DynamoDB', totals),
    publisher,
    clock: { now: () => new Date() },
    logger: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    metrics: { count: () => {} },
    maxObjectBytes: DEFAULT_MAX_OBJECT_BYTES,
    newId: randomUUID,
  });
  try {
    const releases = benchReleases();
    const rounds = Math.max(3, Math.ceil(150 / releases.length));
    const perRelease: number[] = [];
    let n = 0;
    for (let round = 0; round < rounds; round++) {
      for (const release of releases) {
        // Unique content per round, so every run stores and alerts instead of skipping a duplicate.
        const bytes = withExtraParagraph(release.name, release.bytes, `Bench round ${round}.`);
        const key = `bench/${round}/${release.name}`;
        await parts.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: bytes }));
        const start = performance.now();
        const result = await handler(sqsEventFor(key, bytes.length));
        if (result.batchItemFailures.length > 0) throw new Error(`handler failed on ${key}`);
        if (round > 0) perRelease.push(performance.now() - start); // round 0 warms the JIT and connections
        n++;
      }
      if (round === 0) totals.clear();
    }
    const measured = perRelease.length;
    const total = perRelease.reduce((a, b) => a + b, 0);
    const phases = [...totals.entries()].map(([phase, t]) => [phase, t / measured] as const);
    const outside = total / measured - phases.reduce((a, [, t]) => a + t, 0);
    return {
      rows: [
        [
          'releases through the handler',
          `${n} (${releases.length} distinct, ${rounds} rounds, first round not counted)`,
        ],
        ['p50 per release', ms(percentile(perRelease, 50))],
        ['p99 per release', ms(percentile(perRelease, 99))],
        ...phases.map(([phase, t]) => [`  ${phase}, mean`, ms(t)] as const),
        ['  parse + alert + handler, mean', ms(outside)],
        ['alerts published', String(published.length)],
      ],
    };
  } finally {
    await parts.close();
  }
}

if (require.main === module) {
  benchHandler().then((s) => printSections([{ title: 'Warm handler per release', ...s }]));
}
