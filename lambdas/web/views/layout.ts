import { html, type SafeHtml } from '../html';

export interface LayoutOptions {
  /** The page's own title (the site name is added). */
  readonly title: string;
  readonly main: SafeHtml;
  /** Side column (facets, entities); the main column takes the full width without it. */
  readonly aside?: SafeHtml;
  /** Atom feeds to announce with `<link rel="alternate">`. */
  readonly feeds?: ReadonlyArray<{ readonly title: string; readonly href: string }>;
  /** The same page as JSON. */
  readonly json?: string;
}

/** The page frame: landmarks (banner, navigation, main, complementary, contentinfo) and a skip link. */
export function layout(options: LayoutOptions): SafeHtml {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · communique</title>
<link rel="stylesheet" href="/style.css">
${(options.feeds ?? []).map((f) => html`<link rel="alternate" type="application/atom+xml" title="${f.title}" href="${f.href}">\n`)}${options.json ? html`<link rel="alternate" type="application/json" href="${options.json}">` : ''}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site"><div class="bar">
<a class="name" href="/">communique</a>
<nav aria-label="Site"><ul><li><a href="/">Latest releases</a></li><li><a href="/feeds/all.atom">Feed of all releases</a></li></ul></nav>
</div></header>
<div class="page${options.aside ? ' with-aside' : ''}">
<main id="main" tabindex="-1">
${options.main}
</main>
${options.aside ? html`<aside aria-label="Related">${options.aside}</aside>` : ''}
</div>
<footer class="site"><div class="bar"><p>communique: official press releases, the countries and officials they name. Every page is also JSON (add <code>.json</code> or send <code>Accept: application/json</code>).</p></div></footer>
</body>
</html>
`;
}
