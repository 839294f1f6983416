import { ReleaseParseError } from '../text/release-parse-error';
import { normalizeDate } from './normalize-date';
import type { ReleaseParts } from './release-parts';
import { oneLine, splitParagraphs } from './split-paragraphs';

/** Front matter at the very start: `---`, `key: value` lines, `---`. */
export const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

function unquote(value: string): string {
  return value.trim().replace(/^(['"])(.*)\1$/, '$2');
}

/** Markdown inline markup removed: links keep their text, emphasis and code marks go. */
function plain(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s{0,3}(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/^#{1,6}\s+/gm, '');
}

/** Reads Markdown with optional front matter (`title`, `date`, `source`, `url`); else the first heading is the title. */
export function parseMarkdown(text: string): ReleaseParts {
  const fields = new Map<string, string>();
  let rest = text;
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    for (const line of (fm[1] ?? '').split('\n')) {
      const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
      if (m) fields.set((m[1] as string).toLowerCase(), unquote(m[2] as string));
    }
    rest = text.slice(fm[0].length);
  }
  const paragraphs = splitParagraphs(rest).filter((p) => !/^([-*_]\s*){3,}$/.test(p));
  let title = fields.get('title') ?? fields.get('headline') ?? null;
  let body = paragraphs;
  const headingIndex = paragraphs.findIndex((p) => /^#{1,2}\s+/.test(p));
  if (title === null) {
    const i = Math.max(headingIndex, 0);
    title = paragraphs[i] ?? null;
    body = paragraphs.filter((_, k) => k !== i);
  } else if (headingIndex === 0 && oneLine(plain(paragraphs[0] as string)) === title) {
    body = paragraphs.slice(1);
  }
  if (title === null)
    throw new ReleaseParseError('no-content', 'The Markdown file has no title and no text.');
  return {
    format: 'markdown',
    date: normalizeDate(fields.get('date') ?? fields.get('published') ?? fields.get('datepublished')),
    title: oneLine(plain(title)),
    source: fields.get('source') ?? fields.get('site') ?? null,
    url: fields.get('url') ?? fields.get('link') ?? null,
    body: body.map((p) => plain(p).trim()).filter((p) => p.length > 0),
  };
}
