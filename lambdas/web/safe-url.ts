/**
 * A release's own link as something safe to put in an `href`: only absolute http(s) URLs without credentials.
 * Anything else (`javascript:`, `data:`, relative paths, text with spaces) is shown as text, never linked.
 */
export function linkableUrl(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed) || /[\s\p{Cc}]/u.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.username || url.password) return null;
    return url.href;
  } catch {
    return null;
  }
}

/** A path segment of one of our own routes, percent-encoded (ids are letters, digits and dashes, but never trusted). */
export const segment = (value: string): string => encodeURIComponent(value);

/** `path?query` with the empty parameters left out. */
export function withQuery(path: string, params: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
