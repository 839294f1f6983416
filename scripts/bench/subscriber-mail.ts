import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { ProcessedRelease } from '../../cli/local/release-report';
import { startLocalMode } from '../../cli/local/start-local-mode';
import { operatorSubscriber } from '../../cli/table-subscribers';
import { localTarget } from '../../cli/target';
import { DynamoDbSubscriberStore } from '../../lambdas/adapters/dynamodb/dynamodb-subscriber-store';
import { resolveSubscription } from '../../lambdas/core/subscriptions/resolve-subscription';
import { type BenchSection, mib, ms, printSections } from './section';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS) || 10_000;
/** Subscribers written to dynalite at once while seeding (not timed). */
const SEED_CONCURRENCY = 16;
const INBOX_POLL_MS = 250;
const TIMEOUT_MS = 30 * 60_000;
const FIXTURE = path.resolve(__dirname, '..', '..', 'examples', 'kazakhstan-slovenia.txt');

export const SUBSCRIBER_MAIL_TITLE = `Subscribers: one release matching ${SUBSCRIBERS.toLocaleString('en')} in local mode`;

interface InboxMail {
  readonly subject: string;
  readonly to: ReadonlyArray<{ readonly address: string }>;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Local mode end to end for the subscriber path (issue 13): 10,000 confirmed immediate subscribers of Slovenia in
 * dynalite, one matching upload, timed until the local SMTP inbox (maildev) holds a mail for each, read through
 * its REST API; duplicates counted per (recipient, release subject).
 */
export async function benchSubscriberMail(): Promise<BenchSection> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'communique-bench-mail-'));
  // No cdk.json subscriptions: the inbox gets the table's subscribers' mails only.
  const cdkJsonPath = path.join(dataDir, 'cdk.json');
  writeFileSync(cdkJsonPath, JSON.stringify({ context: { subscriptions: [] } }));
  const processed: ProcessedRelease[] = [];
  const mode = await startLocalMode({
    dataDir: path.join(dataDir, 'data'),
    cdkJsonPath,
    s3Port: 0,
    dynamodbPort: 0,
    smtpPort: 0,
    inboxPort: 0,
    webPort: 0,
    onProcessed: (p) => processed.push(p),
  });
  const target = localTarget(mode.state, mode.dataDir);
  const store = new DynamoDbSubscriberStore(target.dynamodb, mode.state.tableName);
  try {
    const seedStart = performance.now();
    const now = new Date();
    let next = 0;
    await Promise.all(
      Array.from({ length: SEED_CONCURRENCY }, async () => {
        for (let i = next++; i < SUBSCRIBERS; i = next++) {
          const resolved = resolveSubscription({ email: `reader${i}@example.org`, countries: ['SI'] });
          await store.putSubscriber(
            operatorSubscriber(resolved, { cadence: 'immediate', timeZone: 'UTC', hour: 8 }, now, null),
          );
        }
      }),
    );
    const seedMs = performance.now() - seedStart;

    const mails: InboxMail[] = [];
    const readInbox = async () => {
      const response = await fetch(`${mode.inboxUrl}/email?skip=${mails.length}`);
      mails.push(...((await response.json()) as InboxMail[]));
    };
    const body = Buffer.from(`${readFileSync(FIXTURE, 'utf8')}\nReference bench-${Date.now()}.\n`);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    await target.s3.send(
      new PutObjectCommand({ Bucket: mode.state.bucket, Key: 'bench/subscribers.txt', Body: body }),
    );
    let firstMs = Number.NaN;
    const deadline = Date.now() + TIMEOUT_MS;
    while (mails.length < SUBSCRIBERS) {
      if (Date.now() > deadline)
        throw new Error(`timed out with ${mails.length} of ${SUBSCRIBERS} mails in the inbox`);
      await new Promise((resolve) => setTimeout(resolve, INBOX_POLL_MS));
      await readInbox();
      if (mails.length > 0 && Number.isNaN(firstMs)) firstMs = performance.now() - started;
    }
    const totalMs = performance.now() - started;
    // Whatever else arrives (a duplicate sent late) counts too.
    await mode.idle();
    await readInbox();

    const perPair = new Map<string, number>();
    for (const mail of mails) {
      for (const to of mail.to) {
        const key = `${to.address.toLowerCase()}\n${mail.subject}`;
        perPair.set(key, (perPair.get(key) ?? 0) + 1);
      }
    }
    const duplicates = [...perPair.values()].reduce((sum, n) => sum + n - 1, 0);
    const withHeaders = mails.filter(
      (m) => m.headers['list-unsubscribe'] && m.headers['list-unsubscribe-post'],
    ).length;
    const failed = processed.filter((p) => p.status !== 'delivered').length;
    return {
      title: SUBSCRIBER_MAIL_TITLE,
      rows: [
        [
          'subscribers',
          `${SUBSCRIBERS.toLocaleString('en')} active, immediate, country SI (seeded in ${ms(seedMs)})`,
        ],
        ['upload -> first mail in inbox', ms(firstMs)],
        ['upload -> all mails in inbox', ms(totalMs)],
        ['mails per second', (SUBSCRIBERS / (totalMs / 1000)).toFixed(0)],
        ['mails in inbox', `${mails.length} to ${perPair.size} (recipient, release) pairs`],
        ['duplicates', String(duplicates)],
        ['with List-Unsubscribe(-Post)', String(withHeaders)],
        ['failed deliveries', String(failed)],
        [
          'peak RSS of the local process',
          `${mib(process.resourceUsage().maxRSS * 1024)} (before ${mib(rssBefore)})`,
        ],
      ],
    };
  } finally {
    target.s3.destroy();
    target.dynamodb.destroy();
    await mode.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  benchSubscriberMail().then(
    (section) => printSections([section]),
    (error: unknown) => {
      process.stderr.write(
        `bench subscriber-mail: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
