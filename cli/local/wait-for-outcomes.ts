import { printable } from '../../lambdas/core/text/printable';
import { type ObjectOutcome, outcomeFileName, readOutcome, writtenOutcomes } from './object-outcomes';

/** An object version the CLI put (or re-drove) and waits on. */
export interface UploadedObject {
  readonly key: string;
  readonly eTag: string;
}

export interface WaitResult {
  /** Outcomes by outcome name, e.g. `{ stored: 3, duplicate: 1 }`. */
  readonly counts: Readonly<Record<string, number>>;
  readonly failed: number;
  /** Objects local mode had not settled when the wait ran out. */
  readonly missing: readonly UploadedObject[];
}

const POLL_MS = 100;

/**
 * Waits until local mode has written an outcome for each object (object-outcomes.ts), calling `onOutcome` for
 * each as it comes, or until `timeoutMs` has passed. Local mode settles a message once: stored, or recorded as
 * a failure, or parked after its last retry (15 s of backoff), so every object gets an outcome unless local mode
 * stops or falls behind by more than the timeout.
 */
export async function waitForOutcomes(
  dataDir: string,
  objects: readonly UploadedObject[],
  options: {
    readonly timeoutMs: number;
    readonly kind?: ObjectOutcome['kind'];
    readonly onOutcome?: (outcome: ObjectOutcome) => void;
    readonly sleep?: (ms: number) => Promise<void>;
  },
): Promise<WaitResult> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const deadline = Date.now() + options.timeoutMs;
  const counts: Record<string, number> = {};
  let failed = 0;
  const kind = options.kind ?? 'ingest';
  let open = objects.map((object) => ({ object, file: outcomeFileName(object.key, object.eTag, kind) }));
  for (;;) {
    const written = writtenOutcomes(dataDir);
    open = open.filter(({ object, file }) => {
      if (!written.has(file)) return true;
      const outcome = readOutcome(dataDir, object.key, object.eTag, kind);
      if (!outcome) return true;
      counts[outcome.outcome] = (counts[outcome.outcome] ?? 0) + 1;
      if (outcome.outcome === 'failed') failed++;
      options.onOutcome?.(outcome);
      return false;
    });
    if (open.length === 0 || Date.now() >= deadline) break;
    await sleep(POLL_MS);
  }
  return { counts, failed, missing: open.map(({ object }) => object) };
}

const WORDS: Record<string, string> = {
  stored: 'stored',
  duplicate: 'duplicate of a stored release',
  updated: 'updated its release (same id)',
  stale: 'older than a newer upload of the key: nothing changed',
  skipped: 'skipped (a folder placeholder)',
};

/** One line per uploaded file: `✓ key  stored (id, 2 alerts)`, `✗ key  failed (empty): ...`. */
export function formatOutcome(outcome: ObjectOutcome): string {
  const key = printable(outcome.key);
  if (outcome.outcome === 'failed') {
    return `✗ ${key}  failed (${printable(outcome.reason ?? 'unknown')})${outcome.message ? `: ${printable(outcome.message)}` : ''}`;
  }
  const what = WORDS[outcome.outcome] ?? outcome.outcome;
  const details = [
    ...(outcome.releaseId ? [outcome.releaseId] : []),
    outcome.alerts > 0 ? `alerted, ${outcome.emails} email${outcome.emails === 1 ? '' : 's'}` : 'no alert',
  ];
  return `${outcome.outcome === 'stored' || outcome.outcome === 'updated' ? '✓' : '·'} ${key}  ${what} (${details.join(', ')})`;
}

export function formatWaitSummary(result: WaitResult, timeoutMs: number): string {
  const parts = Object.entries(result.counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([outcome, n]) => `${n} ${outcome}`);
  const line = `Outcomes: ${parts.join(', ') || 'none'}.`;
  if (result.missing.length === 0) return line;
  return `${line} Timed out after ${Math.round(timeoutMs / 1000)} s: local mode has not processed ${result.missing.length} file${result.missing.length === 1 ? '' : 's'} yet (first: ${printable(result.missing[0]?.key ?? '')}). Is it still running? Its log tells what it is doing; \`communique releases\` lists what is stored.`;
}
