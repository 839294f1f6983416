import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';

interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
// s3rver ships no type declarations.
const S3rver = require('s3rver') as new (options: Record<string, unknown>) => S3rverInstance;

/** s3rver on a temporary folder, on 127.0.0.1 and a port picked at run time. */
export interface TestS3 {
  readonly client: S3Client;
  readonly bucket: string;
  close(): Promise<void>;
}

export async function startS3rver(bucket = 'releases'): Promise<TestS3> {
  const directory = await mkdtemp(path.join(tmpdir(), 'communique-s3rver-'));
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  const client = new S3Client({
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    // s3rver accepts only these credentials.
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    forcePathStyle: true,
    // Without it the SDK streams uploads with aws-chunked framing, which s3rver stores verbatim.
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  return {
    client,
    bucket,
    async close() {
      client.destroy();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
