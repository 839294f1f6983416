import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { runFailures } from '../../cli/commands/failures';
import { runRedrive } from '../../cli/commands/redrive';
import { deadLettersAsFailures } from '../../cli/local/dead-letters';
import { type LocalMode, startLocalMode } from '../../cli/local/start-local-mode';
import { localTarget, type Target } from '../../cli/target';
import { DynamoDbReleaseArchive } from '../../lambdas/adapters/dynamodb/dynamodb-release-archive';
import { createIngestHandler } from '../../lambdas/ingest/create-ingest-handler';
import { eventually, writeCdkJson } from './local-mode-harness';

// A handler that fails (as when DynamoDB is down): after its last attempt the message is parked in the
// dead-letter folder with its cause, listed by `communique failures` (even though the table could not have
// recorded it), and `communique redrive` sends it through again once the cause is gone.
describe('local mode: a message that fails every attempt', () => {
  let dataDir: string;
  let mode: LocalMode;
  let target: Target;
  let broken = true;
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
      createHandler: (clients) => {
        const real = createIngestHandler(clients);
        return async (event) => {
          calls++;
          if (broken) throw new Error('DynamoDB is unavailable');
          return real(event);
        };
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

  test('is tried maxAttempts times, parked with its cause, listed by failures, and redriven', async () => {
    await target.s3.send(
      new PutObjectCommand({ Bucket: target.bucket, Key: 'inbox/doomed.txt', Body: 'A title\n\nA body.' }),
    );
    await mode.idle();
    expect(calls).toBe(3);
    const letters = path.join(dataDir, 'dead-letter');
    expect(existsSync(letters) && readdirSync(letters)).toHaveLength(1);

    const archive = new DynamoDbReleaseArchive(target.dynamodb, target.tableName);
    const lines: string[] = [];
    const list = () =>
      runFailures(
        {
          archive,
          where: 'local mode',
          out: (l) => lines.push(l),
          deadLetters: () => deadLettersAsFailures(dataDir),
        },
        { json: true, limit: 50 },
      );
    await list();
    const failures = JSON.parse(lines.pop() ?? '[]');
    expect(failures).toEqual([
      expect.objectContaining({ key: 'inbox/doomed.txt', reason: 'retries-exhausted' }),
    ]);
    expect(failures[0].message).toContain('DynamoDB is unavailable');
    expect(await archive.listFailures()).toEqual([]);

    broken = false;
    const out: string[] = [];
    runRedrive(dataDir, (l) => out.push(l));
    expect(out).toEqual(['Sent 1 message back to the ingest queue.']);
    await eventually(
      async () => ((await archive.listReleases({})).length === 1 ? true : undefined),
      'the release',
    );
    await mode.idle();
    expect(readdirSync(letters)).toEqual([]);
    await list();
    expect(JSON.parse(lines.pop() ?? '')).toEqual([]);
    runRedrive(dataDir, (l) => out.push(l));
    expect(out.at(-1)).toBe('No dead letters to redrive.');
  });
});
