import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { PortInUseError } from '../../../cli/local/local-server';
import type { S3rverEvent } from '../../../cli/local/s3-event-to-sqs';
import { startS3Process } from '../../../cli/local/start-s3-process';
import { localS3Client } from '../../../cli/target';
import { childProcesses, eventually, portIsFree } from '../../e2e/local-mode-harness';

// Local mode's S3: s3rver in a child process, on a temporary folder, 127.0.0.1 and a port picked at run time.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'communique-s3-process-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('serves S3 from a child process, tells each object event, and leaves no process when closed', async () => {
  const events: S3rverEvent[] = [];
  const s3 = await startS3Process({
    port: 0,
    directory: dir,
    bucket: 'releases',
    onEvent: (e) => events.push(e),
  });
  const client = localS3Client(s3.endpoint, 'us-east-1');
  try {
    expect(childProcesses()).toEqual([expect.stringContaining(String(s3.pid))]);
    await client.send(new PutObjectCommand({ Bucket: 'releases', Key: 'a b/ü.txt', Body: 'text' }));
    const event = await eventually(async () => events[0], 'the object event');
    expect(event.Records[0]?.eventName).toBe('ObjectCreated:Put');
    expect(event.Records[0]?.s3.object.key).toBe('a b/ü.txt');
    const object = await client.send(new GetObjectCommand({ Bucket: 'releases', Key: 'a b/ü.txt' }));
    expect(await object.Body?.transformToString()).toBe('text');
    // The key check runs in the child too: a segment too long for a file name is refused, the process stays up.
    await expect(
      client.send(new PutObjectCommand({ Bucket: 'releases', Key: 'x'.repeat(300), Body: 'text' })),
    ).rejects.toThrow(/shorter segments/);
    expect(s3.pid).toBeDefined();
  } finally {
    client.destroy();
    await s3.close();
  }
  expect(childProcesses()).toEqual([]);
  expect(await portIsFree(s3.port)).toBe(true);
});

test('a port in use fails the start with the flag to change it', async () => {
  const running = await startS3Process({
    port: 0,
    directory: dir,
    bucket: 'releases',
    onEvent: () => undefined,
  });
  try {
    const start = startS3Process({
      port: running.port,
      directory: dir,
      bucket: 'releases',
      onEvent: () => undefined,
    });
    await expect(start).rejects.toThrow(PortInUseError);
    await expect(start).rejects.toThrow(/--s3-port/);
  } finally {
    await running.close();
  }
  expect(childProcesses()).toEqual([]);
});
