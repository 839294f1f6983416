import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { S3ReleaseSource } from '../../lambdas/adapters/s3-release-source';
import { DEFAULT_MAX_OBJECT_BYTES } from '../../lambdas/core/limits';
import { createHandler, type HandlerDeps } from '../../lambdas/ingest/handler';
import { startDynalite, type TestDynamo } from '../support/dynalite';
import { dynamoStoreAndArchive } from '../support/dynamo-store';
import { FakePublisher, ManualClock, MemoryLogger, MemoryMetrics } from '../support/fakes';
import { startS3rver, type TestS3 } from '../support/s3rver';
import { SAMPLE_KEY, SAMPLE_RELEASE } from '../support/sample-release';

// The handler on s3rver and dynalite (127.0.0.1, ports picked at run time), with an in-memory publisher.

const KEY = SAMPLE_KEY;
const RELEASE = SAMPLE_RELEASE;

const fixture = (): SQSEvent =>
  JSON.parse(
    readFileSync(path.join(__dirname, '..', 'fixtures', 'events', 's3-put-in-sqs.json'), 'utf8'),
  ) as SQSEvent;

/** An SQS record carrying an S3 event for `key`, encoded as S3 encodes keys. */
function messageFor(messageId: string, bucket: string, key: string, size: number): SQSRecord {
  const template = fixture().Records[0] as SQSRecord;
  const body = JSON.parse(template.body) as {
    Records: Array<{ s3: Record<string, Record<string, unknown>> }>;
  };
  const s3 = body.Records[0]?.s3;
  if (!s3?.bucket || !s3.object) throw new Error('fixture shape');
  s3.bucket.name = bucket;
  s3.object.key = key
    .split('/')
    .map((p) => encodeURIComponent(p).replace(/%20/g, '+'))
    .join('/');
  s3.object.size = size;
  return { ...template, messageId, body: JSON.stringify(body) };
}

let s3: TestS3;
let dynamo: TestDynamo;
beforeAll(async () => {
  [s3, dynamo] = await Promise.all([startS3rver(), startDynalite()]);
  await s3.client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: KEY, Body: RELEASE }));
});
afterAll(async () => {
  await Promise.all([s3?.close(), dynamo?.close()]);
});

async function setup() {
  const store = dynamoStoreAndArchive(dynamo.client, await dynamo.createTable());
  const publisher = new FakePublisher();
  const logger = new MemoryLogger();
  const metrics = new MemoryMetrics();
  let flushes = 0;
  const deps: HandlerDeps = {
    bucket: s3.bucket,
    source: new S3ReleaseSource(s3.client),
    store,
    publisher,
    clock: new ManualClock(),
    logger,
    metrics,
    maxObjectBytes: DEFAULT_MAX_OBJECT_BYTES,
    newId: (() => {
      let n = 0;
      return () => `attempt-${++n}`;
    })(),
    flush: () => {
      flushes++;
    },
  };
  return { handler: createHandler(deps), store, publisher, logger, metrics, flushes: () => flushes };
}

test('the verbatim S3-in-SQS event (space, + and non-ASCII in the key) becomes one release and one alert', async () => {
  const { handler, store, publisher, flushes } = await setup();
  expect(await handler(fixture())).toEqual({ batchItemFailures: [] });
  expect(publisher.published).toHaveLength(1);
  expect(publisher.published[0]?.subject).toContain('Slovenia and Croatia agree on border crossings');
  const [release] = await store.listReleases({});
  expect(release?.locations).toEqual([`s3://releases/${KEY}`]);
  expect(release?.status).toBe('alerted');
  expect(flushes()).toBe(1);
});

