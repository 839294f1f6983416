import { DEFAULT_MAX_OBJECT_BYTES, FIELD_CAPS } from '../limits';
import { decodeText } from '../text/decode-text';
import { ReleaseParseError } from '../text/release-parse-error';
import { cutAtBoundary } from './cap-release';
import { parseHtml } from './parse-html';
import { parseJson } from './parse-json';
import { FRONT_MATTER, parseMarkdown } from './parse-markdown';
import { parseText, TEXT_HEADER } from './parse-text';
import type { ReleaseParts } from './release-parts';

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

/** A release as read, before entity extraction: its parts, and the text the entities are read from. */
export interface ReadRelease {
  /** Format, date, title (within its cap), source, URL and body paragraphs: all a content hash needs. */
  readonly parts: ReleaseParts;
  /** The text as written, the whole headline with it: what the countries and officials are found in. */
  readonly text: string;
}

/**
 * A headline over the title cap is no headline (a release on one line, a page whose `<h1>` holds the article):
 * its head, cut at a sentence or word boundary, is the title and the whole of it leads the body, so no text is
 * lost and no stored field nears DynamoDB's 400 KB item limit.
 */
function headlined(parts: ReleaseParts): ReadRelease {
  const { title, body } = parts;
  const text = [title, ...body].join('\n\n');
  if (title.length <= FIELD_CAPS.title) return { parts, text };
  return { parts: { ...parts, title: cutAtBoundary(title, FIELD_CAPS.title), body: [title, ...body] }, text };
}

/**
 * The reading stage of the parser: the bytes of one release file to its parts. Detects the encoding and the
 * format from the content (the file name only breaks ties). No entity tables are loaded: a caller that needs
 * only the text or its content hash (the web's release page) imports this alone, not {@link parseRelease}.
 * @throws ReleaseParseError, and nothing else.
 */
export function readReleaseParts(
  bytes: Uint8Array,
  options: { fileName?: string /** @default DEFAULT_MAX_OBJECT_BYTES */; maxBytes?: number } = {},
): ReadRelease {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_OBJECT_BYTES;
  if (bytes.length === 0) throw new ReleaseParseError('empty', 'The file is empty.');
  if (bytes.length > maxBytes) {
    throw new ReleaseParseError(
      'too-large',
      `The file is larger than ${maxBytes} bytes: not a press release.`,
    );
  }
  return asParseError(() => {
    const { text: raw } = decodeText(bytes);
    const text = raw
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .normalize('NFC');
    if (text.trim().length === 0)
      throw new ReleaseParseError('no-content', 'The file holds only whitespace.');
    return headlined(readParts(text, options.fileName));
  });
}

/** Runs `read`; a parser bug does not escape as an untyped error: the caller records typed failures only. */
export function asParseError<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ReleaseParseError) throw error;
    throw new ReleaseParseError(
      'malformed',
      `The release could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
