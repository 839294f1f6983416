import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { localSubscriptionsFile } from '../../cli/local/local-subscriptions';
import type { ProcessedRelease } from '../../cli/local/release-report';
import { type LocalMode, startLocalMode } from '../../cli/local/start-local-mode';
import { localTarget, type Target } from '../../cli/target';
import { DynamoDbReleaseArchive } from '../../lambdas/adapters/dynamodb/dynamodb-release-archive';
import { FileSubscriptionRegistry } from '../../lambdas/adapters/local/file-subscription-registry';
import { resolveSubscription } from '../../lambdas/core/subscriptions/resolve-subscription';
import {
  CORPUS,
  childProcesses,
  eventually,
  type InboxMail,
  inbox,
  portIsFree,
  writeCdkJson,
} from './local-mode-harness';

// The seed release (Kazakhstan and Slovenia) and a JSON release about Japan: from the corpus when it is there,
// else small releases of our own with the same countries.
const useCorpus = existsSync(path.join(CORPUS, 'releases', '000.txt'));
// The seed release ships with the project as its example (the same bytes as the corpus's 000.txt).
const SEED = path.join(__dirname, '..', '..', 'examples', 'kazakhstan-slovenia.txt');
const JAPAN = useCorpus
  ? path.join(CORPUS, 'releases', '025.json')
  : path.join(__dirname, 'fixtures', 'japan-forum.json');
// A key with a space, a `+` and a non-ASCII letter: S3 sends it encoded, the handler must decode it.
const SEED_KEY = 'inbox/2025 11/Klakočar+Abibullayev.txt';
const JAPAN_KEY = 'japan-forum.json';