test('a batch where one message fails: only that message is reported, the others succeed', async () => {
  const { handler, store, publisher, logger } = await setup();
  await s3.client.send(
    new PutObjectCommand({ Bucket: s3.bucket, Key: 'other/b.txt', Body: RELEASE.replace('open', 'long') }),
  );
  const event: SQSEvent = {
    Records: [
      ...fixture().Records,
      // s3rver cannot open a file name over 255 bytes: an S3 error (500), retried by the queue.
      messageFor('s3-error', s3.bucket, `${'x'.repeat(300)}.txt`, 10),
      { ...(fixture().Records[0] as SQSRecord), messageId: 'not-json', body: '{"Records": [' },
      messageFor('second', s3.bucket, 'other/b.txt', 300),
      // Deleted before it was read: a recorded failure, not retried.
      messageFor('gone', s3.bucket, 'gone.txt', 10),
    ],
  };
  const response = await handler(event);
  expect(response.batchItemFailures.map((f) => f.itemIdentifier).sort()).toEqual(['not-json', 's3-error']);
  expect(publisher.published).toHaveLength(2);
  expect(await store.listReleases({})).toHaveLength(2);
  expect((await store.listFailures()).map((f) => [f.key, f.reason])).toEqual([['gone.txt', 'missing']]);
  expect(
    logger.lines
      .filter((l) => l.level === 'error')
      .map((l) => l.fields.messageId)
      .sort(),
  ).toEqual(['not-json', 's3-error']);
});

test('a record for another bucket is logged and skipped, and the rest of its batch is ingested', async () => {
  const { handler, store, publisher, logger } = await setup();
  // The object exists under the same key in the other bucket too: only the bucket name keeps it out.
  await s3.client.send(new CreateBucketCommand({ Bucket: 'someone-elses' }));
  await s3.client.send(new PutObjectCommand({ Bucket: 'someone-elses', Key: KEY, Body: RELEASE }));
  const response = await handler({
    Records: [messageFor('foreign', 'someone-elses', KEY, RELEASE.length), ...fixture().Records],
  });
  expect(response).toEqual({ batchItemFailures: [] });
  const [release, ...others] = await store.listReleases({});
  expect(others).toEqual([]);
  expect(release?.locations).toEqual([`s3://releases/${KEY}`]);
  expect(publisher.published).toHaveLength(1);
  expect(await store.listFailures()).toEqual([]);
  expect(logger.lines.filter((l) => l.level === 'warn')).toEqual([
    {
      level: 'warn',
      message: 'Ignored an event for another bucket',
      fields: expect.objectContaining({ messageId: 'foreign', bucket: 'someone-elses', key: KEY }),
    },
  ]);
});

test('the S3 test event and zero-byte folder keys succeed without a release', async () => {
  const { handler, store, publisher } = await setup();
  const testEvent = JSON.parse(
    readFileSync(path.join(__dirname, '..', 'fixtures', 'events', 's3-test-event-in-sqs.json'), 'utf8'),
  ) as SQSEvent;
  const folder = messageFor('folder', s3.bucket, 'releases/2025 12/', 0);
  expect(await handler({ Records: [...testEvent.Records, folder] })).toEqual({ batchItemFailures: [] });
  expect(publisher.published).toHaveLength(0);
  expect(await store.listReleases({})).toEqual([]);
  expect(await store.listFailures()).toEqual([]);
});

test('an object over the size limit is recorded from the event size, without a download', async () => {
  const { handler, store } = await setup();
  const big = messageFor('big', s3.bucket, 'not-uploaded.txt', 6 * 1024 * 1024);
  expect(await handler({ Records: [big] })).toEqual({ batchItemFailures: [] });
  // The key was never uploaded: a download would have recorded `missing` instead.
  expect((await store.listFailures()).map((f) => f.reason)).toEqual(['too-large']);
});

test.each([2, 5, 10])('%i handlers racing on one event publish once', async (n) => {
  const { handler, store, publisher } = await setup();
  let pending = Array.from({ length: n }, () => handler(fixture()));
  for (let round = 0; round < 5 && pending.length > 0; round++) {
    const responses = await Promise.all(pending);
    // A loser is told to retry (lease held); SQS redelivers it after the visibility timeout.
    pending = responses.filter((r) => r.batchItemFailures.length > 0).map(() => handler(fixture()));
  }
  expect(pending).toHaveLength(0);
  expect(publisher.published).toHaveLength(1);
  expect(await store.listReleases({})).toHaveLength(1);
});

test('logs carry keys and ids, never an email address', async () => {
  const { handler, logger } = await setup();
  await handler(fixture());
  const text = JSON.stringify(logger.lines);
  expect(text).toContain(KEY);
  expect(text).not.toMatch(/[^\s"@]+@[^\s"@]+\.[a-z]{2,}/i);
});
