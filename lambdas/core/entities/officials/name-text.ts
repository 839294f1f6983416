import type { Words } from './words';

/** A name as written from token `first` to `last`, with the full stop of a closing "Jr." kept. */
export function nameText(w: Words, first: number, last: number): string {
  const text = w.slice(first, last);
  return w.is(last, 'patronymics') && w.text.charAt(w.at(last).end) === '.' ? `${text}.` : text;
}
