import { type Context, Hono } from 'hono';
import type { SubscriberAccounts } from '../core/delivery/subscriber-accounts';
import { atomFeed } from './atom-feed';
import { BadRequestError, NotFoundError } from './bad-request-error';
import { etagOf, notModified } from './etag';
import { type FeedSubject, feedOf } from './feeds';
import type { SafeHtml } from './html';
import { countryPage } from './pages/country-page';
import { homePage } from './pages/home-page';
import { officialPage } from './pages/official-page';
import { releasePage } from './pages/release-page';
import type { WebDeps } from './ports';
import { readAfter, readCountryCode, readOfficialId, readReleaseId, readSearch } from './read-input';
import { SECURITY_HEADERS } from './security-headers';
import { type AccountsFactory, addSubscriptionRoutes } from './subscription-routes';
import { countryView } from './views/country-view';
import { errorView } from './views/error-view';
import { homeView } from './views/home-view';
import { officialView } from './views/official-view';
import { releaseView } from './views/release-view';
import { STYLE_CSS } from './views/styles';

export interface WebAppOptions extends WebDeps {
  /** Told of unexpected errors (the visitor sees a plain 500 page). @default nothing */
  readonly onError?: (error: unknown) => void;
  /**
   * Serves the sign-up, confirm, unsubscribe and manage pages (issue 13): the accounts, or a factory called on the
   * first request to one of those pages (and again after it fails), so the other pages never wait for it.
   * @default not served
   */
  readonly accounts?: SubscriberAccounts | AccountsFactory;
}

type Body = { readonly type: string; readonly text: string };

/** `name.json` asks for JSON, as does an `Accept` that names JSON and not HTML (a browser names HTML). */
function splitFormat(c: Context, raw: string, ext = '.json'): { name: string; json: boolean } {
  const accept = c.req.header('accept') ?? '';
  const byAccept = /application\/json/i.test(accept) && !/text\/html/i.test(accept);
  if (raw.endsWith(ext)) return { name: raw.slice(0, -ext.length), json: ext === '.json' || byAccept };
  return { name: raw, json: byAccept };
}

/** Answers with security headers, a strong ETag, and 304 when the client has this body already. */
async function send(c: Context, status: 200 | 400 | 404 | 500, body: Body): Promise<Response> {
  const etag = await etagOf(body.text);
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    'Content-Type': body.type,
    ETag: etag,
    'Cache-Control': 'no-cache',
    Vary: 'Accept',
  };
  if (status === 200 && notModified(c.req.header('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body.text, { status, headers });
}

const htmlBody = (page: SafeHtml): Body => ({ type: 'text/html; charset=utf-8', text: page.value });
const jsonBody = (data: unknown): Body => ({
  type: 'application/json; charset=utf-8',
  text: `${JSON.stringify(data, null, 2)}\n`,
});

/**
 * The origin that feed links are made from. Checked, since the Host header comes from the client: a host name
 * or address and an optional port, nothing else.
 */
function originOf(c: Context): string {
  const url = new URL(c.req.url);
  if (!/^[A-Za-z0-9.-]+(?::\d{1,5})?$/.test(url.host) && !/^\[[0-9a-f:.]+\](?::\d{1,5})?$/i.test(url.host)) {
    throw new BadRequestError(['the Host header is not a host name']);
  }
  // Behind a Lambda Function URL the request reaches the function as https; the event keeps the scheme.
  const proto = c.req.header('x-forwarded-proto') === 'https' ? 'https:' : url.protocol;
  return `${proto}//${url.host}`;
}

/**
 * The web app: routes from paths to pages over the archive port, the same in the Lambda (Function URL) and in
 * local mode (Node server). The archive is GET and HEAD only; the subscription pages take POSTs (and only
 * their POSTs change anything).
 */
export function createWebApp(options: WebAppOptions): Hono {
  const app = new Hono();
  const params = (c: Context) => new URL(c.req.url).searchParams;

  const home = async (c: Context, json: boolean) => {
    const page = await homePage(options.archive, readSearch(params(c)));
    return send(c, 200, json ? jsonBody(page) : htmlBody(homeView(page)));
  };
  app.get('/', (c) => home(c, splitFormat(c, '').json));
  app.get('/index.json', (c) => home(c, true));

  app.get('/style.css', (c) => send(c, 200, { type: 'text/css; charset=utf-8', text: STYLE_CSS }));

  app.get('/releases/:id', async (c) => {
    const { name, json } = splitFormat(c, c.req.param('id'));
    const page = await releasePage(options, readReleaseId(name));
    return send(c, 200, json ? jsonBody(page) : htmlBody(releaseView(page)));
  });

  app.get('/countries/:code', async (c) => {
    const { name, json } = splitFormat(c, c.req.param('code'));
    const page = await countryPage(options.archive, readCountryCode(name), readAfter(params(c)));
    return send(c, 200, json ? jsonBody(page) : htmlBody(countryView(page)));
  });

  app.get('/officials/:id', async (c) => {
    const { name, json } = splitFormat(c, c.req.param('id'));
    const page = await officialPage(options.archive, readOfficialId(name), readAfter(params(c)));
    return send(c, 200, json ? jsonBody(page) : htmlBody(officialView(page)));
  });

  const feed = async (c: Context, subject: FeedSubject) => {
    const origin = originOf(c);
    const text = atomFeed(await feedOf(options.archive, subject, origin));
    return send(c, 200, { type: 'application/atom+xml; charset=utf-8', text });
  };
  const atomName = (raw: string): string => {
    if (!raw.endsWith('.atom')) throw new NotFoundError('Feeds end in .atom.');
    return raw.slice(0, -'.atom'.length);
  };
  app.get('/feeds/all.atom', (c) => feed(c, { kind: 'all' }));
  app.get('/feeds/countries/:file', (c) =>
    feed(c, { kind: 'country', code: readCountryCode(atomName(c.req.param('file'))) }),
  );
  app.get('/feeds/officials/:file', (c) =>
    feed(c, { kind: 'official', id: readOfficialId(atomName(c.req.param('file'))) }),
  );

  if (options.accounts) addSubscriptionRoutes(app, options.accounts);

  const failure = (c: Context, status: 400 | 404 | 500, problems: readonly string[]) => {
    const json = splitFormat(c, new URL(c.req.url).pathname).json;
    const data = { error: status === 400 ? 'bad-request' : status === 404 ? 'not-found' : 'error', problems };
    return send(c, status, json ? jsonBody(data) : htmlBody(errorView(status, problems)));
  };
  app.notFound((c) => failure(c, 404, []));
  app.onError((error, c) => {
    if (error instanceof BadRequestError) return failure(c, 400, error.problems);
    if (error instanceof NotFoundError) return failure(c, 404, []);
    options.onError?.(error);
    return failure(c, 500, []);
  });
  return app;
}
