/**
 * HTML built only from escaped text: every page is made of uploaded content (titles, bodies, file names), so
 * nothing reaches the markup unescaped unless it is a {@link SafeHtml} this module produced.
 */

/** Markup that is already safe: produced by {@link html}, never from outside text. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/**
 * Escapes text for an HTML text node or a quoted attribute value. C0/C1 controls other than tab and line feed
 * are dropped (a stray CR or NUL in a title must not reach the page as anything but whitespace).
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/(?![\t\n])\p{Cc}/gu, '')
    .replace(/[&<>"'`]/g, (c) => ENTITIES[c] as string);
}

type Value = SafeHtml | string | number | null | undefined | false | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Tagged template: interpolated strings and numbers are escaped; {@link SafeHtml} and arrays of it are kept. */
export function html(strings: TemplateStringsArray, ...values: readonly Value[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}
