import { officialId } from '../../lambdas/core/identity/official-identity';
import { PARSER_VERSION } from '../../lambdas/core/parse/parser-version';
import { MAX_PAGE } from '../../lambdas/web/read-input';
import { HOSTILE, HOSTILE_KEY, seedRelease, simpleRelease, type WebWorld, webWorld } from './web-world';

// The id of the seed release's President, as the parser gives it.
const TOKAYEV = officialId('Kassym-Jomart Tokayev');

const JSON_ACCEPT = { accept: 'application/json' };

describe('web app on the in-memory archive', () => {
  let world: WebWorld;
  let seedId: string;
  let hostileId: string;

  beforeAll(async () => {
    world = webWorld();
    seedId = await world.add('inbox/kazakhstan-slovenia.txt', seedRelease(), '2025-11-29T10:00:00.000Z');
    hostileId = await world.add(HOSTILE_KEY, HOSTILE, '2025-11-30T10:00:00.000Z');
    await world.add(
      'history/2024/old.txt',
      simpleRelease('Old news from Croatia', '2024-05-01', 'HR'),
      '2025-11-01T00:00:00.000Z',
    );
  });

  const text = async (path: string, headers?: Record<string, string>) => {
    const response = await world.get(path, headers);
    return { response, body: await response.text() };
  };

  describe('home', () => {
    test('lists the newest releases first, with countries, officials and alert state', async () => {
      const { response, body } = await text('/');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const seedAt = body.indexOf(`/releases/${seedId}`);
      const hostileAt = body.indexOf(`/releases/${hostileId}`);
      expect(hostileAt).toBeGreaterThan(-1);
      expect(seedAt).toBeGreaterThan(hostileAt);
      expect(body).toContain('href="/countries/KZ"');
      expect(body).toContain(`href="/officials/${TOKAYEV}"`);
      expect(body).toContain('Imported as history (not alerted)');
      expect(body).toContain('<main id="main"');
      expect(body).toContain('<label for="q">');
    });

    test('sends a strict CSP, nosniff and a referrer policy', async () => {
      const { response } = await text('/');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toMatch(/script-src|unsafe-inline/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    });

    test('searches text folded (no accents, any case), by country, official and dates, with facets', async () => {
      const byText = await world.get('/index.json?q=KLAKOCAR');
      const found = (await byText.json()) as { releases: Array<{ id: string }>; matches: number };
      expect(found.releases.map((r) => r.id)).toEqual([seedId]);

      const byCountry = (await (await world.get('/?country=si', JSON_ACCEPT)).json()) as {
        releases: Array<{ id: string }>;
        facets: { countries: Array<{ code: string; count: number }> };
      };
      expect(byCountry.releases.map((r) => r.id).sort()).toEqual([seedId, hostileId].sort());
      expect(byCountry.facets.countries).toContainEqual(expect.objectContaining({ code: 'SI', count: 2 }));
      expect(byCountry.facets.countries).toContainEqual(expect.objectContaining({ code: 'KZ', count: 1 }));

      const byOfficial = (await (await world.get(`/index.json?official=${TOKAYEV}`)).json()) as {
        releases: Array<{ id: string }>;
      };
      expect(byOfficial.releases.map((r) => r.id)).toEqual([seedId]);

      const byDates = (await (await world.get('/index.json?since=2024-01-01&until=2024-12-31')).json()) as {
        releases: Array<{ title: string }>;
      };
      expect(byDates.releases.map((r) => r.title)).toEqual(['Old news from Croatia']);
    });

    describe('full text', () => {
      const filler = Array.from(
        { length: 30 },
        (_, i) => `Paragraph ${i + 1}: the delegations reviewed cooperation in trade and energy.`,
      );
      const deep = {
        ...simpleRelease('Fisheries talks in Oslo', '2025-04-01', 'NO'),
        body: [...filler, 'Finally the ministers agreed on mackerel quotas in the Skagerrak strait.'],
      };
      const plain = simpleRelease('Energy talks in Bergen', '2025-04-02', 'NO');
      const ids = async (w: WebWorld, query: string) =>
        (
          (await (await w.get(`/index.json?${query}`)).json()) as { releases: Array<{ id: string }> }
        ).releases.map((r) => r.id);

      test('a word found only deep in the body finds its release, with the other filters', async () => {
        const w = webWorld();
        const deepId = await w.add('deep.txt', deep, '2025-04-01T10:00:00Z');
        await w.add('plain.txt', plain, '2025-04-02T10:00:00Z');
        expect(await ids(w, 'q=Skagerrak')).toEqual([deepId]);
        expect(await ids(w, 'q=MACKEREL+skagerrak')).toEqual([deepId]);
        // Every word must occur: one of the body and one of the title do; one found nowhere does not.
        expect(await ids(w, 'q=oslo+mackerel')).toEqual([deepId]);
        expect(await ids(w, 'q=skagerrak+bergen')).toEqual([]);
        expect(await ids(w, 'q=skagerrak&country=NO&since=2025-04-01&until=2025-04-01')).toEqual([deepId]);
        expect(await ids(w, 'q=skagerrak&country=SI')).toEqual([]);
        const json = await (await w.get('/index.json?q=skagerrak')).text();
        expect(json).not.toContain('searchText');
        expect(json).not.toContain('quotas');
        const html = await (await w.get('/?q=skagerrak')).text();
        expect(html).toContain(`href="/releases/${deepId}"`);
        expect(html).not.toContain('before their text was indexed');
      });

      test('releases stored before search texts were kept match on their other fields, and the page says so', async () => {
        const w = webWorld((store) => ({
          getRelease: (id) => store.getRelease(id),
          listOfficials: () => store.listOfficials(),
          listFailures: (limit) => store.listFailures(limit),
          // What the table gives for an item written before the attribute existed.
          listReleases: async (query) =>
            (await store.listReleases(query)).map(({ searchText: _unused, ...release }) => release),
        }));
        const deepId = await w.add('deep.txt', deep, '2025-04-01T10:00:00Z');
        await w.add('plain.txt', plain, '2025-04-02T10:00:00Z');
        expect(await ids(w, 'q=skagerrak')).toEqual([]);
        expect(await ids(w, 'q=fisheries')).toEqual([deepId]);
        const page = (await (await w.get('/index.json?q=fisheries')).json()) as { withoutFullText: number };
        expect(page.withoutFullText).toBe(2);
        expect(await (await w.get('/?q=fisheries')).text()).toContain(
          '2 of the releases searched were stored before their text was indexed',
        );
        expect(await (await w.get('/')).text()).not.toContain('before their text was indexed');
      });
    });

    test.each([
      ['page=0'],
      ['page=abc'],
      [`page=${MAX_PAGE + 1}`],
      ['page=1e3'],
      ['country=XYZ'],
      ['country=%3Cscript%3E'],
      ['official=%3Cscript%3E'],
      ['since=2025-13-01'],
      ['until=2025-02-30'],
      ['since=2025-02-01&until=2025-01-01'],
      [`q=${'a'.repeat(201)}`],
    ])('?%s is a 400 page naming the problem, never a 500', async (query) => {
      const { response, body } = await text(`/?${query}`);
      expect(response.status).toBe(400);
      expect(body).toContain('class="problems"');
      expect(body).not.toContain('<script');
      const json = await world.get(`/?${query}`, JSON_ACCEPT);
      expect(json.status).toBe(400);
      expect(((await json.json()) as { error: string }).error).toBe('bad-request');
    });
  });

  describe('release page', () => {
    test('highlights each country and official where found, as written', async () => {
      const { response, body } = await text(`/releases/${seedId}`);
      expect(response.status).toBe(200);
      const marks = [
        ...body.matchAll(/<mark class="([^"]+)"[^>]*data-entities="([^"]+)">([^<]+)<\/mark>/g),
      ].map((m) => ({ entities: m[2], text: m[3] ?? '' }));
      const texts = marks.map((m) => m.text);
      expect(texts).toEqual(expect.arrayContaining(['Kazakhstan', 'Slovenia', 'Urška Klakočar Zupančič']));
      expect(texts.some((t) => t.includes('Tokayev'))).toBe(true);
      expect(marks.find((m) => m.text === 'Kazakh-Slovenian')?.entities).toBe('country:KZ country:SI');
      expect(body).toContain('Speaker of the Slovenian Parliament');
      expect(body).toContain('s3://releases/inbox/kazakhstan-slovenia.txt');
      expect(body).toContain(`<dt>Parser</dt><dd>${PARSER_VERSION}</dd>`);
    });

    test('answers the same data as JSON, with the mentions and their offsets', async () => {
      const page = (await (await world.get(`/releases/${seedId}.json`)).json()) as {
        mentions: Array<{ paragraph: number; start: number; length: number; text: string }>;
        bodySegments: Array<Array<{ text: string }>>;
        officials: Array<{ id: string; found: number }>;
      };
      expect(page.mentions.length).toBeGreaterThan(5);
      for (const m of page.mentions.filter((x) => x.paragraph >= 0)) {
        const paragraph = (page.bodySegments[m.paragraph] ?? []).map((s) => s.text).join('');
        expect(paragraph.slice(m.start, m.start + m.length)).toBe(m.text);
      }
      expect(page.officials.find((o) => o.id === TOKAYEV)?.found).toBeGreaterThan(0);
    });

    test('an unknown id is a 404, a malformed one a 400', async () => {
      expect((await world.get('/releases/0123456789abcdef01234567')).status).toBe(404);
      expect((await world.get('/releases/%3Cscript%3E')).status).toBe(400);
      expect((await world.get('/no/such/page')).status).toBe(404);
    });

    test('shows the lead when no location holds the text any more', async () => {
      const lost = webWorld();
      const id = await lost.add(
        'a.txt',
        simpleRelease('Gone text', '2025-01-01', 'SI'),
        '2025-01-01T00:00:00Z',
      );
      lost.bodies.byHash.clear();
      const body = await (await lost.get(`/releases/${id}`)).text();
      expect(body).toContain('no longer stored');
    });
  });

  describe('escaping: a hostile upload renders as text everywhere', () => {
    const pages = () => [
      '/',
      '/?q=Slovenia',
      `/releases/${hostileId}`,
      '/countries/SI',
      '/officials/mallory-eve',
    ];
    test('no markup, handler or javascript: link of the upload reaches any page', async () => {
      for (const path of pages()) {
        const { response, body } = await text(path);
        expect({ path, status: response.status }).toEqual({ path, status: 200 });
        expect(body).not.toMatch(/<script/i);
        expect(body).not.toMatch(/<img/i);
        expect(body).not.toMatch(/<[a-z][^>]*\sonerror=/i);
        expect(body).not.toMatch(/href="javascript:/i);
        expect(body).not.toContain('\r');
        expect(response.headers.get('set-cookie')).toBeNull();
      }
      const release = (await text(`/releases/${hostileId}`)).body;
      expect(release).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
      expect(release).toContain('&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;');
      expect(release).toContain('(not a web address: not linked)');
      expect(release).toContain('Set-Cookie: pwned=1');
    });

    test('feeds carry the same text escaped, as well-formed XML', async () => {
      const body = await (await world.get('/feeds/countries/SI.atom')).text();
      expect(body).not.toMatch(/<script|<img/i);
      expect(body).toContain('&lt;script&gt;');
      expect(body).not.toContain('\r');
    });
  });

  describe('country and official pages', () => {
    let paged: WebWorld;
    beforeAll(async () => {
      paged = webWorld();
      for (let i = 1; i <= 25; i++) {
        const day = String(i).padStart(2, '0');
        const name = i % 2 === 0 ? 'Tanja Fajon' : 'Таня Фајон';
        const parsed = simpleRelease(`Release ${day}`, `2025-03-${day}`, i <= 3 ? 'HR' : 'SI', name);
        const official = parsed.officials[0];
        if (!official) throw new Error('no official');
        await paged.add(
          `r${day}.txt`,
          {
            ...parsed,
            countries: [
              ...(i <= 3 ? [{ code: 'HR', name: 'Croatia', mentions: ['Croatia'] }] : []),
              { code: 'SI', name: 'Slovenia', mentions: ['Slovenia'] },
            ],
            officials: [
              { ...official, id: 'tanja-fajon', roles: [i < 10 ? 'Minister' : 'Deputy Prime Minister'] },
            ],
          },
          `2025-03-${day}T00:00:00Z`,
        );
      }
    });

    type ListJson = {
      releases: Array<{ title: string; id: string; date: string | null }>;
      next: string | null;
      after: string | null;
    };
    const list = async (w: WebWorld, path: string) => (await (await w.get(path)).json()) as ListJson;

    test('a country pages newest first, 20 a page, each page on from the last shown', async () => {
      const first = (await list(paged, '/countries/SI.json')) as ListJson & { name: string };
      expect(first.releases).toHaveLength(20);
      expect(first.releases[0]?.title).toBe('Release 25');
      expect(first.after).toBeNull();
      expect(first.next).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(first.name).toBe('Slovenia');
      const second = await list(paged, `/countries/si.json?after=${first.next}`);
      expect(second.releases.map((r) => r.title)).toEqual([
        'Release 05',
        'Release 04',
        'Release 03',
        'Release 02',
        'Release 01',
      ]);
      expect(second.next).toBeNull();
      expect(second.after).toBe(first.next);
      const html = await (await paged.get('/countries/SI')).text();
      expect(html).toContain(`rel="next" href="/countries/SI?after=${first.next}"`);
      const last = await (await paged.get(`/countries/SI?after=${first.next}`)).text();
      expect(last).toContain('href="/countries/SI">← Newest</a>');
      expect(last).toContain('Oldest releases');
      expect(last).not.toContain('rel="next"');
      expect((await paged.get('/countries/SLO')).status).toBe(400);
    });

    test('an official pages on the same way', async () => {
      const first = await list(paged, '/officials/tanja-fajon.json');
      const second = await list(paged, `/officials/tanja-fajon.json?after=${first.next}`);
      expect(first.releases).toHaveLength(20);
      expect(second.releases.map((r) => r.title)).toEqual([
        'Release 05',
        'Release 04',
        'Release 03',
        'Release 02',
        'Release 01',
      ]);
      expect(second.next).toBeNull();
      expect(await (await paged.get(`/officials/tanja-fajon?after=${first.next}`)).text()).toContain(
        'Tanja Fajon',
      );
    });

    test('every release of a busy country is reached, each once, undated ones last', async () => {
      const busy = webWorld();
      const expected: string[] = [];
      for (let i = 0; i < 2000; i++) {
        // Ten releases a day, and some undated: positions tie on the date and are told apart by id.
        const date = i % 97 === 0 ? null : `20${String(10 + Math.floor(i / 365)).padStart(2, '0')}-01-01`;
        const parsed = simpleRelease(`Busy ${i}`, date, 'SI');
        expected.push(
          await busy.add(`busy/${i}.txt`, { ...parsed, body: [`Busy release number ${i}.`] }, `t${i}`),
        );
      }
      const seen: string[] = [];
      const dates: Array<string | null> = [];
      let next: string | null = null;
      let pages = 0;
      do {
        const page = (await (
          await busy.get(next ? `/countries/SI.json?after=${next}` : '/countries/SI.json')
        ).json()) as ListJson;
        seen.push(...page.releases.map((r) => r.id));
        dates.push(...page.releases.map((r) => r.date));
        next = page.next;
        pages += 1;
      } while (next !== null);
      expect(pages).toBe(100);
      expect(new Set(seen).size).toBe(2000);
      expect([...seen].sort()).toEqual([...expected].sort());
      const firstUndated = dates.indexOf(null);
      expect(dates.slice(firstUndated).every((d) => d === null)).toBe(true);
      expect(dates.slice(0, firstUndated)).toEqual([...dates.slice(0, firstUndated)].sort().reverse());
    });

    const cursor = (text: string) => Buffer.from(text).toString('base64url');
    test.each([
      ['page=2', 'not page'],
      ['after=abc', 'after must be'],
      ['after=%3Cscript%3E', 'after must be'],
      [`after=${cursor(`2025-13-01#${'a'.repeat(24)}`)}`, 'after must be'],
      [`after=${cursor(`2025-01-01#${'z'.repeat(24)}`)}`, 'after must be'],
      [`after=${cursor(`2025-01-01#${'a'.repeat(24)}`)}=`, 'after must be'],
      [`after=${cursor(`yesterday#${'a'.repeat(24)}`)}`, 'after must be'],
      [`after=${'A'.repeat(65)}`, 'after must be'],
    ])('a country or official page with ?%s is a 400 naming it, never a 500', async (query, problem) => {
      for (const path of ['/countries/SI', '/officials/tanja-fajon']) {
        const { response, body } = await (async () => {
          const r = await paged.get(`${path}?${query}`);
          return { response: r, body: await r.text() };
        })();
        expect({ path, status: response.status }).toEqual({ path, status: 400 });
        expect(body).toContain(problem);
        const json = await paged.get(`${path}.json?${query}`);
        expect(json.status).toBe(400);
      }
    });

    test('a cursor of an undated release, or of one no longer there, still pages on', async () => {
      const undated = await list(paged, `/countries/SI.json?after=${cursor(`undated#${'f'.repeat(24)}`)}`);
      expect(undated.releases).toEqual([]);
      const midway = await list(paged, `/countries/SI.json?after=${cursor(`2025-03-03#${'0'.repeat(24)}`)}`);
      expect(midway.releases.map((r) => r.title)).toEqual(['Release 02', 'Release 01']);
    });

    test('an official shows variants with scripts, roles over time and countries alongside', async () => {
      const page = (await (await paged.get('/officials/tanja-fajon', JSON_ACCEPT)).json()) as {
        variants: Array<{ text: string; scripts: string[] }>;
        scripts: string[];
        roles: Array<{ role: string; first: string; last: string; releases: number }>;
        countries: Array<{ code: string; count: number }>;
        releases: unknown[];
        next: string | null;
      };
      expect(page.variants).toEqual([
        { text: 'Tanja Fajon', scripts: ['Latin'] },
        { text: 'Таня Фајон', scripts: ['Cyrillic'] },
      ]);
      expect(page.scripts).toEqual(['Cyrillic', 'Latin']);
      expect(page.roles).toEqual([
        { role: 'Minister', first: '2025-03-01', last: '2025-03-09', releases: 9 },
        { role: 'Deputy Prime Minister', first: '2025-03-10', last: '2025-03-25', releases: 16 },
      ]);
      expect(page.countries).toEqual([
        { code: 'SI', name: 'Slovenia', count: 25 },
        { code: 'HR', name: 'Croatia', count: 3 },
      ]);
      expect(page.releases).toHaveLength(20);
      expect(page.next).not.toBeNull();
      expect((await paged.get('/officials/nobody-here')).status).toBe(404);
    });
  });

  describe('feeds', () => {
    test('an Atom feed with permanent ids, updated, ETag and 304', async () => {
      const response = await world.get('/feeds/countries/SI.atom');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      const body = await response.text();
      expect(body).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
      expect(body).toContain(`<id>urn:communique:release:${seedId}</id>`);
      expect(body).toContain(`href="http://127.0.0.1/releases/${seedId}"`);
      expect(body).toMatch(/<updated>2025-11-30T10:00:00.000Z<\/updated>/);
      const etag = response.headers.get('etag');
      expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
      const again = await world.get('/feeds/countries/SI.atom', { 'if-none-match': `W/${etag}, "other"` });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      const other = await world.get('/feeds/countries/SI.atom', { 'if-none-match': '"stale"' });
      expect(other.status).toBe(200);
    });

    test('feeds of all releases and of an official; a changed archive changes the ETag', async () => {
      const all = await world.get('/feeds/all.atom');
      const before = all.headers.get('etag');
      expect(await all.text()).toContain(`urn:communique:release:${hostileId}`);
      const official = await (await world.get(`/feeds/officials/${TOKAYEV}.atom`)).text();
      expect(official).toContain(`urn:communique:release:${seedId}`);
      expect(official).not.toContain(hostileId);
      await world.add('late.txt', simpleRelease('Late', '2025-12-01', 'SI'), '2025-12-01T00:00:00Z');
      expect((await world.get('/feeds/all.atom')).headers.get('etag')).not.toBe(before);
      expect((await world.get('/feeds/countries/SI.rss')).status).toBe(404);
      expect((await world.get('/feeds/countries/S1.atom')).status).toBe(400);
    });

    test('an empty feed is still valid Atom, with a fixed updated', async () => {
      const body = await (await world.get('/feeds/countries/ZW.atom')).text();
      expect(body).toContain('<updated>1970-01-01T00:00:00Z</updated>');
      expect(body).toContain('<title type="text">communique: Zimbabwe</title>');
    });
  });

  test('an archive that fails gives a plain 500 page, and the error to the owner', async () => {
    const errors: unknown[] = [];
    const { createWebApp } = await import('../../lambdas/web/create-web-app');
    const broken = createWebApp({
      archive: {
        getRelease: () => Promise.reject(new Error('secret table detail')),
        listReleases: () => Promise.reject(new Error('secret table detail')),
        listOfficials: () => Promise.reject(new Error('secret table detail')),
        listFailures: () => Promise.resolve([]),
      },
      bodies: { bodyOf: () => Promise.resolve(null) },
      onError: (e) => errors.push(e),
    });
    const response = await broken.request('http://127.0.0.1/');
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('secret');
    expect(errors).toHaveLength(1);
  });

  test('style sheet, HEAD and 304 on pages', async () => {
    const css = await world.get('/style.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const head = await world.app.request('http://127.0.0.1/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const etag = (await world.get('/')).headers.get('etag') ?? '';
    expect((await world.get('/', { 'if-none-match': etag })).status).toBe(304);
  });
});
