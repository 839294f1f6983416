import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { command as reindexCommand } from '../../cli/commands/reindex';
import { runReleases } from '../../cli/commands/releases';
import type { ProcessedRelease } from '../../cli/local/release-report';
import { type LocalMode, startLocalMode } from '../../cli/local/start-local-mode';
import { localTarget, type Target } from '../../cli/target';
import { DynamoDbReleaseArchive } from '../../lambdas/adapters/dynamodb/dynamodb-release-archive';
import { DynamoDbReleaseStore } from '../../lambdas/adapters/dynamodb/dynamodb-release-store';
import { contentHash, releaseIdFor } from '../../lambdas/core/content-hash';
import { parseRelease } from '../../lambdas/core/parse/parse-release';
import { PARSER_VERSION } from '../../lambdas/core/parse/parser-version';
import type { Alert } from '../../lambdas/core/ports';
import type { ParsedRelease } from '../../lambdas/core/release';
import { createIngestHandler } from '../../lambdas/ingest/create-ingest-handler';
import { eventually } from './local-mode-harness';

// `communique reindex` on local mode (real dynalite, s3rver, local queue, the ingest handler): a release an older
// parser read takes the current extraction, keeps its id, and nobody is alerted.

const SEED = readFileSync(path.join(__dirname, '..', '..', 'examples', 'kazakhstan-slovenia.txt'));
const KEY = 'inbox/kazakhstan-slovenia.txt';

describe('reindex on local mode', () => {
  let dataDir: string;
  let mode: LocalMode;
  let target: Target;
  const published: Alert[] = [];
  const processed: ProcessedRelease[] = [];
  const previous = process.env.COMMUNIQUE_DATA_DIR;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'communique-reindex-'));
    mode = await startLocalMode({
      dataDir,
      s3Port: 0,
      dynamodbPort: 0,
      smtpPort: 0,
      inboxPort: 0,
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
    const { releaseId: id } = await store.storeRelease({
      ref: { bucket: target.bucket, key: KEY, size: SEED.length, eTag },
      release: older,
      contentHash: hash,
      newReleaseId: releaseIdFor(hash),
      bodyBytes: SEED.length,
      at: '2025-01-01T00:00:00.000Z',
      parserVersion: 'older',
    });
    const lease = {
      releaseId: id,
      contentHash: hash,
      holder: 'then',
      now: '2025-01-01T00:00:00Z',
      until: '2025-01-01T00:02:00Z',
    };
    await store.acquireAlertLease(lease);
    await store.completeAlert(lease);
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
});
