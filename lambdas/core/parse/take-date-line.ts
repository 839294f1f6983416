import { normalizeDate } from './normalize-date';

// A label before a page's date line, in the supported languages.
const LABEL =
  /^(?:published(?:\s+on)?|posted(?:\s+on)?|date|updated|release\s+date|опубликовано|дата(?:\s+публикации)?|datum|veröffentlicht(?:\s+am)?|objavljeno(?:\s+dne)?|publié\s+le|date\s+de\s+publication)\s*:?\s*/iu;
// A time after the date: "14:20", ", 22:50", "| 09:20am EST".
const TIME = /[\s,|–-]*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?$/i;
const DATE_ONLY = [
  /^\d{4}-\d{1,2}-\d{1,2}$/,
  /^\d{1,2}\.\d{1,2}\.\d{4}\.?$/,
  /^\d{1,2}\/\d{1,2}\/\d{4}$/,
  /^(?:[A-Za-z]+,\s*)?[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}$/,
  /^(?:[A-Za-z]+,\s*)?\d{1,2}(?:st|nd|rd|th)?\.?\s+[A-Za-z]+\.?,?\s+\d{4}$/,
];

/** The date of a paragraph that holds nothing but a date (with a label or a time), else null. */
export function dateLineOf(paragraph: string): string | null {
  if (paragraph.length > 60) return null;
  const rest = paragraph.trim().replace(LABEL, '').replace(TIME, '').trim();
  if (!DATE_ONLY.some((re) => re.test(rest))) return null;
  return normalizeDate(rest);
}

/**
 * Takes a page's date line ("12.03.2024", "Published: 5 March 2024 14:20") out of the first paragraphs: it is
 * metadata, not text. Returns its date and the body without it.
 */
export function takeDateLine(body: readonly string[], within = 3): { date: string | null; body: string[] } {
  for (let i = 0; i < Math.min(within, body.length); i++) {
    const date = dateLineOf(body[i] as string);
    if (date !== null) return { date, body: [...body.slice(0, i), ...body.slice(i + 1)] };
  }
  return { date: null, body: [...body] };
}
