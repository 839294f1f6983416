import type { Segment } from '../highlight';
import { html, type SafeHtml } from '../html';
import type { ReleasePage } from '../pages/release-page';
import { linkableUrl, segment } from '../safe-url';
import { layout } from './layout';
import { ALERT_LABELS, countryLink, officialLink } from './release-list';

/** Plain text, and each mention as a `<mark>` naming what it refers to. */
function marked(segments: readonly Segment[]): SafeHtml {
  return html`${segments.map((s) => {
    if (!s.marks || s.marks.length === 0) return s.text;
    const kinds = [...new Set(s.marks.map((m) => m.kind))].sort().join(' ');
    const what = s.marks.map((m) => (m.kind === 'country' ? `${m.label} (${m.id})` : m.label)).join(', ');
    const ids = s.marks.map((m) => `${m.kind}:${m.id}`).join(' ');
    return html`<mark class="${kinds}" title="${what}" data-entities="${ids}">${s.text}</mark>`;
  })}`;
}

export function releaseView(page: ReleasePage): SafeHtml {
  const link = linkableUrl(page.url);
  const main = html`<article aria-labelledby="title">
<h1 id="title">${marked(page.titleSegments)}</h1>
<dl class="facts">
<dt>Date</dt><dd>${page.date ? html`<time datetime="${page.date}">${page.date}</time>` : 'not stated'}</dd>
<dt>Source</dt><dd>${page.source ?? 'not stated'}</dd>
${page.url ? html`<dt>Link</dt><dd>${link ? html`<a href="${link}" rel="noopener noreferrer nofollow">${page.url}</a>` : html`<span>${page.url}</span> <span class="muted">(not a web address: not linked)</span>`}</dd>` : ''}
<dt>Alert</dt><dd class="state">${ALERT_LABELS[page.alert]}</dd>
</dl>
<p class="legend muted">Highlighted where found: <mark class="country">countries</mark> and <mark class="official">officials</mark>, as written.</p>
<section class="text" aria-label="Text of the release">
${page.bodySegments === null ? html`<p class="muted">The text is no longer stored under any of this release's locations. The lead, as stored:</p><p>${page.summary}</p>` : page.bodySegments.map((p) => html`<p>${marked(p)}</p>`)}
</section>
</article>`;
  const aside = html`<section aria-labelledby="side-countries"><h2 id="side-countries">Countries</h2>
${page.countries.length === 0 ? html`<p class="muted">None found.</p>` : html`<ul>${page.countries.map((c) => html`<li>${countryLink(c.code, c.name)} ${c.name} <span class="count">(found ${c.found}×)</span>${c.mentions.length > 0 ? html`<br><span class="muted">as ${c.mentions.join(', ')}</span>` : ''}</li>`)}</ul>`}
</section>
<section aria-labelledby="side-officials"><h2 id="side-officials">Officials</h2>
${page.officials.length === 0 ? html`<p class="muted">None found.</p>` : html`<ul>${page.officials.map((o) => html`<li>${officialLink(o.id, o.name)} <span class="count">(found ${o.found}×)</span>${o.roles.length > 0 ? html`<br>${o.roles.join('; ')}` : ''}${o.country ? html` (${countryLink(o.country)})` : ''}${o.variants.length > 0 ? html`<br><span class="muted">as ${o.variants.join(', ')}</span>` : ''}</li>`)}</ul>`}
</section>
<section aria-labelledby="side-file"><h2 id="side-file">File</h2>
<dl class="facts">
<dt>Locations</dt><dd><ul>${page.locations.map((l) => html`<li><code>${l.uri}</code>${l.history ? ' (history)' : ''}</li>`)}</ul></dd>
<dt>Format</dt><dd>${page.format}</dd>
<dt>Stored</dt><dd><time datetime="${page.ingestedAt}">${page.ingestedAt}</time></dd>
<dt>Updated</dt><dd><time datetime="${page.updatedAt}">${page.updatedAt}</time></dd>
<dt>Parser</dt><dd>${page.parserVersion ?? 'version not recorded'}</dd>
</dl>
<p><a href="/releases/${segment(page.id)}.json">This release as JSON</a></p>
</section>`;
  return layout({ title: page.title || 'Release', main, aside, json: `/releases/${segment(page.id)}.json` });
}
