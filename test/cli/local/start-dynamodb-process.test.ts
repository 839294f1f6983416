import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CreateTableCommand, DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { PortInUseError } from '../../../cli/local/local-server';
import { startDynamoDbProcess } from '../../../cli/local/start-dynamodb-process';
import { createTableInput } from '../../../lambdas/adapters/release-table';
import { childProcesses, eventually, portIsFree } from '../../e2e/local-mode-harness';

// Local mode's DynamoDB: dynalite in a child process, on a LevelDB folder, 127.0.0.1 and a port picked at run time.

const PARENT = path.join(__dirname, 'dynamodb-process-parent.ts');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'communique-dynamodb-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const clientOf = (endpoint: string) =>
  new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });

/** Whether the process runs (a zombie, exited and not yet reaped by whoever adopted it, does not). */
const alive = (pid: number): boolean => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

test('serves DynamoDB from a child process, keeps the data in its folder, and leaves no process when closed', async () => {
  const first = await startDynamoDbProcess({ port: 0, directory: dir });
  expect(childProcesses()).toEqual([expect.stringContaining(String(first.pid))]);
  const client = clientOf(first.endpoint);
  await client.send(new CreateTableCommand(createTableInput('table-t')));
  await client.send(
    new PutItemCommand({ TableName: 'table-t', Item: { pk: { S: 'a' }, sk: { S: 'b' }, v: { S: 'kept' } } }),
  );
  client.destroy();
  await first.close();
  expect(childProcesses()).toEqual([]);
  expect(await portIsFree(first.port)).toBe(true);

  const second = await startDynamoDbProcess({ port: first.port, directory: dir });
  const again = clientOf(second.endpoint);
  try {
    const { Item } = await again.send(
      new GetItemCommand({ TableName: 'table-t', Key: { pk: { S: 'a' }, sk: { S: 'b' } } }),
    );
    expect(Item?.v).toEqual({ S: 'kept' });
  } finally {
    again.destroy();
    await second.close();
  }
});

test('a port in use fails the start with the flag to change it, and leaves no process', async () => {
  const running = await startDynamoDbProcess({ port: 0, directory: null });
  try {
    const start = startDynamoDbProcess({ port: running.port, directory: null });
    await expect(start).rejects.toThrow(PortInUseError);
    await expect(start).rejects.toThrow(/--dynamodb-port/);
    expect(childProcesses()).toHaveLength(1);
  } finally {
    await running.close();
  }
});

describe('when its parent is killed', () => {
  let parent: ChildProcess | undefined;
  afterEach(() => {
    if (parent?.exitCode === null && !parent.signalCode) parent.kill('SIGKILL');
  });

  test.each(['SIGKILL', 'SIGTERM'] as const)(
    'by %s, the DynamoDB process exits and frees its folder',
    async (signal) => {
      parent = spawn(process.execPath, ['--import', 'tsx', PARENT, dir], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      parent.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
      });
      const [pid, port] = (
        await eventually(
          async () => (out.includes('\n') ? out.trim() : undefined),
          'the parent to start it',
          30_000,
        )
      )
        .split(' ')
        .map(Number) as [number, number];
      expect(alive(pid)).toBe(true);
      parent.kill(signal);
      await eventually(async () => (alive(pid) ? undefined : true), `pid ${pid} to exit`, 10_000);
      expect(await portIsFree(port)).toBe(true);
      // The folder is free: a new process opens it at once.
      const next = await startDynamoDbProcess({ port: 0, directory: dir });
      await next.close();
    },
  );
});
