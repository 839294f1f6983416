import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { command as reindexCommand } from '../../cli/commands/reindex';
import { runReleases } from '../../cli/commands/releases';
import { localSubscriptionsFile } from '../../cli/local/local-subscriptions';
import type { ProcessedRelease } from '../../cli/local/release-report';
import { type LocalMode, startLocalMode } from '../../cli/local/start-local-mode';
import { localTarget, type Target } from '../../cli/target';
import { DynamoDbReleaseArchive } from '../../lambdas/adapters/dynamodb/dynamodb-release-archive';
import { DynamoDbReleaseStore } from '../../lambdas/adapters/dynamodb/dynamodb-release-store';
import { DynamoDbSubscriberStore } from '../../lambdas/adapters/dynamodb/dynamodb-subscriber-store';
import { FileSubscriptionRegistry } from '../../lambdas/adapters/local/file-subscription-registry';
import { contentHash, releaseIdFor } from '../../lambdas/core/content-hash';
import { parseRelease } from '../../lambdas/core/parse/parse-release';
import { PARSER_VERSION } from '../../lambdas/core/parse/parser-version';
import type { Alert } from '../../lambdas/core/ports';
import type { ParsedRelease } from '../../lambdas/core/release';
import { resolveSubscription } from '../../lambdas/core/subscriptions/resolve-subscription';
import { createIngestHandler } from '../../lambdas/ingest/create-ingest-handler';
import { subscriber } from '../core/delivery/delivery-fixtures';
import { storeAlerted } from '../support/store-inputs';
import { eventually, inbox, writeCdkJson } from './local-mode-harness';

// `communique reindex` on local mode (real dynalite, s3rver, local queue, the ingest handler): a release an older
// parser read takes the current extraction, keeps its id, and nobody is alerted. With --alert-new-matches, the
// subscribers it matches now and did not before get one mail marked as a reindex match, through the real SMTP
// inbox: both the email subscriptions (local mode's SNS topic) and the table's subscribers (the notifier).

const SEED = readFileSync(path.join(__dirname, '..', '..', 'examples', 'kazakhstan-slovenia.txt'));
const KEY = 'inbox/kazakhstan-slovenia.txt';

const TOKAYEV = ['Kassym-Jomart Tokayev'];
/** Email subscriptions (SNS semantics): address, countries, officials. */
const EMAIL_SUBSCRIPTIONS: Array<[string, string[], string[]]> = [
  ['sns-new@example.org', [], TOKAYEV],
  ['sns-slovenia@example.org', ['SI'], []],
  ['sns-both@example.org', ['SI'], TOKAYEV],
];

/** The older reading of a file: its content, with Slovenia and a wrong official only. */
function olderReading(current: ParsedRelease): ParsedRelease {
  return {
    ...current,
    countries: [{ code: 'SI', name: 'Slovenia', mentions: ['Slovenia'] }],
    officials: [
      { id: 'taro-yamada', name: 'Taro Yamada', variants: ['Taro Yamada'], roles: [], country: null },
    ],
  };
}

