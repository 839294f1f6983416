import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { type LocalMode, startLocalMode } from '../../cli/local/start-local-mode';
import { localTarget, type Target } from '../../cli/target';
import { DynamoDbReleaseArchive } from '../../lambdas/adapters/dynamodb/dynamodb-release-archive';
import { officialId } from '../../lambdas/core/identity/official-identity';
import { feedparserPython, parseFeed } from '../support/feedparser';
import { eventually, writeCdkJson } from './local-mode-harness';

// The id of the seed release's President, as the parser gives it.
const TOKAYEV = officialId('Kassym-Jomart Tokayev');

// Pages are evaluated from strings: the project's TypeScript has no DOM library.
// Debian's Chromium (apt-get install -y chromium), driven through executablePath: Playwright's own browser
// download cannot be used here. CHROMIUM_PATH names another binary.
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p): p is string => Boolean(p && existsSync(p)),
);
if (!CHROMIUM) {
  process.stderr.write(
    'Browser tests skipped: no Chromium at /usr/bin/chromium (apt-get install -y chromium; .ci/run installs it) and CHROMIUM_PATH unset.\n',
  );
}
const describeInBrowser = CHROMIUM ? describe : describe.skip;

const SEED = path.join(__dirname, '..', '..', 'examples', 'kazakhstan-slovenia.txt');
const SHOTS = path.join(__dirname, '..', '..', 'test-artifacts', 'web');
const SUBSCRIBER = 'watcher-7f3a@example.org';
// An upload whose title, body, link and key carry script, handlers, a javascript: link and CRLF.
const HOSTILE_KEY = 'x/"><img src=x onerror=window.__pwned=1>.json';
const HOSTILE = JSON.stringify({
  date: '2025-11-30',
  title: 'Slovenia <script>window.__pwned=1</script> "><img src=x onerror="window.__pwned=1">',
  source: '"><img src=//evil.example/x onerror=window.__pwned=1>',
  url: 'javascript:window.__pwned=1',
  body: [
    'Minister of Foreign Affairs of Slovenia Tanja Fajon said <script>window.__pwned=1</script> today.',
    'A link: <a href="javascript:window.__pwned=1">click</a> and <img src="https://evil.example/p.png">.',
    'Line one\r\nSet-Cookie: pwned=1\r\n\r\n<iframe src="https://evil.example/"></iframe>',
  ],
});

jest.setTimeout(180_000);

