import { Parser } from 'htmlparser2';
import { ReleaseParseError } from '../text/release-parse-error';
import { normalizeDate } from './normalize-date';
import type { ReleaseParts } from './release-parts';
import { takeDateLine } from './take-date-line';

// Elements whose text is never release text: code, navigation and page chrome.
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'iframe',
  'object',
  'canvas',
  'figure',
  'figcaption',
  'menu',
  'dialog',
]);
const BLOCK = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'td',
  'th',
  'tr',
  'table',
  'section',
  'article',
  'main',
  'br',
  'hr',
  'dd',
  'dt',
  'address',
  'time',
]);
// Class or id words of boilerplate containers that are not in semantic elements.
const CHROME =
  /\b(nav|navbar|menu|breadcrumbs?|footer|header|sidebar|share|social|related|cookie|banner|subscribe|comments?|tags|print)\b/i;

interface Block {
  readonly text: string;
  readonly inMain: boolean;
  readonly tag: string;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Drops a site suffix from a page title: "Headline | gov.kz" -> headline, site. */
export function splitTitle(title: string): { title: string; site: string | null } {
  const m = /^(.*\S)\s+(?:\||–|—|-|::|»)\s+([^|–—»]{2,60})$/.exec(title);
  if (m && (m[1] ?? '').length > (m[2] ?? '').length)
    return { title: m[1] as string, site: (m[2] as string).trim() };
  return { title, site: null };
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  const m = /^[a-z]+:\/\/(?:www\.)?([^/:?#]+)/i.exec(url);
  return m ? (m[1] as string).toLowerCase() : null;
}

function jsonLdField(node: unknown, keys: readonly string[]): string | null {
  if (Array.isArray(node)) {
    for (const n of node) {
      const v = jsonLdField(n, keys);
      if (v) return v;
    }
    return null;
  }
  if (node === null || typeof node !== 'object') return null;
  const record = node as Record<string, unknown>;
  for (const k of keys) {
    const v = record[k];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return jsonLdField(record['@graph'], keys);
}

/**
 * Reads an HTML page with a real parser: title from `<h1>`, `og:title` or `<title>` (site suffix stripped), date
 * from `article:published_time`, JSON-LD `datePublished` or `<time datetime>`, paragraphs from the article
 * (or the whole body when there is none) without scripts, navigation and page chrome.
 */
export function parseHtml(html: string): ReleaseParts {
  const meta = new Map<string, string>();
  const blocks: Block[] = [];
  const jsonLd: string[] = [];
  let titleTag = '';
  let h1: string | null = null;
  let timeDate: string | null = null;
  let canonical: string | null = null;
  let skipDepth = 0;
  let mainDepth = 0;
  let sawMain = false;
  let inTitle = false;
  let inH1 = false;
  let inJsonLd = false;
  let buffer = '';
  let h1Buffer = '';
  const stack: Array<{ name: string; skip: boolean; main: boolean }> = [];

  const flush = (tag: string) => {
    const text = collapse(buffer);
    buffer = '';
    if (text) blocks.push({ text, inMain: mainDepth > 0, tag });
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const cls = `${attrs.class ?? ''} ${attrs.id ?? ''} ${attrs.role ?? ''}`;
        const skip =
          SKIP.has(name) ||
          (name !== 'body' &&
            name !== 'html' &&
            name !== 'article' &&
            name !== 'main' &&
            CHROME.test(cls) &&
            !/\b(content|article|text|body)\b/i.test(cls));
        const main = name === 'article' || name === 'main' || attrs.role === 'main';
        stack.push({ name, skip, main });
        if (name === 'script' && /ld\+json/i.test(attrs.type ?? '')) inJsonLd = true;
        if (skip) skipDepth++;
        // Text before the article (a title, a tagline) must not be counted as the article's.
        if (main && skipDepth === 0) flush(name);
        if (main) {
          mainDepth++;
          sawMain = true;
        }
        if (name === 'title') inTitle = true;
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          if (key && attrs.content) meta.set(key, attrs.content);
        }
        if (name === 'link' && /\bcanonical\b/i.test(attrs.rel ?? '') && attrs.href) canonical = attrs.href;
        if (name === 'time' && timeDate === null && skipDepth === 0 && attrs.datetime)
          timeDate = normalizeDate(attrs.datetime);
        if (BLOCK.has(name) && skipDepth === 0) flush(name);
        if (name === 'h1' && h1 === null && skipDepth === 0) {
          inH1 = true;
          h1Buffer = '';
        }
      },
      ontext(data) {
        if (inJsonLd) jsonLd.push(data);
        if (inTitle) {
          titleTag += data;
          return;
        }
        if (skipDepth > 0) return;
        if (inH1) h1Buffer += data;
        buffer += data;
      },
      onclosetag(name) {
        if (name === 'script') inJsonLd = false;
        if (name === 'title') inTitle = false;
        if (name === 'h1' && inH1) {
          inH1 = false;
          h1 = collapse(h1Buffer) || null;
        }
        if (BLOCK.has(name) && skipDepth === 0) flush(name);
        // Pop to the matching element; htmlparser2 closes implied elements for us.
        const top = stack.pop();
        if (top?.skip) skipDepth--;
        if (top?.main) mainDepth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush('end');

  let ldDate: string | null = null;
  let ldTitle: string | null = null;
  for (const raw of jsonLd) {
    try {
      const data: unknown = JSON.parse(raw);
      ldDate ??= normalizeDate(jsonLdField(data, ['datePublished', 'dateCreated']));
      ldTitle ??= jsonLdField(data, ['headline']);
    } catch {
      // Broken JSON-LD is common on real pages: ignore it.
    }
  }
  const fromTitleTag = splitTitle(collapse(titleTag));
  const ogTitle = meta.get('og:title') ? splitTitle(collapse(meta.get('og:title') as string)).title : null;
  const title = h1 ?? ogTitle ?? ldTitle ?? (fromTitleTag.title || null);
  const url = meta.get('og:url') ?? canonical;
  const date =
    normalizeDate(meta.get('article:published_time')) ??
    ldDate ??
    timeDate ??
    normalizeDate(
      meta.get('date') ?? meta.get('dc.date') ?? meta.get('pubdate') ?? meta.get('datepublished'),
    );
  const source = meta.get('og:site_name') ?? fromTitleTag.site ?? hostOf(url ?? null);
  const kept = (sawMain ? blocks.filter((b) => b.inMain) : blocks).filter(
    (b) => b.tag !== 'time' || !/^\d{4}-\d{2}-\d{2}/.test(b.text),
  );
  let body = kept.map((b) => b.text);
  if (title !== null) {
    const i = body.indexOf(title);
    if (i >= 0 && i < 2) body = body.slice(0, i).concat(body.slice(i + 1));
  }
  // A date line on its own ("2019-09-05") is metadata, not text.
  body = body.filter((p) => !/^\d{4}-\d{2}-\d{2}$/.test(p));
  const line = takeDateLine(body);
  body = line.body;
  const finalTitle = title ?? body[0];
  if (finalTitle === undefined)
    throw new ReleaseParseError('no-content', 'The HTML page has no title and no text.');
  if (title === null) body = body.slice(1);
  return { format: 'html', date: date ?? line.date, title: finalTitle, source, url: url ?? null, body };
}
