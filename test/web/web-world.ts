import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MemoryReleaseStore } from '../../lambdas/adapters/memory/memory-release-store';
import { contentHash, releaseIdFor } from '../../lambdas/core/content-hash';
import { isHistoryKey } from '../../lambdas/core/history-prefix';
import { parseRelease } from '../../lambdas/core/parse/parse-release';
import { PARSER_VERSION } from '../../lambdas/core/parse/parser-version';
import type { ReleaseArchive, StoredRelease } from '../../lambdas/core/ports';
import type { ParsedRelease } from '../../lambdas/core/release';
import { createWebApp } from '../../lambdas/web/create-web-app';
import type { ReleaseBodies } from '../../lambdas/web/ports';

/** The example release that ships with the project (the seed of the corpus). */
export const SEED_FILE = path.join(__dirname, '..', '..', 'examples', 'kazakhstan-slovenia.txt');

/** Payloads an uploaded file could carry in its title, body, link, source or key. */
export const XSS = {
  script: '<script>window.__pwned = 1</script>',
  img: '"><img src=x onerror="window.__pwned=1">',
  link: 'javascript:window.__pwned=1',
  crlf: 'Line one\r\nSet-Cookie: pwned=1\r\n\r\n<b>bold</b>',
} as const;

/** A release whose every field is hostile, naming Slovenia (so that it shows in lists, facets and feeds). */
export const HOSTILE: ParsedRelease = {
  format: 'json',
  date: '2025-11-30',
  title: `Slovenia ${XSS.script} ${XSS.img}`,
  source: `${XSS.img}`,
  url: XSS.link,
  body: [`Slovenia ${XSS.script}`, XSS.img, XSS.crlf, `<a href="${XSS.link}">click</a>`],
  summary: `Summary ${XSS.script}`,
  countries: [{ code: 'SI', name: 'Slovenia', mentions: ['Slovenia', `${XSS.img}`] }],
  officials: [
    {
      id: 'mallory-eve',
      name: `Mallory ${XSS.script}`,
      variants: [`Mallory ${XSS.script}`, 'Mallory Eve'],
      roles: [XSS.img],
      country: 'SI',
    },
  ],
};

export const HOSTILE_KEY = `x/${XSS.img}\r\n${XSS.script}.json`;

/** Bodies from memory, by content hash (what the S3 objects would give back). */
export class MemoryBodies implements ReleaseBodies {
  readonly byHash = new Map<string, readonly string[]>();
  async bodyOf(release: StoredRelease): Promise<readonly string[] | null> {
    return this.byHash.get(release.contentHash) ?? null;
  }
}

export interface WebWorld {
  readonly store: MemoryReleaseStore;
  readonly bodies: MemoryBodies;
  readonly app: ReturnType<typeof createWebApp>;
  add(key: string, release: ParsedRelease, at: string): Promise<string>;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
}

export function webWorld(archive?: (store: MemoryReleaseStore) => ReleaseArchive): WebWorld {
  const store = new MemoryReleaseStore();
  const bodies = new MemoryBodies();
  const errors: unknown[] = [];
  const app = createWebApp({
    archive: archive ? archive(store) : store,
    bodies,
    onError: (e) => errors.push(e),
  });
  return {
    store,
    bodies,
    app,
    async add(key, release, at) {
      const hash = contentHash(release);
      bodies.byHash.set(hash, release.body);
      const result = await store.storeRelease({
        ref: { bucket: 'releases', key, size: 100 },
        release,
        contentHash: hash,
        newReleaseId: releaseIdFor(hash),
        bodyBytes: 100,
        at,
        parserVersion: PARSER_VERSION,
      });
      if (isHistoryKey(key)) {
        // As the ingest does for a history key: the lease, then the `history` status (no alert).
        const lease = {
          releaseId: result.releaseId,
          contentHash: hash,
          holder: 'web-world',
          now: at,
          until: at,
        };
        if ((await store.acquireAlertLease(lease)).state === 'acquired') await store.completeHistory(lease);
      }
      return result.releaseId;
    },
    get: (p, headers = {}) => Promise.resolve(app.request(`http://127.0.0.1${p}`, { headers })),
  };
}

export const seedRelease = (): ParsedRelease =>
  parseRelease(readFileSync(SEED_FILE), { fileName: 'kazakhstan-slovenia.txt' });

/** A small release by hand: one country, optionally one official. */
export function simpleRelease(title: string, date: string | null, code: string, officialName?: string) {
  const official = officialName
    ? [
        {
          id: officialName.toLowerCase().replace(/\s+/g, '-'),
          name: officialName,
          variants: [officialName],
          roles: ['Minister'],
          country: code,
        },
      ]
    : [];
  const parsed: ParsedRelease = {
    format: 'text',
    date,
    title,
    source: 'example.org',
    url: 'https://example.org/r',
    body: [`${title}. ${officialName ?? ''} spoke.`],
    summary: `${title}.`,
    countries: [{ code, name: code, mentions: [code] }],
    officials: official,
  };
  return parsed;
}
