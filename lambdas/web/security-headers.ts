/**
 * Sent with every answer. No script may run at all (the pages need none), styles come only from `/style.css`,
 * forms post only here, and nothing may frame the pages or learn where a reader came from.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // Ignored by browsers over plain http (local mode); the Function URL is https only.
  'Strict-Transport-Security': 'max-age=31536000',
};
