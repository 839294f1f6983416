import { contentHash, releaseIdFor } from '../../lambdas/core/content-hash';
import { officialId } from '../../lambdas/core/identity/official-identity';
import { PARSER_VERSION } from '../../lambdas/core/parse/parser-version';
import type { ReleaseStore, StoreReleaseInput } from '../../lambdas/core/ports';
import type { Official, ParsedRelease } from '../../lambdas/core/release';

// Parsed releases and store inputs built by hand, for store tests that need exact fields.

export const official = (name: string, variants: string[], roles: string[] = []): Official => ({
  id: officialId(name),
  name,
  variants,
  roles,
  country: null,
});

export function release(
  title: string,
  date: string | null,
  countries: string[],
  officials: Official[] = [],
): ParsedRelease {
  return {
    format: 'text',
    date,
    title,
    source: 'example.org',
    url: null,
    body: [`${title}: the body.`],
    summary: `${title}: the body.`,
    countries: countries.map((code) => ({ code, name: code, mentions: [code] })),
    officials,
  };
}

export function input(
  key: string,
  parsed: ParsedRelease,
  at: string,
  extra: { sequencer?: string; eTag?: string; parserVersion?: string } = {},
): StoreReleaseInput {
  const { parserVersion = PARSER_VERSION, ...object } = extra;
  const hash = contentHash(parsed);
  return {
    ref: { bucket: 'releases', key, size: 100, ...object },
    release: parsed,
    contentHash: hash,
    newReleaseId: releaseIdFor(hash),
    bodyBytes: 100,
    at,
    parserVersion,
  };
}

/**
 * Stores a release as an earlier version of the pipeline left it: written at `input.at` and its alert sent
 * (the publish lease taken and completed then). Returns its release id.
 */
export async function storeAlerted(store: ReleaseStore, stored: StoreReleaseInput): Promise<string> {
  const { releaseId } = await store.storeRelease(stored);
  const lease = {
    releaseId,
    contentHash: stored.contentHash,
    holder: 'then',
    now: stored.at,
    until: new Date(Date.parse(stored.at) + 2 * 60_000).toISOString(),
  };
  await store.acquireAlertLease(lease);
  await store.completeAlert(lease);
  return releaseId;
}
