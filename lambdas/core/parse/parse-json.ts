import { ReleaseParseError } from '../text/release-parse-error';
import { normalizeDate } from './normalize-date';
import { parseHtml } from './parse-html';
import type { ReleaseParts } from './release-parts';
import { oneLine, splitParagraphs } from './split-paragraphs';
import { takeDateLine } from './take-date-line';

const DATE_KEYS = [
  'date',
  'published',
  'publishedAt',
  'published_at',
  'datePublished',
  'publicationDate',
  'publication_date',
  'pubDate',
  'pub_date',
  'created',
  'createdAt',
  'created_at',
  'time',
  'timestamp',
];
const TITLE_KEYS = ['title', 'headline', 'subject', 'name', 'heading'];
const SOURCE_KEYS = ['source', 'site', 'siteName', 'site_name', 'publisher', 'outlet', 'agency', 'author'];
const URL_KEYS = ['url', 'link', 'href', 'canonical', 'permalink', 'canonical_url'];
const BODY_KEYS = [
  'body',
  'text',
  'content',
  'articleBody',
  'article',
  'paragraphs',
  'html',
  'body_html',
  'description',
  'summary',
];

function pick(record: Record<string, unknown>, keys: readonly string[]): unknown {
  const lower = new Map(Object.keys(record).map((k) => [k.toLowerCase(), k]));
  for (const k of keys) {
    const real = lower.get(k.toLowerCase());
    if (real !== undefined && record[real] !== null && record[real] !== undefined && record[real] !== '')
      return record[real];
  }
  return undefined;
}

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    // WordPress REST: { "title": { "rendered": "Talks &amp; more" } }.
    if (typeof v.rendered === 'string') return htmlText(v.rendered);
    const name = v.name ?? v.title;
    return typeof name === 'string' ? name : null;
  }
  return null;
}

/** The text of an HTML fragment on one line (entities decoded, tags dropped). */
function htmlText(fragment: string): string {
  return parseHtml(`<h1>${fragment}</h1>`).title;
}

function bodyOf(value: unknown): string[] {
  if (Array.isArray(value))
    return value.flatMap((v) =>
      bodyOf(typeof v === 'object' && v !== null ? (asText(v) ?? (v as Record<string, unknown>).text) : v),
    );
  if (value && typeof value === 'object' && typeof (value as Record<string, unknown>).rendered === 'string')
    return bodyOf((value as Record<string, unknown>).rendered);
  if (typeof value !== 'string') return [];
  // A placeholder headline, so that the fragment's first paragraph is not taken for the title.
  if (/<(p|div|br|h[1-6]|li|span|a)\b[^>]*>/i.test(value))
    return parseHtml(`<h1>\u00a7</h1>${value}`).body.filter((p) => p !== '\u00a7');
  return splitParagraphs(value.replace(/\r\n?/g, '\n'));
}

/** Reads a JSON release `{ date, title, source, url, body }`, with common aliases and a `body` as string, HTML or array. */
export function parseJson(data: unknown): ReleaseParts {
  let record = data;
  if (Array.isArray(record) && record.length === 1) record = record[0];
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    throw new ReleaseParseError(
      'malformed',
      'The JSON file is not one release object { date, title, body }.',
    );
  }
  const r = record as Record<string, unknown>;
  const nested = pick(r, ['release', 'article', 'data', 'item']);
  const rec =
    nested && typeof nested === 'object' && !Array.isArray(nested) && !pick(r, TITLE_KEYS)
      ? (nested as Record<string, unknown>)
      : r;
  const line = takeDateLine(bodyOf(pick(rec, BODY_KEYS)), 2);
  let body = line.body;
  let title = asText(pick(rec, TITLE_KEYS));
  if (!title?.trim()) {
    title = body[0] ?? null;
    body = body.slice(1);
  }
  if (!title?.trim())
    throw new ReleaseParseError('no-content', 'The JSON release has neither a title nor a body.');
  const url = asText(pick(rec, URL_KEYS));
  return {
    format: 'json',
    date: normalizeDate(pick(rec, DATE_KEYS)) ?? line.date,
    title: oneLine(title),
    source: asText(pick(rec, SOURCE_KEYS)),
    url,
    body,
  };
}