describeInBrowser('the web app in Chromium, on local mode', () => {
  let dataDir: string;
  let mode: LocalMode;
  let target: Target;
  let browser: Browser;
  let web: string;
  let seedId: string;
  let hostileId: string;
  const offOrigin: string[] = [];
  const dialogs: string[] = [];
  const seen: string[] = [];

  const put = (key: string, body: Uint8Array | string) =>
    target.s3.send(new PutObjectCommand({ Bucket: target.bucket, Key: key, Body: body }));

  /** A context that lets requests to the app through and counts (and blocks) every other request. */
  async function context(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
    const ctx = await browser.newContext(options);
    await ctx.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin === web) return route.continue();
      offOrigin.push(url);
      return route.abort();
    });
    ctx.on('page', (p) => p.on('dialog', (d) => dialogs.push(d.message())));
    return ctx;
  }
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  const pwned = (page: Page) => page.evaluate('window.__pwned ?? null');
  const keep = async (page: Page) => seen.push(await page.content());

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'communique-web-'));
    mode = await startLocalMode({
      dataDir,
      s3Port: 0,
      dynamodbPort: 0,
      smtpPort: 0,
      inboxPort: 0,
      webPort: 0,
      cdkJsonPath: writeCdkJson([{ email: SUBSCRIBER, countries: ['SI'] }]),
    });
    web = mode.webUrl as string;
    target = localTarget(mode.state, dataDir);
    await put('inbox/kazakhstan-slovenia.txt', readFileSync(SEED));
    await put(HOSTILE_KEY, HOSTILE);
    await mode.idle();
    const archive = new DynamoDbReleaseArchive(target.dynamodb, target.tableName);
    const releases = await eventually(async () => {
      const list = await archive.listReleases({});
      return list.length === 2 ? list : undefined;
    }, 'both releases in the archive');
    seedId = releases.find((r) => r.title.startsWith('Ambassador'))?.id as string;
    hostileId = releases.find((r) => r.title.startsWith('Slovenia'))?.id as string;
    browser = await chromium.launch({
      executablePath: CHROMIUM as string,
      // Root (CI) cannot use Chromium's sandbox; the pages are our own, on 127.0.0.1.
      args: ['--no-sandbox'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    target?.s3.destroy();
    target?.dynamodb.destroy();
    await mode?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('home, search, a release with its mentions highlighted, an official, a feed', async () => {
    const ctx = await context({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    await page.goto(`${web}/`);
    expect(await page.locator('main h1').textContent()).toBe('Latest releases');
    expect(await page.locator(`a[href="/releases/${seedId}"]`).count()).toBe(1);
    await shot(page, 'desktop-home');
    await keep(page);

    // Keyboard first: the skip link is the first stop, and it leads to the main landmark.
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Skip to content');

    // A word of the fourth paragraph only (not the title, lead or a name): the search text the writer stored on
    // the item in dynalite finds it, without the body being read from S3.
    await page.getByLabel('Words (title, text, names)').fill('Healthcare');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\?q=Healthcare/);
    expect(await page.locator('ol.releases > li').count()).toBe(1);
    expect(await page.locator(`ol.releases a[href="/releases/${seedId}"]`).count()).toBe(1);
    expect(await page.locator('[role="status"]').textContent()).not.toContain(
      'before their text was indexed',
    );
    await shot(page, 'desktop-search');
    await keep(page);

    await page.locator(`a[href="/releases/${seedId}"]`).click();
    await page.waitForURL(`${web}/releases/${seedId}`);
    const marked = async (entity: string) =>
      page.locator(`mark[data-entities~="${entity}"]`).allTextContents();
    expect((await marked(`official:${TOKAYEV}`)).join(' ')).toContain('Tokayev');
    expect(await marked(`official:${officialId('Urška Klakočar Zupančič')}`)).toContain(
      'Urška Klakočar Zupančič',
    );
    expect(await marked('country:KZ')).toContain('Kazakhstan');
    expect(await marked('country:SI')).toContain('Slovenia');
    expect(await page.locator('aside').textContent()).toContain(
      'President of the National Assembly of Slovenia',
    );
    await shot(page, 'desktop-release');
    await keep(page);

    await page.locator(`aside a[href="/officials/${TOKAYEV}"]`).click();
    await page.waitForURL(`${web}/officials/${TOKAYEV}`);
    expect(await page.locator('main h1').textContent()).toContain('Tokayev');
    expect(await page.locator('aside').textContent()).toContain('Latin');
    await shot(page, 'desktop-official');
    await keep(page);

    await page.goto(`${web}/countries/SI`);
    await shot(page, 'desktop-country');
    await keep(page);

    const feed = await page.request.get(`${web}/feeds/countries/SI.atom`);
    expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const xml = await feed.text();
    seen.push(xml);
    expect(xml).toContain(`urn:communique:release:${seedId}`);
    const python = feedparserPython();
    if (python) expect(parseFeed(python, xml).bozo).toBe(false);
    const again = await page.request.get(`${web}/feeds/countries/SI.atom`, {
      headers: { 'if-none-match': feed.headers().etag ?? '' },
    });
    expect(again.status()).toBe(304);
    await ctx.close();
  });

  test('on a phone: one column, nothing wider than the screen', async () => {
    const ctx = await context({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    const page = await ctx.newPage();
    for (const [name, url] of [
      ['phone-home', '/'],
      ['phone-release', `/releases/${seedId}`],
      ['phone-official', '/officials/urska-klakocar-zupancic'],
    ] as const) {
      await page.goto(`${web}${url}`);
      const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
      expect({ name, overflow }).toEqual({ name, overflow: 0 });
      await shot(page, name);
    }
    await ctx.close();
  });

  test('a hostile upload runs no script and sends no request off the page', async () => {
    const ctx = await context({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    const xssQuery = encodeURIComponent(
      '"><img src=x onerror=window.__pwned=1><script>window.__pwned=1</script>',
    );
    for (const url of [
      `/releases/${hostileId}`,
      '/',
      `/?q=${xssQuery}`,
      '/countries/SI',
      `/releases/${hostileId}.json`,
      `/?official=${xssQuery}`,
    ]) {
      await page.goto(`${web}${url}`);
      await page.waitForLoadState('load');
      expect({ url, pwned: await pwned(page) }).toEqual({ url, pwned: null });
      await keep(page);
    }
    await page.goto(`${web}/releases/${hostileId}`);
    const title = await page.locator('main h1').textContent();
    expect(title).toContain('<script>window.__pwned=1</script>');
    expect(await page.locator('main script, main img, main iframe').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain('Set-Cookie: pwned=1');
    await shot(page, 'desktop-hostile');
    expect(offOrigin).toEqual([]);
    expect(dialogs).toEqual([]);
    await ctx.close();
  });

  test('no page shows a subscriber address', () => {
    expect(seen.length).toBeGreaterThan(5);
    for (const content of seen) expect(content).not.toContain(SUBSCRIBER);
  });

  test('sign up, confirm with the button, get the mail, unsubscribe with the button', async () => {
    const reader = 'browser-reader-13@example.org';
    const mailsTo = async () => {
      const all = (await (await fetch(`${mode.inboxUrl}/email`)).json()) as Array<{
        subject: string;
        text: string;
        html: string;
        headers: Record<string, string>;
        to: Array<{ address: string }>;
      }>;
      return all.filter((m) => m.to.some((t) => t.address === reader));
    };
    const ctx = await context({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    await page.goto(`${web}/subscribe`);
    await page.getByLabel('Email').fill(reader);
    // No country: the alert must come through the pair (or the surname alone, in Cyrillic), as with the CLI.
    await page.getByLabel('Officials').fill('Токаев');
    await page.getByLabel('Pairs of countries').fill('Kazakhstan+Slovenia');
    await page.getByLabel('How often').selectOption('immediate');
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await page.waitForURL(`${web}/subscribe`);
    expect(await page.locator('main h1').textContent()).toBe('Check your inbox');
    await shot(page, 'desktop-subscribe');

    const confirmation = await eventually(async () => (await mailsTo())[0], 'the confirmation mail');
    const confirmUrl = (confirmation.text.match(/http:\/\/\S+\/confirm\?token=\S+/) ?? [''])[0];
    await page.goto(confirmUrl);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.waitForURL(`${web}/confirm`);
    expect(await page.locator('main h1').textContent()).toBe('Subscription confirmed');

    await put(
      'inbox/kazakhstan-slovenia-browser.txt',
      `${readFileSync(SEED, 'utf8')}\n\nSlovenia, in the browser test.`,
    );
    await mode.idle();
    const alert = await eventually(
      async () => (await mailsTo()).find((m) => m.subject !== confirmation.subject),
      'the alert mail',
    );
    expect(alert.html).toContain('Why you got this');
    expect(alert.text).toContain('You follow Kazakhstan+Slovenia');
    const header = (name: string) =>
      Object.entries(alert.headers).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1] ?? '';
    expect(header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const unsubscribeUrl = header('List-Unsubscribe').replace(/^<|>$/g, '');

    // The mail's HTML part in the browser: its unsubscribe link leads to a page; only its button acts.
    await page.setContent(alert.html);
    await page.getByRole('link', { name: 'Unsubscribe' }).click();
    await page.waitForURL(unsubscribeUrl);
    expect(await page.locator('main h1').textContent()).toBe('Unsubscribe');
    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await page.waitForURL(`${web}/unsubscribe`);
    expect(await page.locator('main h1').textContent()).toBe('Unsubscribed');
    await keep(page);

    const before = (await mailsTo()).length;
    await put(
      'inbox/kazakhstan-slovenia-after.txt',
      `${readFileSync(SEED, 'utf8')}\n\nSlovenia, after leaving.`,
    );
    await mode.idle();
    expect(await mailsTo()).toHaveLength(before);
    expect(dialogs).toEqual([]);
    await ctx.close();
  });
});
