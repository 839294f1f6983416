import type { StoredRelease } from '../core/ports';
import { segment } from './safe-url';
import { escapeXml } from './xml';

/** Entries per feed: the newest releases of its list. */
export const FEED_SIZE = 50;

export interface AtomFeed {
  /** Permanent id of the feed, e.g. `urn:communique:feed:countries:SI`. */
  readonly id: string;
  readonly title: string;
  /** Absolute URL of the feed itself and of its HTML page. */
  readonly self: string;
  readonly alternate: string;
  /** Absolute origin (`https://host`) that entry links are made from. */
  readonly origin: string;
  readonly releases: readonly StoredRelease[];
}

/** Permanent id of a release's entry: the release id never changes (README "Identity"), its host may. */
export const entryId = (releaseId: string): string => `urn:communique:release:${releaseId}`;

// Timestamps in the archive are ISO 8601 from Date#toISOString; anything else would make the feed invalid.
const EPOCH = '1970-01-01T00:00:00Z';
const rfc3339 = (value: string): string => {
  const time = Date.parse(value);
  return Number.isNaN(time) ? EPOCH : new Date(time).toISOString();
};

/** An Atom 1.0 document (RFC 4287); `updated` of the feed is its newest entry's (a fixed epoch when empty). */
export function atomFeed(feed: AtomFeed): string {
  const x = escapeXml;
  const updated =
    feed.releases
      .map((r) => rfc3339(r.updatedAt))
      .sort()
      .at(-1) ?? EPOCH;
  const entries = feed.releases.map((r) => {
    const link = `${feed.origin}/releases/${segment(r.id)}`;
    const categories = [
      ...r.countries.map((c) => `<category term="country:${x(c.code)}" label="${x(c.name)}"/>`),
      ...r.officials.map((o) => `<category term="official:${x(o.id)}" label="${x(o.name)}"/>`),
    ];
    return [
      '<entry>',
      `<id>${entryId(r.id)}</id>`,
      `<title type="text">${x(r.title || '(no title)')}</title>`,
      `<updated>${rfc3339(r.updatedAt)}</updated>`,
      `<published>${rfc3339(r.ingestedAt)}</published>`,
      `<link rel="alternate" type="text/html" href="${x(link)}"/>`,
      ...(r.source ? [`<author><name>${x(r.source)}</name></author>`] : []),
      `<summary type="text">${x(r.summary)}</summary>`,
      ...categories,
      '</entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<id>${x(feed.id)}</id>`,
    `<title type="text">${x(feed.title)}</title>`,
    `<updated>${updated}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${x(feed.self)}"/>`,
    `<link rel="alternate" type="text/html" href="${x(feed.alternate)}"/>`,
    '<author><name>communique</name></author>',
    '<generator>communique</generator>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
