/**
 * Encodes an object key the way S3 writes it into an event notification, so that local mode hands the
 * handler the same string a deployed function receives.
 *
 * S3 form-encodes each path segment (like Java's `URLEncoder`: letters, digits and `.-_*` stay, space
 * becomes `+`, everything else is UTF-8 percent-encoded) and keeps `/` as is: `releases/2025 11/Klakočar.txt`
 * arrives as `releases/2025+11/Klako%C4%8Dar.txt` (AWS "Event message structure" doc; `:` and `=` arrive as
 * `%3A` and `%3D`). s3rver's in-process event carries the raw key, which would leave the decoding path untested.
 */
export function encodeS3EventKey(key: string): string {
  return key
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment)
        // encodeURIComponent leaves these five unescaped; the form encoding S3 uses escapes all but `*`.
        .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
        .replace(/%20/g, '+'),
    )
    .join('/');
}
