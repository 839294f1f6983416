import type { Alert } from '../ports';
import { foldToAscii } from './fold-ascii';

/** SNS rejects a `Subject` of 100 characters or more (and line breaks, control characters). */
export const MAX_SUBJECT_LENGTH = 99;
/** Country codes shown in the subject before `+N`, so the title keeps most of the room. */
const MAX_SUBJECT_COUNTRIES = 4;
const ELLIPSIS = '...';
/** What the subject says before the countries: an update, or a match an older parser missed. */
const KIND_PREFIX: Record<Alert['kind'], string> = { new: '', update: 'Update: ', reindex: 'New match: ' };

export interface SubjectInput {
  readonly releaseId: string;
  readonly kind: Alert['kind'];
  readonly title: string;
  readonly countryCodes: readonly string[];
}

/**
 * The email subject of an alert, e.g. `[KZ, SI] Ambassador of Kazakhstan meets ...`: ASCII, one line,
 * 1 to 99 characters whatever the input, so that it can never make `Publish` fail.
 */
export function alertSubject(input: SubjectInput): string {
  const codes = input.countryCodes.map((c) => foldToAscii(c).toUpperCase()).filter((c) => c.length > 0);
  const shown = codes.slice(0, MAX_SUBJECT_COUNTRIES);
  const more = codes.length - shown.length;
  const tag = codes.length === 0 ? '' : `[${shown.join(', ')}${more > 0 ? ` +${more}` : ''}] `;
  const prefix = `${KIND_PREFIX[input.kind]}${tag}`;
  const title = foldToAscii(input.title) || foldToAscii(`communique release ${input.releaseId}`);
  return cut(breakEncodedWords(`${prefix}${title}`).trim(), MAX_SUBJECT_LENGTH) || 'communique release';
}

/**
 * RFC 2047: mail clients decode `=?charset?B?...?=` in a Subject back into any Unicode, bidi overrides and
 * controls included, so ASCII folding alone does not keep them out. A space after the `=` means no client
 * reads an encoded word there any more.
 */
function breakEncodedWords(text: string): string {
  return text.replace(/=\?/g, '= ?');
}

/** Cuts at a word boundary when one is reasonably close, marking the cut with `...`. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - ELLIPSIS.length;
  const head = text.slice(0, room + 1);
  const space = head.lastIndexOf(' ');
  // A boundary in the last third keeps whole words; a single very long word is cut hard instead.
  const end = space > room * 0.66 ? space : room;
  return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}
