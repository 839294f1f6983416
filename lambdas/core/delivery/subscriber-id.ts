import { createHash } from 'node:crypto';

/**
 * The id of the subscriber with this address: the head of a SHA-256 of the address with its domain lower-cased
 * (domains are case-insensitive, RFC 5321 section 2.4; the local part is kept as written). One address, one
 * subscriber: signing up again finds the same item. Not a secret and not an HMAC: it only keeps the address
 * out of keys and logs.
 */
export function subscriberIdFor(email: string): string {
  const trimmed = email.trim();
  const at = trimmed.lastIndexOf('@');
  const canonical = at < 0 ? trimmed : `${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase()}`;
  return createHash('sha256').update(`subscriber\n${canonical}`).digest('hex').slice(0, 24);
}
