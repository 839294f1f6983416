import { capRelease } from './parse/cap-release';
import type { ParsedRelease } from './release';

/**
 * What a reindex replaces: the fields the parser derives beyond the content that makes the release's identity
 * (date, title and body: the content hash). Capped as stored (`capRelease`), so that a stored release and a fresh
 * reading of its file compare equal when the parser reads the same.
 */
export type Extraction = Pick<
  ParsedRelease,
  'format' | 'source' | 'url' | 'summary' | 'countries' | 'officials'
>;

export function extractionOf(release: ParsedRelease): Extraction {
  const r = capRelease(release);
  return {
    format: r.format,
    source: r.source,
    url: r.url,
    summary: r.summary,
    countries: r.countries,
    officials: r.officials,
  };
}

/** Equal extractions, whatever the order of keys in their objects (a DynamoDB map keeps none). */
export function sameExtraction(a: Extraction, b: Extraction): boolean {
  const pick = (e: Extraction): Extraction => ({
    format: e.format,
    source: e.source,
    url: e.url,
    summary: e.summary,
    countries: e.countries,
    officials: e.officials,
  });
  return canonical(pick(a)) === canonical(pick(b));
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