describe('local mode end to end', () => {
  let dataDir: string;
  let mode: LocalMode;
  let target: Target;
  let archive: DynamoDbReleaseArchive;
  const processed: ProcessedRelease[] = [];
  let ports: number[] = [];

  const put = (key: string, body: Uint8Array | string) =>
    target.s3.send(new PutObjectCommand({ Bucket: target.bucket, Key: key, Body: body }));
  const mailsTo = (mails: InboxMail[], address: string) =>
    mails.filter((m) => m.to.some((to) => to.address === address));
  const reportOf = (key: string) => processed.filter((p) => p.key === key).at(-1);
  /** Uploads, then waits until local mode has processed the object. */
  const upload = async (key: string, body: Uint8Array | string) => {
    const before = processed.filter((p) => p.key === key).length;
    await put(key, body);
    await mode.idle();
    return eventually(async () => processed.filter((p) => p.key === key)[before], `processing of ${key}`);
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'communique-e2e-'));
    mode = await startLocalMode({
      dataDir,
      s3Port: 0,
      dynamodbPort: 0,
      smtpPort: 0,
      inboxPort: 0,
      cdkJsonPath: writeCdkJson([{ email: 'deploy-si@example.com', countries: ['SI'] }]),
      onProcessed: (p) => processed.push(p),
    });
    target = localTarget(mode.state, dataDir);
    archive = new DynamoDbReleaseArchive(target.dynamodb, target.tableName);
    ports = [mode.state.s3Endpoint, mode.state.dynamodbEndpoint, mode.inboxUrl]
      .map((url) => Number(new URL(url).port))
      .concat(mode.smtpPort);
    // Added the way `communique subscribe` adds them in local mode: the subscriptions file of the data folder.
    const registry = new FileSubscriptionRegistry(localSubscriptionsFile(dataDir));
    await registry.add(resolveSubscription({ email: 'si@example.com', countries: ['SI'] }));
    await registry.add(resolveSubscription({ email: 'jp@example.com', countries: ['Japan'] }));
  });

  afterAll(async () => {
    target?.s3.destroy();
    target?.dynamodb.destroy();
    await mode?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('starts on the ports it reports, and tells other commands where it is', () => {
    expect(new Set(ports).size).toBe(4);
    const state = JSON.parse(readFileSync(path.join(dataDir, 'local.json'), 'utf8'));
    expect(state).toEqual(expect.objectContaining({ pid: process.pid, s3Endpoint: mode.state.s3Endpoint }));
  });

  test('an upload through the S3 SDK is stored and mailed to the matching subscribers only', async () => {
    const seed = await upload(SEED_KEY, readFileSync(SEED));
    const japan = await upload(JAPAN_KEY, readFileSync(JAPAN));
    expect(seed).toEqual(expect.objectContaining({ status: 'delivered' }));
    expect(japan).toEqual(expect.objectContaining({ status: 'delivered' }));

    const releases = await archive.listReleases({ limit: 100 });
    const at = (key: string) => releases.find((r) => r.locations.includes(`s3://${target.bucket}/${key}`));
    expect(at(SEED_KEY)).toEqual(expect.objectContaining({ status: 'alerted' }));
    expect(at(SEED_KEY)?.countries.map((c) => c.code)).toEqual(expect.arrayContaining(['KZ', 'SI']));
    expect(at(JAPAN_KEY)?.countries.map((c) => c.code)).toContain('JP');
    expect(at(JAPAN_KEY)?.format).toBe('json');
    expect(await archive.listReleases({ country: 'SI' })).toEqual([
      expect.objectContaining({ id: at(SEED_KEY)?.id }),
    ]);

    // SI subscribers (from the CLI and from cdk.json) get the seed release; the JP one gets the Japan release.
    const mails = await eventually(async () => {
      const all = await inbox(mode.inboxUrl);
      return all.length >= 3 ? all : undefined;
    }, 'three alert emails');
    expect(mailsTo(mails, 'si@example.com')).toHaveLength(1);
    expect(mailsTo(mails, 'deploy-si@example.com')).toHaveLength(1);
    expect(mailsTo(mails, 'jp@example.com')).toHaveLength(1);
    expect(mails).toHaveLength(3);
    for (const mail of mails) {
      expect(mail.to).toHaveLength(1);
      expect(mail.from[0]).toEqual({ address: 'alerts@communique.local', name: 'communique' });
    }
    const si = mailsTo(mails, 'si@example.com')[0] as InboxMail;
    expect(si.subject).toMatch(/SI/);
    expect(si.subject.length).toBeLessThan(100);
    expect(si.text).toContain(SEED_KEY);
    expect(si.text).toContain('unsubscribe --email si@example.com');
    expect((mailsTo(mails, 'jp@example.com')[0] as InboxMail).subject).toMatch(/JP/);
    expect(reportOf(SEED_KEY)?.alerts[0]?.recipients).toBe(2);
  });

  test('the same file uploaded again sends no new email', async () => {
    const before = (await inbox(mode.inboxUrl)).length;
    const again = await upload(SEED_KEY, readFileSync(SEED));
    expect(again).toEqual(expect.objectContaining({ status: 'delivered', alerts: [] }));
    expect(again.events).toContain('DuplicateSkipped');
    // A later alert reaching the inbox shows the earlier processing has settled. Its content differs from the
    // seed's (same content under another key is a duplicate too).
    await upload('sentinel.txt', `${readFileSync(SEED, 'utf8')}\n\nSentinel.\n`);
    const after = await eventually(async () => {
      const all = await inbox(mode.inboxUrl);
      return all.length >= before + 2 ? all : undefined;
    }, 'the sentinel emails');
    expect(after).toHaveLength(before + 2);
    expect(mailsTo(after, 'si@example.com')).toHaveLength(2);
    expect(mailsTo(after, 'jp@example.com')).toHaveLength(1);
  });

  test('a binary file and an empty file are recorded as failures, without an email or a crash', async () => {
    const binary = Uint8Array.from({ length: 2048 }, (_, i) => (i * 37) % 256);
    const bin = await upload('scan.pdf', binary);
    const empty = await upload('empty.txt', new Uint8Array());
    for (const outcome of [bin, empty]) {
      expect(outcome).toEqual(expect.objectContaining({ status: 'delivered', alerts: [] }));
    }
    const failures = await archive.listFailures();
    expect(failures.find((f) => f.key === 'scan.pdf')?.reason).toBe('binary');
    expect(failures.find((f) => f.key === 'empty.txt')?.reason).toBe('empty');
    expect(bin.failure).toBe('binary');
    // Still running: the next release goes through.
    expect(await upload('after-failures.txt', readFileSync(SEED))).toEqual(
      expect.objectContaining({ status: 'delivered' }),
    );
  });

  test('stop() frees every port, leaves no child process and removes the state file', async () => {
    target.s3.destroy();
    target.dynamodb.destroy();
    await mode.stop();
    for (const port of ports) expect(await portIsFree(port)).toBe(true);
    expect(childProcesses()).toEqual([]);
    expect(existsSync(path.join(dataDir, 'local.json'))).toBe(false);
    expect(existsSync(path.join(dataDir, 'queue'))).toBe(true);
  });
});
