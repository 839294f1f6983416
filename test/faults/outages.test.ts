import { rmSync } from 'node:fs';
import path from 'node:path';
import { runFailures } from '../../cli/commands/failures';
import { runRedrive } from '../../cli/commands/redrive';
import { deadLettersAsFailures } from '../../cli/local/dead-letters';
import { findFreePort } from '../../cli/local/local-server';
import { type LocalMode, startLocalMode } from '../../cli/local/start-local-mode';
import { localTarget, type Target } from '../../cli/target';
import { DynamoDbReleaseArchive } from '../../lambdas/adapters/dynamodb/dynamodb-release-archive';
import type { IngestFailure } from '../../lambdas/core/ports';
import { eventually, writeCdkJson } from '../e2e/local-mode-harness';
import { type ProxyMode, startFaultProxy } from '../support/fault-proxy';
import {
  countFor,
  filesIn,
  mailsBySubject,
  newDataDir,
  OTHER,
  put,
  releaseText,
  SUBSCRIBER,
} from './fault-world';

// DynamoDB, S3 and SMTP each unavailable for a while, between the ingest handler and the server, through a TCP
// proxy: every upload made meanwhile is parked with its cause and listed by `failures`; once the service is
// back, `redrive` sends them through, and every release is stored and alerted exactly once. Assertions are on
// outcomes only: how long an outage lasts against the retry window decides nothing here, since the test waits
// until local mode is idle (every message delivered or parked) before it looks.

type Service = 'dynamodb' | 's3' | 'smtp';
const proxies = {} as Record<Service, Awaited<ReturnType<typeof startFaultProxy>>>;
let dataDir: string;
let mode: LocalMode;
let target: Target;
let archive: DynamoDbReleaseArchive;

beforeAll(async () => {
  dataDir = await newDataDir('communique-outages-');
  const ports = { s3: await findFreePort(), dynamodb: await findFreePort(), smtp: await findFreePort() };
  proxies.s3 = await startFaultProxy(ports.s3);
  proxies.dynamodb = await startFaultProxy(ports.dynamodb);
  proxies.smtp = await startFaultProxy(ports.smtp);
  mode = await startLocalMode({
    dataDir,
    s3Port: ports.s3,
    dynamodbPort: ports.dynamodb,
    smtpPort: ports.smtp,
    inboxPort: 0,
    cdkJsonPath: writeCdkJson([]),
    reachVia: { s3Port: proxies.s3.port, dynamodbPort: proxies.dynamodb.port, smtpPort: proxies.smtp.port },
    // Short waits between attempts keep the test quick; the rules (lease inside the retry window) still hold.
    queue: { backoffMs: () => 20 },
  });
  target = localTarget(mode.state, dataDir);
  archive = new DynamoDbReleaseArchive(target.dynamodb, target.tableName);
});

afterAll(async () => {
  target?.s3.destroy();
  target?.dynamodb.destroy();
  await mode?.stop();
  await Promise.all(Object.values(proxies).map((p) => p.close()));
  rmSync(dataDir, { recursive: true, force: true });
});

async function listedFailures(): Promise<IngestFailure[]> {
  const lines: string[] = [];
  await runFailures(
    {
      archive,
      where: 'local mode',
      out: (l) => lines.push(l),
      deadLetters: () => deadLettersAsFailures(dataDir),
    },
    { json: true, limit: 500 },
  );
  return JSON.parse(lines[0] ?? '[]') as IngestFailure[];
}

