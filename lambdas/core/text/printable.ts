// Characters that can forge or disguise a line of a log or a terminal: C0/C1 controls (CR, LF, ESC ...), the
// Unicode line and paragraph separators, and the bidi controls that reorder what a reader sees.
const UNPRINTABLE = /[\p{Cc}\p{Zl}\p{Zp}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Text from outside (an S3 key, an error message) made safe for one line of a log: every control, line
 * separator and bidi control shown as a visible `\u{...}` escape, everything else kept, so a key that holds
 * CR/LF cannot forge a second line and can still be recognised.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u{${(c.codePointAt(0) as number).toString(16)}}`);
}
