import type { ParsedRelease } from '../release';
import { ReleaseParseError } from './release-parse-error';

// FIRST CUT (seed format only). The full parser replaces this file, keeping this signature.

/**
 * Parses the bytes of one release file into a {@link ParsedRelease}.
 * @throws ReleaseParseError, and nothing else.
 */
export function parseRelease(bytes: Uint8Array, _options: { fileName?: string } = {}): ParsedRelease {
  if (bytes.length === 0) throw new ReleaseParseError('empty', 'The file is empty.');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const lines = text.split(/\r?\n/);
  const header = /^\s*date (\d{4}-\d{2}-\d{2}|unknown) (.+)$/.exec(lines[0] ?? '');
  const rest = header ? lines.slice(1) : lines;
  const paragraphs = rest
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const title = paragraphs[0];
  if (title === undefined) throw new ReleaseParseError('no-content', 'The file has no text.');
  const body = paragraphs.slice(1);
  return {
    format: header ? 'text' : 'plain',
    date: header && header[1] !== 'unknown' ? (header[1] ?? null) : null,
    title,
    source: header?.[2]?.trim() ?? null,
    url: null,
    body,
    summary: (body[0] ?? title).slice(0, 300),
    countries: [],
    officials: [],
  };
}
