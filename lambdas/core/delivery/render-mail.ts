import type { WhyLine } from './why-matched';

/** A mail ready for SES v2 `SendEmail` (Simple content) or SMTP: both parts and the per-message headers. */
export interface OutgoingMail {
  readonly to: string;
  /** ASCII, at most 99 characters: the alert's subject, as SNS mail has it. */
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** Printable ASCII values only (SES v2 rejects others). */
  readonly headers: Readonly<Record<string, string>>;
  /** Sent as an SES message tag, so that a bounce or complaint finds its subscriber without the address. */
  readonly subscriberId?: string;
}

/** The links every subscriber mail carries. */
export interface MailLinks {
  /** `https://.../unsubscribe?token=...`: the page with one button, and the RFC 8058 one-click POST target. */
  readonly unsubscribeUrl: string;
  readonly manageUrl: string;
}

/** One release in a mail: its alert, and why it matched. */
export interface MailRelease {
  readonly subject: string;
  /** The alert's plain-text body. */
  readonly body: string;
  readonly why: readonly WhyLine[];
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Uploaded text is escaped everywhere it reaches markup; controls other than tab and line feed are dropped. */
export function escapeHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/(?![\t\n])\p{Cc}/gu, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/**
 * RFC 2369 `List-Unsubscribe` with an HTTPS link only, and RFC 8058 `List-Unsubscribe-Post`, which Gmail and
 * Yahoo require of bulk senders. A URL with anything but printable ASCII is refused: SES v2 would be.
 */
export function unsubscribeHeaders(unsubscribeUrl: string): Record<string, string> {
  if (!/^https?:\/\/[\x21-\x7E]+$/.test(unsubscribeUrl) || /[<>]/.test(unsubscribeUrl))
    throw new Error('an unsubscribe URL is printable ASCII, http(s), without angle brackets');
  return { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

const WHY_TITLE = 'Why you got this';

function whyText(why: readonly WhyLine[]): string[] {
  return why.map((w) => {
    const written = w.variant && w.variant !== w.term ? ` (written "${w.variant}")` : '';
    const sentence = w.sentence ? `: "${w.sentence}"` : '';
    return `- You follow ${w.term}${written}${sentence}`;
  });
}

function whyHtml(why: readonly WhyLine[]): string {
  const items = why.map((w) => {
    const written = w.variant && w.variant !== w.term ? ` (written <q>${escapeHtml(w.variant)}</q>)` : '';
    const sentence = w.sentence ? `: <blockquote>${escapeHtml(w.sentence)}</blockquote>` : '';
    return `<li>You follow <strong>${escapeHtml(w.term)}</strong>${written}${sentence}</li>`;
  });
  return `<h2>${WHY_TITLE}</h2><ul class="why">${items.join('')}</ul>`;
}

function footerText(links: MailLinks): string[] {
  return ['', `Manage your subscription: ${links.manageUrl}`, `Unsubscribe: ${links.unsubscribeUrl}`];
}

function footerHtml(links: MailLinks): string {
  return `<hr><p><a href="${escapeHtml(links.manageUrl)}">Manage your subscription</a> · <a href="${escapeHtml(links.unsubscribeUrl)}">Unsubscribe</a></p>`;
}

function page(title: string, content: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${content}</body></html>`;
}

function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** The mail of one release to one immediate subscriber: the alert as SNS sends it, the why block, the links. */
export function renderAlertMail(to: string, release: MailRelease, links: MailLinks): OutgoingMail {
  return {
    to,
    subject: release.subject,
    text: [release.body.trimEnd(), '', `${WHY_TITLE}:`, ...whyText(release.why), ...footerText(links)].join(
      '\n',
    ),
    html: page(release.subject, `${paragraphs(release.body)}${whyHtml(release.why)}${footerHtml(links)}`),
    headers: unsubscribeHeaders(links.unsubscribeUrl),
  };
}

/** A group of a digest: the releases one term matched. */
export interface DigestGroup {
  readonly term: string;
  readonly releases: readonly MailRelease[];
}

/**
 * The digest of one period: the releases grouped by what matched (a release matching two terms is listed under
 * the first). Callers send none for an empty period.
 */
export function renderDigestMail(
  to: string,
  cadence: 'daily' | 'weekly',
  releases: readonly MailRelease[],
  links: MailLinks,
): OutgoingMail {
  const groups = groupByTerm(releases);
  const subject = `communique ${cadence} digest: ${releases.length} release${releases.length === 1 ? '' : 's'}`;
  const text = groups.flatMap((g) => [
    `== ${g.term} ==`,
    ...g.releases.flatMap((r) => [`* ${r.subject}`, ...whyText(r.why).map((l) => `  ${l}`)]),
    '',
  ]);
  const html = groups
    .map(
      (g) =>
        `<h2>${escapeHtml(g.term)}</h2><ul>${g.releases
          .map((r) => `<li><strong>${escapeHtml(r.subject)}</strong>${whyHtml(r.why)}</li>`)
          .join('')}</ul>`,
    )
    .join('');
  return {
    to,
    subject,
    text: [...text, ...footerText(links)].join('\n'),
    html: page(subject, `${html}${footerHtml(links)}`),
    headers: unsubscribeHeaders(links.unsubscribeUrl),
  };
}

function groupByTerm(releases: readonly MailRelease[]): DigestGroup[] {
  const groups = new Map<string, MailRelease[]>();
  for (const r of releases) {
    const term = r.why[0]?.term ?? 'Other';
    const list = groups.get(term);
    if (list) list.push(r);
    else groups.set(term, [r]);
  }
  return [...groups].map(([term, list]) => ({ term, releases: list }));
}

/** The confirmation mail: a link to a page whose button confirms (a GET of the link changes nothing). */
export function renderConfirmMail(to: string, terms: readonly string[], confirmUrl: string): OutgoingMail {
  const subject = 'Confirm your communique subscription';
  const list = terms.join(', ');
  return {
    to,
    subject,
    text: [
      `Someone asked to send this address communique alerts on: ${list}.`,
      '',
      `To confirm, open this link and press the button: ${confirmUrl}`,
      '',
      'If it was not you, ignore this mail: nothing is sent without a confirmation, and the request expires in 7 days.',
    ].join('\n'),
    html: page(
      subject,
      `<p>Someone asked to send this address communique alerts on: ${escapeHtml(list)}.</p><p><a href="${escapeHtml(confirmUrl)}">Confirm the subscription</a> (the page has a button to press).</p><p>If it was not you, ignore this mail: nothing is sent without a confirmation, and the request expires in 7 days.</p>`,
    ),
    headers: {},
  };
}
