/** Splits text into paragraphs on runs of blank lines; lines inside a paragraph are kept, trimmed. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n[ \t\u00a0]*\n\s*/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0)
        .join('\n'),
    )
    .filter((p) => p.length > 0);
}

/** A paragraph on one line, for a title. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
