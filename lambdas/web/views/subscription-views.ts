import type { Subscriber, SubscriptionTerm } from '../../core/delivery/subscriber';
import { html, type SafeHtml } from '../html';
import { layout } from './layout';

const problemList = (problems: readonly string[]): SafeHtml | '' =>
  problems.length > 0
    ? html`<div class="problems" role="alert"><ul>${problems.map((p) => html`<li>${p}</li>`)}</ul></div>`
    : '';

/** The fields a sign-up or manage form posts back, as last entered. */
export interface FormValues {
  readonly email?: string;
  readonly countries: string;
  readonly officials: string;
  readonly pairs: string;
  readonly cadence: string;
  readonly tz: string;
  readonly hour: string;
}

export const EMPTY_FORM: FormValues = {
  email: '',
  countries: '',
  officials: '',
  pairs: '',
  cadence: 'immediate',
  tz: 'UTC',
  hour: '8',
};

function fields(values: FormValues): SafeHtml {
  const cadence = (value: string, label: string) =>
    html`<option value="${value}"${values.cadence === value ? html` selected` : ''}>${label}</option>`;
  return html`<p><label for="countries">Countries</label> <input id="countries" name="countries" value="${values.countries}" placeholder="Slovenia, KZ"></p>
<p><label for="officials">Officials</label> <input id="officials" name="officials" value="${values.officials}" placeholder="Kassym-Jomart Tokayev, Tokayev, Токаев"> <small>a full name in any script, or a surname alone for everyone of that name</small></p>
<p><label for="pairs">Pairs of countries</label> <input id="pairs" name="pairs" value="${values.pairs}" placeholder="KZ-SI, Kazakhstan+Slovenia"> <small>releases that name both</small></p>
<p><label for="cadence">How often</label> <select id="cadence" name="cadence">${cadence('immediate', 'As it happens')}${cadence('daily', 'Daily digest')}${cadence('weekly', 'Weekly digest (Mondays)')}</select></p>
<p><label for="tz">Time zone</label> <input id="tz" name="tz" value="${values.tz}" placeholder="Europe/Ljubljana"> <label for="hour">at hour</label> <input id="hour" name="hour" value="${values.hour}" inputmode="numeric" size="2"></p>`;
}

export function subscribeView(values: FormValues, problems: readonly string[] = []): SafeHtml {
  return layout({
    title: 'Subscribe',
    main: html`<h1>Get alerts by mail</h1>
<p>Each comma-separated. Nothing is sent until you confirm from the mail we send you.</p>
${problemList(problems)}
<form method="post" action="/subscribe">
<p><label for="email">Email</label> <input id="email" name="email" type="email" value="${values.email ?? ''}" required></p>
${fields(values)}
<p><button type="submit">Subscribe</button></p>
</form>`,
  });
}

/** A message page, e.g. after a POST. */
export function messageView(title: string, text: string): SafeHtml {
  return layout({ title, main: html`<h1>${title}</h1><p>${text}</p>` });
}

/** A page with one button: the link in a mail lands here, and only the button (a POST) acts. */
export function buttonView(
  title: string,
  text: string,
  action: '/confirm' | '/unsubscribe',
  token: string,
  label: string,
): SafeHtml {
  return layout({
    title,
    main: html`<h1>${title}</h1><p>${text}</p>
<form method="post" action="${action}"><input type="hidden" name="token" value="${token}"><button type="submit">${label}</button></form>`,
  });
}

export function manageView(
  subscriber: Subscriber,
  masked: string,
  token: string,
  unsubscribeToken: string,
  problems: readonly string[] = [],
): SafeHtml {
  const labels = (...kinds: SubscriptionTerm['kind'][]) =>
    subscriber.terms
      .filter((t) => kinds.includes(t.kind))
      .map((t) => t.label)
      .join(', ');
  const values: FormValues = {
    countries: labels('country'),
    officials: labels('official', 'surname'),
    pairs: labels('pair'),
    cadence: subscriber.cadence,
    tz: subscriber.timeZone,
    hour: String(subscriber.hour),
  };
  return layout({
    title: 'Your subscription',
    main: html`<h1>Your subscription</h1>
<p>For ${masked}: ${subscriber.status}.</p>
${problemList(problems)}
<form method="post" action="/manage"><input type="hidden" name="token" value="${token}">
${fields(values)}
<p><button type="submit">Save</button></p>
</form>
<form method="post" action="/unsubscribe"><input type="hidden" name="token" value="${unsubscribeToken}"><button type="submit">Unsubscribe</button></form>`,
  });
}
