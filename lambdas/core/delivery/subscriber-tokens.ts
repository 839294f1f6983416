import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a token lets its holder do; a token of one purpose never does another's. */
export type TokenPurpose = 'confirm' | 'unsubscribe' | 'manage';
const PURPOSES: readonly TokenPurpose[] = ['confirm', 'unsubscribe', 'manage'];

/** What a valid token says; the caller still checks `generation` against the subscriber's. */
export interface TokenClaims {
  readonly subscriberId: string;
  readonly purpose: TokenPurpose;
  /** The subscriber's token generation at issue: a bump revokes every older token. */
  readonly generation: number;
  /** Epoch ms after which the token is refused; 0: none (unsubscribe links must keep working). */
  readonly expiresAt: number;
}

export type TokenCheck =
  | { readonly ok: true; readonly claims: TokenClaims }
  | { readonly ok: false; readonly reason: 'malformed' | 'signature' | 'purpose' | 'expired' };

/** At least 256 bits of key for HMAC-SHA256 (RFC 2104 section 3: no less than the output length). */
export const MIN_TOKEN_KEY_BYTES = 32;

/**
 * HMAC-SHA256 tokens for the mail links (issue 13): `<claims>.<mac>`, both base64url, the claims
 * `id.purpose.generation.expiresAt`. Scoped to one subscriber and one purpose; revoked by bumping the
 * subscriber's token generation. The key comes from Secrets Manager on AWS and a key file in local mode.
 */
export class SubscriberTokens {
  constructor(private readonly key: Uint8Array) {
    if (key.length < MIN_TOKEN_KEY_BYTES) throw new Error(`a token key needs ${MIN_TOKEN_KEY_BYTES} bytes`);
  }

  issue(claims: TokenClaims): string {
    const body = Buffer.from(
      `${claims.subscriberId}.${claims.purpose}.${claims.generation}.${claims.expiresAt}`,
    ).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  /** Checks signature, purpose and expiry at `nowMs` (the caller's clock). */
  verify(token: string, purpose: TokenPurpose, nowMs: number): TokenCheck {
    const [body, mac, ...rest] = token.split('.');
    if (!body || !mac || rest.length > 0 || token.length > 512) return { ok: false, reason: 'malformed' };
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given))
      return { ok: false, reason: 'signature' };
    const [subscriberId, tokenPurpose, generation, expiresAt] = Buffer.from(body, 'base64url')
      .toString()
      .split('.');
    const claims = {
      subscriberId: subscriberId ?? '',
      purpose: tokenPurpose as TokenPurpose,
      generation: Number(generation),
      expiresAt: Number(expiresAt),
    };
    if (!PURPOSES.includes(claims.purpose) || !Number.isInteger(claims.generation))
      return { ok: false, reason: 'malformed' };
    if (claims.purpose !== purpose) return { ok: false, reason: 'purpose' };
    if (claims.expiresAt !== 0 && nowMs > claims.expiresAt) return { ok: false, reason: 'expired' };
    return { ok: true, claims };
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
