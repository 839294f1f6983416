const LIMIT = 300;

/** The lead of a release: its first paragraph, cut at a sentence or word boundary to at most about 300 characters. */
export function summarize(title: string, body: readonly string[]): string {
  const lead = (body.find((p) => p.trim() !== title.trim() && p.length > 20) ?? body[0] ?? title)
    .replace(/\s+/g, ' ')
    .trim();
  if (lead.length <= LIMIT) return lead;
  const head = lead.slice(0, LIMIT);
  const sentence = head.search(/[.!?][^.!?]*$/);
  if (sentence >= LIMIT / 2) return head.slice(0, sentence + 1);
  const space = head.lastIndexOf(' ');
  return `${head.slice(0, space > LIMIT / 2 ? space : LIMIT - 1).replace(/[\s,;:]+$/, '')}…`;
}
