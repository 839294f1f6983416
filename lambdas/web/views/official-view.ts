import { html, type SafeHtml } from '../html';
import type { OfficialPage } from '../pages/official-page';
import { segment, withQuery } from '../safe-url';
import { layout } from './layout';
import { countryLink, cursorPager, releaseList } from './release-list';

export function officialView(page: OfficialPage): SafeHtml {
  const base = `/officials/${segment(page.id)}`;
  const feed = `/feeds/officials/${segment(page.id)}.atom`;
  const main = html`<h1>${page.name}</h1>
<p class="muted">Named in ${page.releaseCount} release${page.releaseCount === 1 ? '' : 's'}${page.roleCountries.length > 0 ? html` · office of ${page.roleCountries.map((c) => countryLink(c))}` : ''}</p>
<p><a href="${feed}">Atom feed of ${page.name}</a></p>
<h2>Roles over time</h2>
${page.releaseCount > page.profileWindow ? html`<p class="muted">Roles, names and countries as the newest ${page.profileWindow} of their ${page.releaseCount} releases state them.</p>` : ''}
${page.roles.length === 0 ? html`<p class="muted">No role stated.</p>` : html`<table class="roles"><caption class="visually-hidden">Roles as stated, with the dates of the first and last release stating each</caption><thead><tr><th scope="col">Role as stated</th><th scope="col">First</th><th scope="col">Last</th><th scope="col">Releases</th></tr></thead><tbody>${page.roles.map((r) => html`<tr><td>${r.role}</td><td>${r.first ?? '–'}</td><td>${r.last ?? '–'}</td><td>${r.releases}</td></tr>`)}</tbody></table>`}
<h2>Releases, newest first</h2>
${releaseList(page.releases, 'No release names this official any more.')}
${cursorPager(page.after === null, base, page.next === null ? null : withQuery(base, { after: page.next }))}`;
  const aside = html`<section aria-labelledby="variants"><h2 id="variants">Names as written</h2>
<p class="muted">Scripts: ${page.scripts.join(', ') || 'none'}</p>
<ul>${page.variants.map((v) => html`<li>${v.text} <span class="muted">(${v.scripts.join(', ')})</span></li>`)}</ul>
</section>
<section aria-labelledby="countries-with"><h2 id="countries-with">Countries they appear with</h2>
${page.countries.length === 0 ? html`<p class="muted">None.</p>` : html`<ul>${page.countries.map((c) => html`<li>${countryLink(c.code, c.name)} ${c.name} <span class="count">(${c.count})</span></li>`)}</ul>`}
</section>`;
  return layout({
    title: page.name,
    main,
    aside,
    feeds: [{ title: `Releases naming ${page.name}`, href: feed }],
    json: withQuery(`${base}.json`, { after: page.after }),
  });
}
