import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { type LocalMode, startLocalMode } from '../../cli/local/start-local-mode';
import { localTarget, type Target } from '../../cli/target';
import { DynamoDbReleaseStore } from '../../lambdas/adapters/dynamodb-release-store';
import { eventually, writeCdkJson } from './local-mode-harness';

// A handler that always fails (as when DynamoDB is down): after its last attempt the message is parked in the
// dead-letter folder AND listed by `communique failures`, so nothing dropped into local mode goes unseen.
describe('local mode: a message that fails every attempt', () => {
  let dataDir: string;
  let mode: LocalMode;
  let target: Target;
  let calls = 0;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'communique-dlq-'));
    mode = await startLocalMode({
      dataDir,
      s3Port: 0,
      dynamodbPort: 0,
      smtpPort: 0,
      inboxPort: 0,
      cdkJsonPath: writeCdkJson([]),
      createHandler: () => async () => {
        calls++;
        throw new Error('DynamoDB is unavailable');
      },
      queue: { maxAttempts: 3, backoffMs: () => 5 },
    });
    target = localTarget(mode.state, dataDir);
  });

  afterAll(async () => {
    target?.s3.destroy();
    target?.dynamodb.destroy();
    await mode?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('is tried maxAttempts times, parked, and recorded as retries-exhausted', async () => {
    await target.s3.send(
      new PutObjectCommand({ Bucket: target.bucket, Key: 'inbox/doomed.txt', Body: 'A title' }),
    );
    await mode.idle();
    expect(calls).toBe(3);
    const letters = path.join(dataDir, 'dead-letter');
    expect(existsSync(letters) && readdirSync(letters)).toHaveLength(1);
    const archive = new DynamoDbReleaseStore(target.dynamodb, target.tableName);
    const failures = await eventually(async () => {
      const listed = await archive.listFailures();
      return listed.length > 0 ? listed : undefined;
    }, 'the recorded failure');
    expect(failures).toEqual([
      expect.objectContaining({ key: 'inbox/doomed.txt', reason: 'retries-exhausted' }),
    ]);
    expect(failures[0]?.message).toContain('DynamoDB is unavailable');
  });
});
