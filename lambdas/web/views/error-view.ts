import { html, type SafeHtml } from '../html';
import { layout } from './layout';

const TITLES: Record<number, string> = {
  400: 'That request cannot be answered',
  404: 'Not found',
  500: 'Something went wrong',
};

/** 400, 404 and 500 pages. Problems are our own messages about the parameters, never internals. */
export function errorView(status: 400 | 404 | 500, problems: readonly string[] = []): SafeHtml {
  const title = TITLES[status] ?? 'Error';
  return layout({
    title,
    main: html`<h1>${title}</h1>
${problems.length > 0 ? html`<div class="problems" role="alert"><ul>${problems.map((p) => html`<li>${p}</li>`)}</ul></div>` : ''}
<p>${status === 500 ? 'The archive could not be read just now. Try again in a moment.' : html`Go to the <a href="/">latest releases</a>.`}</p>`,
  });
}
