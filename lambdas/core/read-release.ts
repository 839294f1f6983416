import type { IngestDeps, IngestOutcome } from './ingest-release';
import { objectVersionOf } from './object-version';
import { parseRelease } from './parse/parse-release';
import { type IngestFailureReason, ObjectNotFoundError, type ObjectRef } from './ports';
import type { ParsedRelease } from './release';
import { printable } from './text/printable';
import { ReleaseParseError } from './text/release-parse-error';

type ReadDeps = Pick<IngestDeps, 'source' | 'store' | 'clock' | 'logger' | 'metrics' | 'maxObjectBytes'>;

/** Records that an object will not become a release (once per object version) and says so in the log. */
export async function recordIngestFailure(
  ref: ObjectRef,
  deps: ReadDeps,
  reason: IngestFailureReason,
  message: string,
): Promise<IngestOutcome & { status: 'failed' }> {
  await deps.store.recordFailure({
    bucket: ref.bucket,
    key: ref.key,
    objectVersion: objectVersionOf(ref),
    reason,
    message,
    failedAt: deps.clock.now().toISOString(),
    size: ref.size,
  });
  deps.metrics.count('IngestFailed');
  deps.logger.warn('Recorded a failure', {
    bucket: printable(ref.bucket),
    key: printable(ref.key),
    size: ref.size,
    reason,
    detail: message,
  });
  return { status: 'failed', reason };
}

/**
 * Size check, download and parse of one object, for the ingest and the reindex alike. A file that will never
 * parse (too large, gone, empty, binary, undecodable, malformed) is recorded as a failure; anything else that
 * throws (an AWS error) is left to the queue's retry.
 */
export async function readRelease(
  ref: ObjectRef,
  deps: ReadDeps,
): Promise<
  | { readonly ok: true; readonly release: ParsedRelease; readonly bytes: number }
  | { readonly ok: false; readonly outcome: IngestOutcome }
> {
  const failed = async (reason: IngestFailureReason, message: string) => ({
    ok: false as const,
    outcome: await recordIngestFailure(ref, deps, reason, message),
  });
  const tooLarge = (size: number) =>
    failed('too-large', `The file has ${size} bytes; the limit is ${deps.maxObjectBytes} bytes.`);
  if (ref.size > deps.maxObjectBytes) return tooLarge(ref.size);

  let bytes: Uint8Array;
  try {
    bytes = await deps.source.getObject(ref);
  } catch (error) {
    if (error instanceof ObjectNotFoundError) return failed('missing', error.message);
    throw error;
  }
  // The event's size can be absent (local emulators); the limit holds on what was read.
  if (bytes.length > deps.maxObjectBytes) return tooLarge(bytes.length);

  try {
    // The configured limit, not the parser's default (limits.ts): a raised `maxObjectBytes` must reach the parser.
    const options = { fileName: ref.key.slice(ref.key.lastIndexOf('/') + 1), maxBytes: deps.maxObjectBytes };
    return { ok: true, release: parseRelease(bytes, options), bytes: bytes.length };
  } catch (error) {
    if (error instanceof ReleaseParseError) return failed(error.reason, error.message);
    throw error;
  }
}
