import type { ReleaseArchive } from '../core/ports';
import { type AtomFeed, FEED_SIZE } from './atom-feed';
import { countryName } from './pages/country-name';
import { segment } from './safe-url';

export type FeedSubject =
  | { readonly kind: 'all' }
  | { readonly kind: 'country'; readonly code: string }
  | { readonly kind: 'official'; readonly id: string };

/** The feed of all releases (newest ingested first), of a country, or of an official (newest release date first). */
export async function feedOf(
  archive: ReleaseArchive,
  subject: FeedSubject,
  origin: string,
): Promise<AtomFeed> {
  switch (subject.kind) {
    case 'all': {
      const releases = await archive.listReleases({ limit: FEED_SIZE });
      return {
        id: 'urn:communique:feed:all',
        title: 'communique: all releases',
        self: `${origin}/feeds/all.atom`,
        alternate: `${origin}/`,
        origin,
        releases,
      };
    }
    case 'country': {
      const releases = await archive.listReleases({ country: subject.code, limit: FEED_SIZE });
      const name = releases.flatMap((r) => r.countries).find((c) => c.code === subject.code)?.name;
      return {
        id: `urn:communique:feed:countries:${subject.code}`,
        title: `communique: ${name ?? countryName(subject.code)}`,
        self: `${origin}/feeds/countries/${segment(subject.code)}.atom`,
        alternate: `${origin}/countries/${segment(subject.code)}`,
        origin,
        releases,
      };
    }
    case 'official': {
      const releases = await archive.listReleases({ official: subject.id, limit: FEED_SIZE });
      const name = releases.flatMap((r) => r.officials).find((o) => o.id === subject.id)?.name;
      return {
        id: `urn:communique:feed:officials:${subject.id}`,
        title: `communique: ${name ?? subject.id}`,
        self: `${origin}/feeds/officials/${segment(subject.id)}.atom`,
        alternate: `${origin}/officials/${segment(subject.id)}`,
        origin,
        releases,
      };
    }
  }
}
