import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { localSubscriptionsFile } from '../../cli/local/local-subscriptions';
import type { ProcessedRelease } from '../../cli/local/release-report';
import { startLocalMode } from '../../cli/local/start-local-mode';
import { localTarget } from '../../cli/target';
import { FileSubscriptionRegistry } from '../../lambdas/adapters/local/file-subscription-registry';
import { resolveSubscription } from '../../lambdas/core/subscriptions/resolve-subscription';
import { atMost, mib, ms, percentile, printSections } from './section';

const SINGLE_RUNS = 30;
const BULK = 1000;
/** Local mode's bulk run, all stored and alerted (issue 14). */
const BULK_MAX_MS = 15_000;
const FIXTURE = path.resolve(__dirname, '..', '..', 'examples', 'kazakhstan-slovenia.txt');

interface Mail {
  readonly subject: string;
  readonly text: string;
}

/**
 * Local mode end to end, in this process: upload through the S3 SDK -> s3rver event -> queue -> real handler
 * -> dynalite -> SMTP -> maildev, timed until the email is in the inbox (maildev's REST API).
 */
export async function benchE2e(): Promise<{ rows: Array<[string, string]> }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'communique-bench-e2e-'));
  const processed = new Map<string, ProcessedRelease>();
  const mode = await startLocalMode({
    dataDir,
    s3Port: 0,
    dynamodbPort: 0,
    smtpPort: 0,
    inboxPort: 0,
    onProcessed: (p) => processed.set(p.key, p),
  });
  const target = localTarget(mode.state, dataDir);
  const registry = new FileSubscriptionRegistry(localSubscriptionsFile(dataDir));
  await registry.add(resolveSubscription({ email: 'bench@example.com', countries: ['SI'] }));
  const template = readFileSync(FIXTURE, 'utf8');
  // Unique content per release, so that none is a duplicate of another.
  const release = (id: string) => Buffer.from(`${template}\nReference ${id}.\n`);
  const put = (key: string, body: Buffer) =>
    target.s3.send(new PutObjectCommand({ Bucket: target.bucket, Key: key, Body: body }));
  const mailCount = async (): Promise<number> =>
    ((await (await fetch(`${mode.inboxUrl}/email`)).json()) as Mail[]).length;
  const waitForMails = async (count: number, timeoutMs: number): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    while ((await mailCount()) < count) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${count} emails`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };

  try {
    // Warm-up: the first release loads the parser's data and opens the SMTP pool.
    await put('warmup.txt', release('warmup'));
    await waitForMails(1, 30_000);

    const latencies: number[] = [];
    for (let i = 0; i < SINGLE_RUNS; i += 1) {
      const before = await mailCount();
      const started = performance.now();
      await put(`single/${i}.txt`, release(`single-${i}`));
      await waitForMails(before + 1, 30_000);
      latencies.push(performance.now() - started);
    }

    const before = await mailCount();
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    // All at once: the uploads themselves run 32 at a time, as `s3 sync` or a script would.
    const keys = Array.from({ length: BULK }, (_, i) => `bulk/${String(i).padStart(4, '0')} release.txt`);
    let next = 0;
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        for (let key = keys[next++]; key; key = keys[next++]) await put(key, release(key));
      }),
    );
    const uploaded = performance.now() - started;
    await mode.idle();
    await waitForMails(before + BULK, 300_000);
    const total = performance.now() - started;
    const failed = keys.filter((k) => processed.get(k)?.status !== 'delivered').length;

    return {
      rows: [
        [
          `upload -> email, single release (n=${SINGLE_RUNS})`,
          `p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}`,
        ],
        [
          `bulk: ${BULK} releases uploaded at once`,
          `${ms(total)} until all stored and alerted (uploads done at ${ms(uploaded)}); ${atMost(total, BULK_MAX_MS, '<= 15 s', ms)}`,
        ],
        ['bulk throughput', `${(BULK / (total / 1000)).toFixed(0)} releases/s`],
        ['bulk failures', String(failed)],
        [
          'peak RSS of the local process',
          `${mib(process.resourceUsage().maxRSS * 1024)} (RSS before bulk ${mib(rssBefore)})`,
        ],
        ['peak RSS of its server processes (S3, DynamoDB, inbox)', childrenPeakRss()],
      ],
    };
  } finally {
    target.s3.destroy();
    target.dynamodb.destroy();
    await mode.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Peak RSS of local mode's server processes (this process's `*-child.ts` children), from /proc; Linux only. */
function childrenPeakRss(): string {
  try {
    const peaks = readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .flatMap((pid) => {
        try {
          const status = readFileSync(`/proc/${pid}/status`, 'utf8');
          if (status.match(/^PPid:\s+(\d+)/m)?.[1] !== String(process.pid)) return [];
          // Not tsx's esbuild service, also a child of this process.
          if (!/-child\.ts/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))) return [];
          return [Number(status.match(/^VmHWM:\s+(\d+) kB/m)?.[1] ?? 0) * 1024];
        } catch {
          return [];
        }
      });
    return peaks.length > 0 ? peaks.map(mib).join(' + ') : 'none';
  } catch {
    return 'not measured (no /proc)';
  }
}

if (require.main === module) {
  // As in the CLI: the SDK's Node 22 notice says nothing about these figures.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  benchE2e().then(
    (section) => printSections([{ title: 'Local mode end to end', ...section }]),
    (error: unknown) => {
      process.stderr.write(`bench e2e: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