describe('reindex on local mode', () => {
  let dataDir: string;
  let mode: LocalMode;
  let target: Target;
  const published: Alert[] = [];
  const processed: ProcessedRelease[] = [];
  const previous = process.env.COMMUNIQUE_DATA_DIR;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'communique-reindex-'));
    const registry = new FileSubscriptionRegistry(localSubscriptionsFile(dataDir));
    for (const [email, countries, officials] of EMAIL_SUBSCRIPTIONS)
      await registry.add(resolveSubscription({ email, countries, officials }));
    mode = await startLocalMode({
      dataDir,
      s3Port: 0,
      dynamodbPort: 0,
      smtpPort: 0,
      inboxPort: 0,
      // The table's subscribers are served with the web app (their mails link to it).
      webPort: 0,
      cdkJsonPath: writeCdkJson([]),
      onProcessed: (p) => processed.push(p),
      // The publisher spy: every alert the ingest function publishes, reindex messages included.
      createHandler: (clients) =>
        createIngestHandler({
          ...clients,
          publisher: {
            publish: async (alert) => {
              published.push(alert);
              await clients.publisher.publish(alert);
            },
          },
        }),
    });
    target = localTarget(mode.state, dataDir);
    process.env.COMMUNIQUE_DATA_DIR = dataDir;
  });
  afterAll(async () => {
    if (previous === undefined) delete process.env.COMMUNIQUE_DATA_DIR;
    else process.env.COMMUNIQUE_DATA_DIR = previous;
    target.s3.destroy();
    target.dynamodb.destroy();
    await mode.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function run(args: string[]): Promise<{ code: number; out: string }> {
    const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const code = await reindexCommand.run(args);
      return { code, out: out.mock.calls.map((c) => String(c[0])).join('') };
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  }

  const query = async (q: { country?: string; official?: string }) => {
    const lines: string[] = [];
    const archive = new DynamoDbReleaseArchive(target.dynamodb, target.tableName);
    await runReleases(
      { archive, where: 'local', out: (l) => lines.push(l) },
      { ...q, limit: 20, json: true },
    );
    return (JSON.parse(lines.join('\n')) as Array<{ id: string }>).map((r) => r.id);
  };

  test('an older reading is replaced: new entities, old pointers gone, same id, no alert', async () => {
    // What an older parser made of the file: the same date, title and body (the same id), other entities. Stored
    // through the store as the ingest then did, and already alerted back then.
    const current = parseRelease(SEED, { fileName: 'kazakhstan-slovenia.txt' });
    const older: ParsedRelease = {
      ...current,
      countries: [{ code: 'JP', name: 'Japan', mentions: ['Japan'] }],
      officials: [
        { id: 'taro-yamada', name: 'Taro Yamada', variants: ['Taro Yamada'], roles: [], country: null },
      ],
    };
    const hash = contentHash(older);
    const store = new DynamoDbReleaseStore(target.dynamodb, target.tableName);
    const eTag = createHash('md5').update(SEED).digest('hex');
    const id = await storeAlerted(store, {
      ref: { bucket: target.bucket, key: KEY, size: SEED.length, eTag },
      release: older,
      contentHash: hash,
      newReleaseId: releaseIdFor(hash),
      bodyBytes: SEED.length,
      at: '2025-01-01T00:00:00.000Z',
      parserVersion: 'older',
    });
    // The object itself, as it was uploaded then (its event finds the release alerted: no alert).
    await target.s3.send(new PutObjectCommand({ Bucket: target.bucket, Key: KEY, Body: SEED }));
    await eventually(async () => (processed.some((p) => p.key === KEY) ? true : undefined), 'the upload');
    expect(await query({ country: 'JP' })).toEqual([id]);
    expect(await query({ country: 'SI' })).toEqual([]);

    const dry = await run(['--dry-run']);
    expect(dry.out).toContain('nothing written: 1 would change, 0 unchanged, 0 skipped, 0 failed.');
    expect(await query({ country: 'JP' })).toEqual([id]);

    const first = await run([]);
    expect(first.code).toBe(0);
    expect(first.out).toContain(
      `with parser ${PARSER_VERSION}: 1 changed, 0 unchanged, 0 skipped, 0 failed.`,
    );
    expect(await query({ country: 'SI' })).toEqual([id]);
    expect(await query({ country: 'KZ' })).toEqual([id]);
    expect(await query({ country: 'JP' })).toEqual([]);
    expect(await query({ official: 'Tokayev' })).toEqual([id]);
    const archive = new DynamoDbReleaseArchive(target.dynamodb, target.tableName);
    expect(await archive.listReleases({ official: 'taro-yamada' })).toEqual([]);
    const release = await archive.getRelease(id);
    expect(release).toMatchObject({ id, status: 'alerted', parserVersion: PARSER_VERSION });
    expect(release?.officials.map((o) => o.id)).toEqual(current.officials.map((o) => o.id));
    expect((await archive.listOfficials()).find((o) => o.id === 'taro-yamada')?.releaseCount).toBe(0);

    const again = await run(['--country', 'Slovenia']);
    expect(again.out).toContain('0 changed, 1 unchanged, 0 skipped, 0 failed.');
    expect(published).toEqual([]);
  });
  test('--alert-new-matches: one marked mail to each subscriber whose match is new, none to who matched before', async () => {
    const text = `${SEED.toString('utf8')}\nReference: the second copy.\n`;
    const key = 'inbox/second.txt';
    const current = parseRelease(new TextEncoder().encode(text), { fileName: 'second.txt' });
    const older = olderReading(current);
    const hash = contentHash(older);
    const store = new DynamoDbReleaseStore(target.dynamodb, target.tableName);
    const eTag = createHash('md5').update(text).digest('hex');
    const id = await storeAlerted(store, {
      ref: { bucket: target.bucket, key, size: Buffer.byteLength(text), eTag },
      release: older,
      contentHash: hash,
      newReleaseId: releaseIdFor(hash),
      bodyBytes: Buffer.byteLength(text),
      at: '2025-01-01T00:00:00.000Z',
      parserVersion: 'older',
    });
    await target.s3.send(new PutObjectCommand({ Bucket: target.bucket, Key: key, Body: text }));
    await eventually(async () => (processed.some((p) => p.key === key) ? true : undefined), 'the upload');
    await mode.idle();

    // The table's subscribers, as confirmed sign-ups are: the same terms as the email subscriptions.
    const subscribers = new DynamoDbSubscriberStore(target.dynamodb, target.tableName);
    const term = (emailOf: string) =>
      resolveSubscription({
        email: emailOf,
        countries: EMAIL_SUBSCRIPTIONS.find(([e]) => e === emailOf)?.[1] ?? [],
        officials: EMAIL_SUBSCRIPTIONS.find(([e]) => e === emailOf)?.[2] ?? [],
      }).filterPolicy.interests;
    for (const [email, sns] of [
      ['table-new@example.org', 'sns-new@example.org'],
      ['table-slovenia@example.org', 'sns-slovenia@example.org'],
      ['table-both@example.org', 'sns-both@example.org'],
    ] as const) {
      await subscribers.putSubscriber(
        subscriber(email, { terms: [{ kind: 'official', label: email, interests: [...term(sns)] }] }),
      );
    }
    const before = (await inbox(mode.inboxUrl)).length;

    const run1 = await run(['--alert-new-matches']);
    expect(run1.code).toBe(0);
    expect(run1.out).toContain('1 changed, 1 unchanged, 0 skipped, 0 failed. New matches: 1 release alerted');
    await mode.idle();
    const mails = (await inbox(mode.inboxUrl)).slice(before);
    const to = (address: string) => mails.filter((m) => m.to.some((t) => t.address === address));
    for (const address of ['sns-new@example.org', 'table-new@example.org']) {
      const got = to(address);
      expect([address, got.length]).toEqual([address, 1]);
      expect(got[0]?.subject).toMatch(/^New match: \[KZ, SI\] /);
    }
    // Matched the older reading (Slovenia): no mail, except where SNS cannot tell (a filter policy that lists an
    // old value and a new one fires on the new one: the README says so).
    for (const address of [
      'sns-slovenia@example.org',
      'table-slovenia@example.org',
      'table-both@example.org',
    ])
      expect([address, to(address).length]).toEqual([address, 0]);
    expect(to('sns-both@example.org')).toHaveLength(1);
    expect(mails).toHaveLength(3);
    expect(published.map((a) => [a.kind, a.releaseId])).toEqual([['reindex', id]]);
    expect(published[0]?.interests).not.toContain('country:SI');
    expect((await new DynamoDbReleaseArchive(target.dynamodb, target.tableName).getRelease(id))?.status).toBe(
      'alerted',
    );

    // Again: nothing changed, nobody mailed.
    expect((await run(['--alert-new-matches'])).out).toContain('0 changed, 2 unchanged');
    await mode.idle();
    expect((await inbox(mode.inboxUrl)).length).toBe(before + 3);
  });
});
