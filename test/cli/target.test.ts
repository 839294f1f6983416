import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UsageError } from '../../cli/command';
import {
  type LocalState,
  readLocalState,
  removeLocalState,
  writeLocalState,
} from '../../cli/local/local-state';
import { resolveTarget } from '../../cli/target';

const state = (pid: number): LocalState => ({
  version: 1,
  pid,
  startedAt: new Date(0).toISOString(),
  region: 'us-east-1',
  s3Endpoint: 'http://127.0.0.1:4566',
  dynamodbEndpoint: 'http://127.0.0.1:8000',
  bucket: 'releases',
  tableName: 'communique-releases',
  smtpPort: 1025,
  inboxUrl: 'http://127.0.0.1:1080',
});

// A pid that cannot be running: above the kernel's pid_max.
const DEAD_PID = 2 ** 22 + 1;

describe('resolveTarget', () => {
  let dataDir: string;
  const previous = process.env.COMMUNIQUE_DATA_DIR;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'communique-target-'));
    process.env.COMMUNIQUE_DATA_DIR = dataDir;
  });
  afterEach(() => {
    if (previous === undefined) delete process.env.COMMUNIQUE_DATA_DIR;
    else process.env.COMMUNIQUE_DATA_DIR = previous;
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('without local mode and without --stack, says what to do', async () => {
    await expect(resolveTarget({})).rejects.toThrow(UsageError);
    await expect(resolveTarget({})).rejects.toThrow(/npm start.*--stack/);
  });

  test('a state file left by a process that is gone is ignored', async () => {
    writeLocalState(dataDir, state(DEAD_PID));
    expect(readLocalState(dataDir)).toBeNull();
    await expect(resolveTarget({})).rejects.toThrow(/not running/);
  });

  test('a corrupt state file is ignored', async () => {
    writeFileSync(path.join(dataDir, 'local.json'), '{"version":1,');
    await expect(resolveTarget({})).rejects.toThrow(/not running/);
  });

  test('finds a running local mode and builds clients for its endpoints', async () => {
    writeLocalState(dataDir, state(process.pid));
    const target = await resolveTarget({});
    try {
      expect(target).toEqual(
        expect.objectContaining({
          kind: 'local',
          bucket: 'releases',
          tableName: 'communique-releases',
          topicArn: null,
          sns: null,
          stateDir: dataDir,
        }),
      );
      expect(target.description).toContain('http://127.0.0.1:4566');
      const endpoint = await target.s3.config.endpoint?.();
      expect(endpoint?.port).toBe(4566);
      expect(await target.s3.config.credentials()).toEqual(
        expect.objectContaining({ accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }),
      );
    } finally {
      target.s3.destroy();
      target.dynamodb.destroy();
    }
  });

  test('an empty --stack is a usage error, before any AWS call', async () => {
    await expect(resolveTarget({ stack: ' ' })).rejects.toThrow(UsageError);
  });

  test('removeLocalState leaves another process its state file', () => {
    writeLocalState(dataDir, state(process.pid));
    removeLocalState(dataDir, process.pid + 1);
    expect(readLocalState(dataDir)?.pid).toBe(process.pid);
    removeLocalState(dataDir);
    expect(readLocalState(dataDir)).toBeNull();
  });
});
