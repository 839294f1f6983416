import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { LocalServer } from '../../../cli/local/local-server';
import type { S3rverEvent } from '../../../cli/local/s3-event-to-sqs';
import { startS3 } from '../../../cli/local/start-s3';
import { localS3Client } from '../../../cli/target';

// Local mode's S3 (s3rver on a temporary folder, 127.0.0.1, a port picked at run time).

let dir: string;
let server: LocalServer;
let client: S3Client;
const events: S3rverEvent[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'communique-s3-'));
  server = await startS3({ port: 0, directory: dir, bucket: 'releases', onEvent: (e) => events.push(e) });
  client = localS3Client(server.endpoint, 'us-east-1');
});
afterAll(async () => {
  client?.destroy();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const put = (key: string) =>
  client.send(new PutObjectCommand({ Bucket: 'releases', Key: key, Body: 'text' }));

test.each([
  ['a file name', `inbox/${'x'.repeat(240)}.txt`],
  ['a folder name', `${'d'.repeat(300)}/a.txt`],
  ['multi-byte letters', `inbox/${'č'.repeat(125)}.txt`],
])('a key segment too long for %s is answered with KeyTooLongError, and S3 keeps serving', async (_, key) => {
  await expect(put(key)).rejects.toMatchObject({
    name: 'KeyTooLongError',
    $metadata: { httpStatusCode: 400 },
  });
  const before = events.length;
  await put('inbox/after.txt');
  const got = await client.send(new GetObjectCommand({ Bucket: 'releases', Key: 'inbox/after.txt' }));
  expect(await got.Body?.transformToString()).toBe('text');
  expect(events.slice(before).map((e) => e.Records[0]?.s3.object.key)).toEqual(['inbox/after.txt']);
});

test('a segment that fits is stored as before', async () => {
  const key = `inbox/${'y'.repeat(200)}.txt`;
  await put(key);
  const got = await client.send(new GetObjectCommand({ Bucket: 'releases', Key: key }));
  expect(await got.Body?.transformToString()).toBe('text');
});
