import { findCountries, matchCountries } from '../entities/find-countries';
import { findOfficials } from '../entities/officials/find-officials';
import { DEFAULT_MAX_OBJECT_BYTES, FIELD_CAPS } from '../limits';
import type { ParsedRelease } from '../release';
import { decodeText } from '../text/decode-text';
import { ReleaseParseError } from '../text/release-parse-error';
import { tokenize } from '../text/tokenize';
import { capRelease, cutAtBoundary } from './cap-release';
import { parseHtml } from './parse-html';
import { parseJson } from './parse-json';
import { FRONT_MATTER, parseMarkdown } from './parse-markdown';
import { parseText, TEXT_HEADER } from './parse-text';
import type { ReleaseParts } from './release-parts';
import { summarize } from './summarize';

const HTML_START = /^<(?:!doctype\s+html|html|head|body|article|main|div|p|h1|meta|title|section)\b/i;

function readParts(text: string, fileName: string | undefined): ReleaseParts {
  const start = text.trimStart();
  const ext = /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  if (TEXT_HEADER.test(firstLine)) return parseText(text);
  if (start.startsWith('{') || start.startsWith('[')) {
    try {
      return parseJson(JSON.parse(start));
    } catch (error) {
      if (error instanceof ReleaseParseError) throw error;
      if (ext === 'json')
        throw new ReleaseParseError('malformed', `The JSON file does not parse: ${(error as Error).message}`);
    }
  } else if (ext === 'json') {
    throw new ReleaseParseError('malformed', 'The file is named .json but does not hold a JSON object.');
  }
  if (
    HTML_START.test(start.replace(/^<\?xml[^>]*>\s*/, '').replace(/^<!--[\s\S]*?-->\s*/, '')) ||
    ((ext === 'html' || ext === 'htm') && /<[a-z]/i.test(start))
  ) {
    return parseHtml(start);
  }
  if (FRONT_MATTER.test(start) || ext === 'md' || ext === 'markdown' || /^#{1,2}\s+\S/.test(start))
    return parseMarkdown(start);
  return parseText(text);
}

/**
 * A headline over the title cap is no headline (a release on one line, a page whose `<h1>` holds the article):
 * its head, cut at a sentence or word boundary, is the title and the whole of it leads the body, so no text is
 * lost and no stored field nears DynamoDB's 400 KB item limit.
 */
function headlined(parts: ReleaseParts): {
  release: ReleaseParts;
  headline: string;
  body: readonly string[];
} {
  const { title, body } = parts;
  if (title.length <= FIELD_CAPS.title) return { release: parts, headline: title, body };
  return {
    release: { ...parts, title: cutAtBoundary(title, FIELD_CAPS.title), body: [title, ...body] },
    headline: title,
    body,
  };
}

/**
 * Parses the bytes of one release file into a {@link ParsedRelease}: detects the encoding and the format from
 * the content (the file name only breaks ties), then finds the countries and officials it names.
 * @throws ReleaseParseError, and nothing else.
 */
export function parseRelease(
  bytes: Uint8Array,
  options: { fileName?: string /** @default DEFAULT_MAX_OBJECT_BYTES */; maxBytes?: number } = {},
): ParsedRelease {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_OBJECT_BYTES;
  if (bytes.length === 0) throw new ReleaseParseError('empty', 'The file is empty.');
  if (bytes.length > maxBytes) {
    throw new ReleaseParseError(
      'too-large',
      `The file is larger than ${maxBytes} bytes: not a press release.`,
    );
  }
  try {
    const { text: raw } = decodeText(bytes);
    const text = raw
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .normalize('NFC');
    if (text.trim().length === 0)
      throw new ReleaseParseError('no-content', 'The file holds only whitespace.');
    const parts = headlined(readParts(text, options.fileName));
    // Entities are read from the text as written, the whole headline with it.
    const full = [parts.headline, ...parts.body].join('\n\n');
    const tokens = tokenize(full);
    const countryMatches = matchCountries(tokens);
    return capRelease({
      ...parts.release,
      summary: summarize(parts.release.title, parts.release.body),
      countries: findCountries(full, tokens, countryMatches),
      officials: findOfficials(full, tokens, countryMatches),
    });
  } catch (error) {
    if (error instanceof ReleaseParseError) throw error;
    // A parser bug must not escape as an untyped error: the caller records typed failures only.
    throw new ReleaseParseError(
      'malformed',
      `The release could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
