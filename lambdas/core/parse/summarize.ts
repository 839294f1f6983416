import { FIELD_CAPS } from '../limits';
import { cutAtBoundary } from './cap-release';

/** The lead of a release: its first paragraph, cut at a sentence or word boundary to at most about 300 characters. */
export function summarize(title: string, body: readonly string[]): string {
  const lead = body.find((p) => p.trim() !== title.trim() && p.length > 20) ?? body[0] ?? title;
  return cutAtBoundary(lead, FIELD_CAPS.summary);
}
