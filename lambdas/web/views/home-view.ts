import { html, type SafeHtml } from '../html';
import type { HomePage } from '../pages/home-page';
import { SEARCH_WINDOW } from '../read-input';
import { withQuery } from '../safe-url';
import { layout } from './layout';
import { countryLink, pager, releaseList } from './release-list';

export function homeView(page: HomePage): SafeHtml {
  const s = page.search;
  const filtered = Boolean(s.q || s.country || s.official || s.since || s.until);
  const params = { q: s.q, country: s.country, official: s.official, since: s.since, until: s.until };
  const href = (n: number) => withQuery('/', { ...params, page: n > 1 ? n : null });
  const main = html`<h1>${filtered ? 'Search results' : 'Latest releases'}</h1>
<form class="search" method="get" action="/" role="search" aria-label="Search releases">
<div class="wide"><label for="q">Words (title, text, names)</label><input id="q" name="q" type="search" value="${s.q}" maxlength="200" aria-describedby="q-hint"><span id="q-hint" class="hint">Every word must occur; no phrases.</span></div>
<div><label for="country">Country code <span class="hint">(e.g. SI)</span></label><input id="country" name="country" value="${s.country ?? ''}" maxlength="2" autocomplete="off"></div>
<div><label for="official">Official id <span class="hint">(e.g. kassym-jomart-tokayev)</span></label><input id="official" name="official" value="${s.official ?? ''}" autocomplete="off"></div>
<div><label for="since">From date</label><input id="since" name="since" type="date" value="${s.since ?? ''}"></div>
<div><label for="until">To date</label><input id="until" name="until" type="date" value="${s.until ?? ''}"></div>
<div class="wide"><button type="submit">Search</button>${filtered ? html` <a href="/">Clear</a>` : ''}</div>
</form>
<p class="muted" role="status">${page.matches} release${page.matches === 1 ? '' : 's'}${page.windowFull ? html` among the newest ${SEARCH_WINDOW} matching the filters (narrow the dates, or open a country or official, to reach older ones)` : ''}.${page.withoutFullText > 0 ? html` ${page.withoutFullText} of the releases searched were stored before their text was indexed: only their title, lead and names were searched.` : ''}</p>
${releaseList(page.releases, filtered ? 'No release matches.' : 'No release yet: upload one to the releases bucket.')}
${pager(s.page, page.hasNext, href)}`;
  const aside = html`<section aria-labelledby="facet-countries"><h2 id="facet-countries">Countries</h2>
${page.facets.countries.length === 0 ? html`<p class="muted">None.</p>` : html`<ul>${page.facets.countries.map((c) => html`<li>${countryLink(c.code, c.name)} <a href="${withQuery('/', { ...params, country: c.code })}">${c.name}</a> <span class="count">(${c.count})</span></li>`)}</ul>`}
</section>
<section aria-labelledby="facet-officials"><h2 id="facet-officials">Officials</h2>
${page.facets.officials.length === 0 ? html`<p class="muted">None.</p>` : html`<ul>${page.facets.officials.map((o) => html`<li><a href="${withQuery('/', { ...params, official: o.id })}">${o.name}</a> <span class="count">(${o.count})</span></li>`)}</ul>`}
</section>`;
  return layout({
    title: filtered ? 'Search' : 'Latest releases',
    main,
    aside,
    feeds: [{ title: 'All releases', href: '/feeds/all.atom' }],
    json: withQuery('/index.json', { ...params, page: s.page > 1 ? s.page : null }),
  });
}
