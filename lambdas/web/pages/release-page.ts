import type { StoredRelease } from '../../core/ports';
import { NotFoundError } from '../bad-request-error';
import { type EntityRef, highlighter, type Segment } from '../highlight';
import type { WebDeps } from '../ports';
import { type AlertState, alertStateOf, type Location, locationOf } from './release-item';

/** One mention found in the text: paragraph index (-1: the title), offset and length in UTF-16 units. */
export interface Mention {
  readonly paragraph: number;
  readonly start: number;
  readonly length: number;
  readonly text: string;
  readonly entities: readonly string[];
}

/** The release page: everything the archive knows of one release, and its text with the mentions marked. */
export interface ReleasePage {
  readonly id: string;
  readonly date: string | null;
  readonly title: string;
  readonly source: string | null;
  readonly url: string | null;
  readonly format: StoredRelease['format'];
  readonly summary: string;
  readonly alert: AlertState;
  readonly ingestedAt: string;
  readonly updatedAt: string;
  /** The parser version that read it, when the archive recorded one; null when it did not. */
  readonly parserVersion: string | null;
  readonly locations: readonly Location[];
  readonly titleSegments: readonly Segment[];
  /** Paragraphs split into plain text and mentions; null when no location holds this content any more. */
  readonly bodySegments: ReadonlyArray<readonly Segment[]> | null;
  readonly mentions: readonly Mention[];
  readonly countries: ReadonlyArray<{
    readonly code: string;
    readonly name: string;
    readonly mentions: readonly string[];
    readonly found: number;
  }>;
  readonly officials: ReadonlyArray<{
    readonly id: string;
    readonly name: string;
    readonly variants: readonly string[];
    readonly roles: readonly string[];
    readonly country: string | null;
    readonly found: number;
  }>;
}

/** @throws NotFoundError when the archive has no release with this id. */
export async function releasePage(deps: WebDeps, id: string): Promise<ReleasePage> {
  const release = await deps.archive.getRelease(id);
  if (!release) throw new NotFoundError(`No release ${id}.`);
  const body = await deps.bodies.bodyOf(release);
  const marker = highlighter(release);
  const titleSegments = marker.segments(release.title);
  const bodySegments = body ? body.map((p) => marker.segments(p)) : null;
  const mentions = [titleSegments, ...(bodySegments ?? [])].flatMap((segments, i) =>
    mentionsOf(segments, i - 1),
  );
  const found = (ref: Pick<EntityRef, 'kind' | 'id'>) => marker.found.get(`${ref.kind}:${ref.id}`) ?? 0;
  return {
    id: release.id,
    date: release.date,
    title: release.title,
    source: release.source,
    url: release.url,
    format: release.format,
    summary: release.summary,
    alert: alertStateOf(release),
    ingestedAt: release.ingestedAt,
    updatedAt: release.updatedAt,
    parserVersion: release.parserVersion ?? null,
    locations: release.locations.map(locationOf),
    titleSegments,
    bodySegments,
    mentions,
    countries: release.countries.map((c) => ({
      code: c.code,
      name: c.name,
      mentions: c.mentions,
      found: found({ kind: 'country', id: c.code }),
    })),
    officials: release.officials.map((o) => ({
      id: o.id,
      name: o.name,
      variants: o.variants,
      roles: o.roles,
      country: o.country,
      found: found({ kind: 'official', id: o.id }),
    })),
  };
}

function mentionsOf(segments: readonly Segment[], paragraph: number): Mention[] {
  const out: Mention[] = [];
  let at = 0;
  for (const s of segments) {
    if (s.marks) {
      out.push({
        paragraph,
        start: at,
        length: s.text.length,
        text: s.text,
        entities: s.marks.map((m) => `${m.kind}:${m.id}`),
      });
    }
    at += s.text.length;
  }
  return out;
}
