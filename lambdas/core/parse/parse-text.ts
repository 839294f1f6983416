import { ReleaseParseError } from '../text/release-parse-error';
import { normalizeDate } from './normalize-date';
import type { ReleaseParts } from './release-parts';
import { oneLine, splitParagraphs } from './split-paragraphs';
import { takeDateLine } from './take-date-line';

/** The seed format's header line: `date YYYY-MM-DD <site>` or `date unknown <site>`. */
export const TEXT_HEADER = /^[ \t\u00a0]*date[ \t]+(\d{4}-\d{2}-\d{2}|unknown)(?:[ \t]+(.*))?$/i;

/** Reduces a header label such as "Images | gov.kz" to the site. */
function siteOf(label: string | undefined): string | null {
  if (!label) return null;
  const parts = label
    .split(/\s+[|•·–—]\s+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const domain = parts.find((p) => /^[\w-]+(\.[\w-]+)+$/.test(p));
  return domain ?? parts[parts.length - 1] ?? null;
}

/**
 * Reads the seed text format (header line, headline, paragraphs) or, without a header, plain text whose first
 * line is the title and whose date is unknown.
 */
export function parseText(text: string): ReleaseParts {
  const newline = text.indexOf('\n');
  const firstLine = newline < 0 ? text : text.slice(0, newline);
  const header = TEXT_HEADER.exec(firstLine);
  if (header) {
    const paragraphs = splitParagraphs(newline < 0 ? '' : text.slice(newline + 1));
    const title = paragraphs[0];
    if (title === undefined)
      throw new ReleaseParseError('no-content', 'The release has a header line but no headline.');
    // An impossible header date (2025-02-30) is no date rather than a failed release.
    const date = header[1]?.toLowerCase() === 'unknown' ? null : normalizeDate(header[1]);
    return {
      format: 'text',
      date,
      title: oneLine(title),
      source: siteOf(header[2]),
      url: null,
      body: paragraphs.slice(1),
    };
  }
  const lines = text.split('\n');
  const titleIndex = lines.findIndex((l) => l.trim().length > 0);
  if (titleIndex < 0) throw new ReleaseParseError('no-content', 'The file holds only whitespace.');
  const title = (lines[titleIndex] as string).trim();
  const { date, body } = takeDateLine(splitParagraphs(lines.slice(titleIndex + 1).join('\n')));
  return { format: 'plain', date, title, source: null, url: null, body };
}
