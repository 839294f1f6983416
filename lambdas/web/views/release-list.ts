import { html, type SafeHtml } from '../html';
import { countryName } from '../pages/country-name';
import type { AlertState, ReleaseItem } from '../pages/release-item';
import { segment } from '../safe-url';

export const ALERT_LABELS: Record<AlertState, string> = {
  alerted: 'Alerted',
  history: 'Imported as history (not alerted)',
  pending: 'Stored, alert not yet sent',
};

/**
 * A country as a link: its code, with the name for screen readers and on hover. No flag emoji: without an
 * emoji font (many Linux desktops, Debian's Chromium as installed here) they render as empty boxes.
 */
export function countryLink(code: string, name: string = countryName(code)): SafeHtml {
  return html`<a href="/countries/${segment(code)}" title="${name}">${code}<span class="visually-hidden"> (${name})</span></a>`;
}

export function officialLink(id: string, name: string): SafeHtml {
  return html`<a href="/officials/${segment(id)}">${name}</a>`;
}

/** Newest first, as a list of articles. */
export function releaseList(items: readonly ReleaseItem[], empty: string): SafeHtml {
  if (items.length === 0) return html`<p>${empty}</p>`;
  return html`<ol class="releases">${items.map(
    (r) => html`<li><article>
<h3><a href="/releases/${segment(r.id)}">${r.title || '(no title)'}</a></h3>
<p class="meta">${r.date ? html`<time datetime="${r.date}">${r.date}</time>` : 'date unknown'}${r.source ? html` · ${r.source}` : ''} · ${ALERT_LABELS[r.alert]}</p>
${r.countries.length > 0 ? html`<ul class="tags" aria-label="Countries">${r.countries.map((c) => html`<li>${countryLink(c.code, c.name)}</li>`)}</ul>` : ''}
${r.officials.length > 0 ? html`<ul class="tags" aria-label="Officials">${r.officials.map((o) => html`<li>${officialLink(o.id, o.name)}</li>`)}</ul>` : ''}
</article></li>`,
  )}</ol>`;
}

/** Previous / next links; `href` builds the link of a page. */
export function pager(page: number, hasNext: boolean, href: (page: number) => string): SafeHtml {
  if (page === 1 && !hasNext) return html``;
  return html`<nav class="pager" aria-label="Pages"><ul>
${page > 1 ? html`<li><a rel="prev" href="${href(page - 1)}">← Newer</a></li>` : ''}
<li aria-current="page">Page ${page}</li>
${hasNext ? html`<li><a rel="next" href="${href(page + 1)}">Older →</a></li>` : ''}
</ul></nav>`;
}

/**
 * The links of a list that pages on with cursors: back to the newest page (the browser's Back goes one page
 * back), and on to the older releases.
 */
export function cursorPager(first: boolean, newest: string, older: string | null): SafeHtml {
  if (first && older === null) return html``;
  return html`<nav class="pager" aria-label="Pages"><ul>
${first ? '' : html`<li><a href="${newest}">← Newest</a></li>`}
${older === null ? html`<li aria-current="page">Oldest releases</li>` : html`<li><a rel="next" href="${older}">Older →</a></li>`}
</ul></nav>`;
}
