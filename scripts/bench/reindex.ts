import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { command as reindex } from '../../cli/commands/reindex';
import { startLocalMode } from '../../cli/local/start-local-mode';
import { localTarget } from '../../cli/target';
import type { Alert } from '../../lambdas/core/ports';
import { createIngestHandler } from '../../lambdas/ingest/create-ingest-handler';
import type { BenchSection } from './section';
import { ms } from './section';

const RELEASES = 1000;
const FIXTURE = path.resolve(__dirname, '..', '..', 'examples', 'kazakhstan-slovenia.txt');

/**
 * `communique reindex` of a 1,000-release archive in local mode, in this process: the command lists the releases,
 * heads their objects, hands one message each to local mode's queue and waits for every outcome (the handler
 * downloads, parses and rewrites pointers and profiles). Alerts published during the reindex are counted (0).
 */
export async function benchReindex(): Promise<BenchSection> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'communique-bench-reindex-'));
  const published: Alert[] = [];
  let reindexing = false;
  const mode = await startLocalMode({
    dataDir,
    s3Port: 0,
    dynamodbPort: 0,
    smtpPort: 0,
    inboxPort: 0,
    createHandler: (clients) =>
      createIngestHandler({
        ...clients,
        publisher: {
          publish: async (alert) => {
            if (reindexing) published.push(alert);
            await clients.publisher.publish(alert);
          },
        },
      }),
  });
  const target = localTarget(mode.state, dataDir);
  const previous = process.env.COMMUNIQUE_DATA_DIR;
  process.env.COMMUNIQUE_DATA_DIR = dataDir;
  const template = readFileSync(FIXTURE, 'utf8');
  const out = process.stdout.write.bind(process.stdout);
  try {
    const keys = Array.from(
      { length: RELEASES },
      (_, i) => `history/bench/${String(i).padStart(4, '0')}.txt`,
    );
    let next = 0;
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        for (let key = keys[next++]; key; key = keys[next++])
          await target.s3.send(
            new PutObjectCommand({
              Bucket: target.bucket,
              Key: key,
              Body: `${template}\nReference ${key}.\n`,
            }),
          );
      }),
    );
    await mode.idle();
    reindexing = true;
    const lines: string[] = [];
    process.stdout.write = ((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    const started = performance.now();
    const code = await reindex.run(['--timeout', '600']);
    const took = performance.now() - started;
    process.stdout.write = out;
    const summary = lines.find((l) => l.startsWith('Reindexed')) ?? lines.join('').trim();
    return {
      title: `Reindex in local mode (${RELEASES} releases)`,
      rows: [
        ['reindex of the whole archive', `${ms(took)} (${(RELEASES / (took / 1000)).toFixed(0)} releases/s)`],
        ['summary', `${summary.replace(/^Reindexed .*?: /, '').trim()} (exit ${code})`],
        ['alerts published during the reindex', String(published.length)],
      ],
    };
  } finally {
    process.stdout.write = out;
    if (previous === undefined) delete process.env.COMMUNIQUE_DATA_DIR;
    else process.env.COMMUNIQUE_DATA_DIR = previous;
    target.s3.destroy();
    target.dynamodb.destroy();
    await mode.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
