import { PutObjectCommand } from '@aws-sdk/client-s3';
import { S3ReleaseSource } from '../../lambdas/adapters/s3-release-source';
import { ObjectNotFoundError } from '../../lambdas/core/ports';
import { startS3rver, type TestS3 } from '../support/s3rver';

let s3: TestS3;
beforeAll(async () => {
  s3 = await startS3rver();
});
afterAll(async () => {
  await s3?.close();
});

test('reads the exact bytes of a key with a space, a plus and non-ASCII letters', async () => {
  const key = 'releases/2025 11/Klakočar + report.txt';
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69, 0x0d, 0x0a, 0xc4, 0x8d, 0xff]);
  await s3.client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: key, Body: bytes }));
  const source = new S3ReleaseSource(s3.client);
  expect(await source.getObject({ bucket: s3.bucket, key, size: bytes.length })).toEqual(bytes);
});

test('a missing object is ObjectNotFoundError (recorded, not retried)', async () => {
  const source = new S3ReleaseSource(s3.client);
  await expect(
    source.getObject({ bucket: s3.bucket, key: 'nothing here.txt', size: 1 }),
  ).rejects.toBeInstanceOf(ObjectNotFoundError);
});

test('a missing bucket is an AWS error, left for the queue to retry', async () => {
  const source = new S3ReleaseSource(s3.client);
  const error = await source
    .getObject({ bucket: 'no-such-bucket', key: 'a.txt', size: 1 })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  expect(error).not.toBeInstanceOf(ObjectNotFoundError);
});
