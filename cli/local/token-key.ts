import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MIN_TOKEN_KEY_BYTES } from '../../lambdas/core/delivery/subscriber-tokens';

/** Local mode's HMAC key for subscriber links: a file in the data folder (Secrets Manager holds it on AWS). */
export const tokenKeyFile = (dataDir: string): string => path.join(dataDir, 'subscriber-token.key');

/** Reads the key, creating it (owner-only) on first use, so that links stay valid across restarts. */
export function readOrCreateTokenKey(dataDir: string): Buffer {
  const file = tokenKeyFile(dataDir);
  try {
    const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
    if (key.length >= MIN_TOKEN_KEY_BYTES) return key;
  } catch {
    // No key yet.
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600 });
  return key;
}
