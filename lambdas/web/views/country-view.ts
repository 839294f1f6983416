import { html, type SafeHtml } from '../html';
import type { CountryPage } from '../pages/country-page';
import { segment, withQuery } from '../safe-url';
import { layout } from './layout';
import { countryLink, cursorPager, officialLink, releaseList } from './release-list';

export function countryView(page: CountryPage): SafeHtml {
  const base = `/countries/${segment(page.code)}`;
  const feed = `/feeds/countries/${segment(page.code)}.atom`;
  const main = html`<h1>${page.name} <span class="muted">(${page.code})</span></h1>
<p><a href="${feed}">Atom feed of ${page.name}</a> · <a href="${withQuery('/', { country: page.code })}">Search within ${page.name}</a></p>
<h2>Releases, newest first</h2>
${releaseList(page.releases, `No release names ${page.name} yet.`)}
${cursorPager(page.after === null, base, page.next === null ? null : withQuery(base, { after: page.next }))}`;
  const aside = html`<section aria-labelledby="with-officials"><h2 id="with-officials">Officials named with it</h2>
<p class="muted">In the releases of this page.</p>
${page.with.officials.length === 0 ? html`<p class="muted">None.</p>` : html`<ul>${page.with.officials.map((o) => html`<li>${officialLink(o.id, o.name)} <span class="count">(${o.count})</span></li>`)}</ul>`}
</section>
<section aria-labelledby="with-countries"><h2 id="with-countries">Other countries named with it</h2>
${page.with.countries.length === 0 ? html`<p class="muted">None.</p>` : html`<ul>${page.with.countries.map((c) => html`<li>${countryLink(c.code, c.name)} ${c.name} <span class="count">(${c.count})</span></li>`)}</ul>`}
</section>`;
  return layout({
    title: page.name,
    main,
    aside,
    feeds: [{ title: `Releases naming ${page.name}`, href: feed }],
    json: withQuery(`${base}.json`, { after: page.after }),
  });
}
