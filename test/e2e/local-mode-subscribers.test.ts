import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { ProcessedRelease } from '../../cli/local/release-report';
import { type LocalMode, startLocalMode } from '../../cli/local/start-local-mode';
import { localTarget, type Target } from '../../cli/target';
import { DynamoDbSubscriberStore } from '../../lambdas/adapters/dynamodb/dynamodb-subscriber-store';
import { subscriberIdFor } from '../../lambdas/core/delivery/subscriber-id';
import { eventually, writeCdkJson } from './local-mode-harness';

// Issue 13's "done when", over HTTP against local mode: sign-up, confirmation by POST, a matching upload, the
// mail in the inbox with both parts, the why block and both List-Unsubscribe headers; a GET of every link
// changes nothing; the one-click POST unsubscribes; the next matching upload mails nobody.

const SEED = readFileSync(path.join(__dirname, '..', '..', 'examples', 'kazakhstan-slovenia.txt'), 'utf8');
const READER = 'reader-13@example.org';
const DAILY = 'daily-13@example.org';

interface Mail {
  readonly id: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly headers: Record<string, string>;
  readonly to: ReadonlyArray<{ readonly address: string }>;
}

jest.setTimeout(120_000);

describe('subscribers in local mode, over HTTP', () => {
  let dataDir: string;
  let mode: LocalMode;
  let target: Target;
  let web: string;
  let store: DynamoDbSubscriberStore;
  const processed: ProcessedRelease[] = [];

  const mails = async (to: string): Promise<Mail[]> => {
    const response = await fetch(`${mode.inboxUrl}/email`);
    const all = (await response.json()) as Mail[];
    return all.filter((m) => m.to.some((t) => t.address === to));
  };
  const header = (mail: Mail, name: string) =>
    Object.entries(mail.headers).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
  const status = async (email: string) => (await store.getSubscriber(subscriberIdFor(email)))?.status;
  const upload = async (key: string, body: string) => {
    const before = processed.length;
    await target.s3.send(new PutObjectCommand({ Bucket: target.bucket, Key: key, Body: body }));
    await eventually(async () => (processed.length > before ? true : undefined), `processing of ${key}`);
    await mode.idle();
  };
  const form = (fields: Record<string, string>) =>
    fetch(`${web}${fields.path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(Object.entries(fields).filter(([k]) => k !== 'path')).toString(),
    });
  const linksOf = (mail: Mail): string[] => [
    ...new Set([
      ...[...mail.text.matchAll(/https?:\/\/[^\s"<>]+/g)].map((m) => m[0]),
      ...[...mail.html.matchAll(/href="([^"]+)"/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&')),
    ]),
  ];
  const confirmLink = async (email: string) => {
    const mail = await eventually(
      async () => (await mails(email)).find((m) => /Confirm/.test(m.subject)),
      'the confirmation',
    );
    return linksOf(mail).find((l) => l.includes('/confirm?')) as string;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'communique-subscribers-'));
    mode = await startLocalMode({
      dataDir,
      s3Port: 0,
      dynamodbPort: 0,
      smtpPort: 0,
      inboxPort: 0,
      webPort: 0,
      cdkJsonPath: writeCdkJson([]),
      onProcessed: (p) => processed.push(p),
    });
    target = localTarget(mode.state, dataDir);
    web = mode.webUrl as string;
    store = new DynamoDbSubscriberStore(target.dynamodb, target.tableName);
  });
  afterAll(async () => {
    target?.s3.destroy();
    target?.dynamodb.destroy();
    await mode?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('signs up, confirms by POST, mails why, and a one-click POST unsubscribes', async () => {
    const page = await fetch(`${web}/subscribe`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('name="email"');

    const bad = await form({
      path: '/subscribe',
      email: READER,
      countries: 'Atlantis',
      cadence: 'immediate',
    });
    expect(bad.status).toBe(400);
    expect(await status(READER)).toBeUndefined();

    const signUp = await form({
      path: '/subscribe',
      email: READER,
      countries: 'Slovenia',
      cadence: 'immediate',
      tz: 'Europe/Ljubljana',
    });
    expect(signUp.status).toBe(200);
    expect(await status(READER)).toBe('pending');

    // A scanner's GET of the confirmation link shows a button and confirms nothing.
    const link = await confirmLink(READER);
    const shown = await fetch(link);
    expect(shown.status).toBe(200);
    expect(await shown.text()).toContain('<button type="submit">Confirm</button>');
    expect(await status(READER)).toBe('pending');
    const token = new URL(link).searchParams.get('token') as string;
    expect((await form({ path: '/confirm', token: 'forged.token' })).status).toBe(400);
    expect((await form({ path: '/confirm', token })).status).toBe(200);
    expect(await status(READER)).toBe('active');

    await upload('kz-si.txt', SEED);
    const alert = await eventually(
      async () => (await mails(READER)).find((m) => !/Confirm/.test(m.subject)),
      'the alert',
    );
    expect(alert.text).toContain('Why you got this');
    expect(alert.text).toMatch(/You follow Slovenia( \(written "[^"]+"\))?: "[^"]*Sloven[^"]*"/);
    expect(alert.html).toContain('<h2>Why you got this</h2>');
    const unsubscribeUrl = /^<(.+)>$/.exec(header(alert, 'List-Unsubscribe') ?? '')?.[1] as string;
    expect(unsubscribeUrl).toMatch(new RegExp(`^${web}/unsubscribe\\?token=`));
    expect(header(alert, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');

    // What a link scanner does: GET every link of every mail. Nothing changes.
    // (Links off 127.0.0.1, the alert's S3 console link, are not followed: tests stay on this machine.)
    const links = [...new Set([...(await mails(READER)).flatMap(linksOf), unsubscribeUrl])].filter((l) =>
      l.startsWith(web),
    );
    expect(links.filter((l) => /\/(confirm|manage|unsubscribe)\?/.test(l))).toHaveLength(3);
    for (const l of links) expect((await fetch(l)).status).toBeLessThan(500);
    expect(await status(READER)).toBe('active');

    const oneClick = await fetch(unsubscribeUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect(await status(READER)).toBe('unsubscribed');
    // The old links are revoked: the manage page no longer opens.
    const manage = links.find((l) => l.includes('/manage?')) as string;
    expect((await fetch(manage)).status).toBe(400);

    const before = (await mails(READER)).length;
    await upload('kz-si-again.txt', `${SEED}\n\nA later paragraph about Slovenia.`);
    expect(processed.at(-1)?.status).toBe('delivered');
    expect(await mails(READER)).toHaveLength(before);
  });

  it('sends a daily subscriber one digest at its hour, none for an empty day', async () => {
    await form({
      path: '/subscribe',
      email: DAILY,
      countries: 'Kazakhstan',
      cadence: 'daily',
      tz: 'Asia/Almaty',
      hour: '9',
    });
    await form({
      path: '/confirm',
      token: new URL(await confirmLink(DAILY)).searchParams.get('token') as string,
    });
    expect(await status(DAILY)).toBe('active');
    await upload('kz-daily.txt', `${SEED}\n\nKazakhstan, once more.`);
    const inbox = async () => (await mails(DAILY)).filter((m) => /digest/.test(m.subject));
    expect(await inbox()).toHaveLength(0);

    // Tomorrow 09:00 in Almaty (UTC+5) is 04:00Z: one digest; a second run sends nothing.
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000);
    const nine = new Date(
      Date.UTC(tomorrow.getUTCFullYear(), tomorrow.getUTCMonth(), tomorrow.getUTCDate(), 4, 0, 30),
    );
    expect(await mode.digest(nine)).toMatchObject({ due: 1, sent: 1 });
    expect(await mode.digest(nine)).toMatchObject({ due: 0, sent: 0 });
    const [digest] = await eventually(
      async () => ((await inbox()).length > 0 ? inbox() : undefined),
      'the digest',
    );
    expect(digest?.text).toContain('== Kazakhstan ==');
    expect(header(digest as Mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');

    // The day after: nothing matched, nothing sent.
    const next = new Date(nine.getTime() + 24 * 60 * 60 * 1000);
    expect(await mode.digest(next)).toMatchObject({ due: 1, sent: 0, empty: 1 });
    expect(await inbox()).toHaveLength(1);
  });
});