describe.each<[Service, ProxyMode, RegExp]>([
  ['dynamodb', 'refuse', /ECONNREFUSED|connect/i],
  ['s3', 'reset', /ECONNRESET|socket hang up|reset/i],
  ['smtp', 'reset', /recipients not reached/],
  ['smtp', 'silent', /recipients not reached/],
])('%s %s', (service, fault, cause) => {
  test('uploads meanwhile are parked with their cause, listed, and after the outage redriven: nothing lost', async () => {
    const tag = `${service}-${fault}`;
    // A silent server costs every attempt its SMTP timeouts: fewer uploads than local mode's 4 at a time.
    const titles = Array.from({ length: fault === 'silent' ? 3 : 6 }, (_, i) => `Outage ${tag} release ${i}`);
    await proxies[service].set(fault);
    await Promise.all(titles.map((t, i) => put(target.s3, target.bucket, `${tag}/${i}.txt`, releaseText(t))));
    await eventually(async () => (mode.pending() === 0 ? true : undefined), 'the first attempts', 120_000);
    await mode.idle();

    const parked = (await listedFailures()).filter((f) => f.key.startsWith(`${tag}/`));
    expect(parked.map((f) => f.key).sort()).toEqual(titles.map((_, i) => `${tag}/${i}.txt`));
    for (const f of parked) {
      expect(f.reason).toBe('retries-exhausted');
      expect(f.message).toMatch(cause);
      expect(f.message).not.toContain('@');
    }
    expect(countFor(await mailsBySubject(mode.inboxUrl, SUBSCRIBER), tag)).toBe(0);

    await proxies[service].set('pass');
    const out: string[] = [];
    runRedrive(dataDir, (l) => out.push(l));
    expect(out[0]).toMatch(/^Sent \d+ messages? back/);
    await eventually(
      async () => (filesIn(path.join(dataDir, 'redrive')).length === 0 ? true : undefined),
      'redrive',
    );
    await mode.idle();

    const stored = (await archive.listReleases({ limit: 500 })).filter((r) =>
      r.title.startsWith(`Outage ${tag}`),
    );
    expect(stored.map((r) => r.title).sort()).toEqual([...titles].sort());
    expect(stored.every((r) => r.status === 'alerted')).toBe(true);
    const mails = await mailsBySubject(mode.inboxUrl, SUBSCRIBER);
    for (const title of titles) expect(countFor(mails, title)).toBe(1);
    expect(countFor(await mailsBySubject(mode.inboxUrl, OTHER), tag)).toBe(0);
    expect((await listedFailures()).filter((f) => f.key.startsWith(`${tag}/`))).toEqual([]);
    expect(filesIn(path.join(dataDir, 'dead-letter'))).toEqual([]);
  }, 180_000);
});

describe('shared releases in local mode', () => {
  test('X under A and B, Y under A, X under C, racing Y under D and X under E: both kept, each alerted once', async () => {
    const x = releaseText('Shared X');
    const y = releaseText('Shared Y');
    const key = (k: string) => `shared/${k}.txt`;
    await put(target.s3, target.bucket, key('A'), x);
    await mode.idle();
    await put(target.s3, target.bucket, key('B'), x);
    await mode.idle();
    await put(target.s3, target.bucket, key('A'), y);
    await mode.idle();
    await Promise.all([
      put(target.s3, target.bucket, key('C'), x),
      put(target.s3, target.bucket, key('D'), y),
      put(target.s3, target.bucket, key('E'), x),
    ]);
    await eventually(async () => (mode.pending() === 0 ? true : undefined), 'ingest', 60_000);
    await mode.idle();
    const stored = (await archive.listReleases({ limit: 500 })).filter((r) => r.title.startsWith('Shared'));
    const at = (title: string) =>
      stored
        .filter((r) => r.title === title)
        .flatMap((r) => r.locations)
        .sort();
    const loc = (k: string) => `s3://${target.bucket}/${key(k)}`;
    expect(at('Shared X')).toEqual([loc('B'), loc('C'), loc('E')]);
    expect(at('Shared Y')).toEqual([loc('A'), loc('D')]);
    expect(stored.filter((r) => r.title === 'Shared X' && r.locations.length > 0)).toHaveLength(1);
    const mails = await mailsBySubject(mode.inboxUrl, SUBSCRIBER);
    expect(countFor(mails, 'Shared X')).toBe(1);
    expect(countFor(mails, 'Shared Y')).toBe(1);
    expect(await listedFailures()).toEqual([]);
  }, 120_000);
});
