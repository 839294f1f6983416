import { fold } from '../text/fold';

/**
 * The candidates whose label is close to the query (edit distance on folded text, or a shared prefix),
 * best first: the "did you mean" of error messages.
 */
export function similarNames<T extends { readonly label: string }>(
  query: string,
  candidates: readonly T[],
  max = 5,
): T[] {
  const q = fold(query);
  if (q.length === 0) return [];
  const scored: { candidate: T; score: number }[] = [];
  for (const candidate of candidates) {
    const label = fold(candidate.label);
    const words = label.split(/[\s-]+/);
    const prefix = q.length >= 3 && (label.startsWith(q) || words.some((w) => w.startsWith(q)));
    const distance = Math.min(distanceTo(q, label), ...words.map((w) => distanceTo(q, w)));
    const allowed = Math.max(1, Math.floor(q.length / 3));
    if (prefix || distance <= allowed) scored.push({ candidate, score: prefix ? 0 : distance });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.candidate.label.localeCompare(b.candidate.label))
    .slice(0, max)
    .map((s) => s.candidate);
}

/** Levenshtein distance, two rows. */
function distanceTo(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 8) return Number.POSITIVE_INFINITY;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
