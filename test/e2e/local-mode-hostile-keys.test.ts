import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { formatProcessedRelease, type ProcessedRelease } from '../../cli/local/release-report';
import { type LocalMode, startLocalMode } from '../../cli/local/start-local-mode';
import { localTarget, type Target } from '../../cli/target';
import { SAMPLE_RELEASE } from '../support/sample-release';
import { eventually, writeCdkJson } from './local-mode-harness';

// Keys that S3 accepts but that broke local mode: on real components (s3rver, dynalite, maildev) on 127.0.0.1,
// ports picked at run time. The per-release lines are those `communique start` prints.
describe('local mode: hostile keys', () => {
  let dataDir: string;
  let mode: LocalMode;
  let target: Target;
  const processed: ProcessedRelease[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'communique-keys-'));
    mode = await startLocalMode({
      dataDir,
      s3Port: 0,
      dynamodbPort: 0,
      smtpPort: 0,
      inboxPort: 0,
      cdkJsonPath: writeCdkJson([]),
      onProcessed: (p) => processed.push(p),
    });
    target = localTarget(mode.state, dataDir);
  });
  afterAll(async () => {
    target?.s3.destroy();
    target?.dynamodb.destroy();
    await mode?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const put = (key: string, body: string) =>
    target.s3.send(new PutObjectCommand({ Bucket: target.bucket, Key: key, Body: body }));
  const processedLine = async (key: string): Promise<string> => {
    await mode.idle();
    const report = await eventually(async () => processed.find((p) => p.key === key), `processing of ${key}`);
    return formatProcessedRelease(report);
  };

  test('a key holding CR/LF prints one line, with the break escaped, not a forged second line', async () => {
    const key = 'inbox/a.txt\r\n✓ forged.txt  "Ministers agree"  SI  1 official  9 emails sent';
    await put(key, SAMPLE_RELEASE);
    const line = await processedLine(key);
    expect(line).not.toMatch(/[\r\n]/);
    expect(line).toMatch(/^✓ inbox\/a\.txt\\u\{d\}\\u\{a\}✓ forged\.txt {2}"Ministers agree"/);
  });

  test('a key segment too long for a file name is refused with an error, and local mode keeps ingesting', async () => {
    await expect(put(`inbox/${'x'.repeat(300)}.txt`, SAMPLE_RELEASE)).rejects.toMatchObject({
      name: 'KeyTooLongError',
    });
    await put('inbox/after.txt', SAMPLE_RELEASE.replace('open', 'reopen'));
    expect(await processedLine('inbox/after.txt')).toMatch(/^✓ inbox\/after\.txt {2}"/);
  });
});
