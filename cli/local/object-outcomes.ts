import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomically } from './write-file-atomically';

/**
 * What local mode did with one object version, written when its message settles (delivered or parked), so that
 * another process (`communique upload`, `communique reindex`) can wait for it: `<dataDir>/outcomes/`, one file per
 * key and ETag. A file, because the CLI runs apart from local mode; the key and the ETag, because that is what
 * both sides know of an upload (the PutObject answer, and the S3 event the queue delivers).
 */
export interface ObjectOutcome {
  readonly key: string;
  /** Without quotes (S3 quotes it in PutObject's answer, not in the event). */
  readonly eTag: string;
  /** `ingest`: an S3 event; `reindex`: a reindex message. */
  readonly kind: 'ingest' | 'reindex';
  /**
   * `stored`, `duplicate`, `updated`, `stale` (an older event of a newer upload), `skipped` (a folder
   * placeholder), `failed` (a recorded failure, or a dead letter); reindex: `changed`, `unchanged`, `not-stored`,
   * `content-changed`, `failed`.
   */
  readonly outcome: string;
  readonly releaseId?: string;
  /** A failure's reason code (`empty`, `binary`, ...) or `retries-exhausted` for a dead letter. */
  readonly reason?: string;
  readonly message?: string;
  /** Alerts published (reindex: only with --alert-new-matches). */
  readonly alerts: number;
  /**
   * Mails the SNS stand-in sent for those alerts (email subscriptions). The table's subscribers, mailed right
   * after it within the same publish, are not counted here.
   */
  readonly emails: number;
}

export const outcomesDir = (dataDir: string): string => path.join(dataDir, 'outcomes');

/** `"abc"` and `abc` are one ETag. */
export const bareETag = (eTag: string): string => eTag.replace(/^"+|"+$/g, '');

/** The outcome file's name of one object version (in {@link outcomesDir}). */
export const outcomeFileName = (key: string, eTag: string, kind: ObjectOutcome['kind']): string =>
  `${kind}-${createHash('sha256')
    .update(`${key}\n${bareETag(eTag)}`)
    .digest('hex')
    .slice(0, 32)}.json`;

const fileOf = (dataDir: string, key: string, eTag: string, kind: ObjectOutcome['kind']): string =>
  path.join(outcomesDir(dataDir), outcomeFileName(key, eTag, kind));

/**
 * The outcome files written so far: one directory read, so that a waiter polling for many objects opens only
 * the files that exist (a failed open per object and poll cost a 1,000-release reindex most of its CPU).
 */
export function writtenOutcomes(dataDir: string): Set<string> {
  try {
    return new Set(readdirSync(outcomesDir(dataDir)));
  } catch {
    return new Set();
  }
}

export async function writeOutcome(dataDir: string, outcome: ObjectOutcome): Promise<void> {
  mkdirSync(outcomesDir(dataDir), { recursive: true });
  await writeFileAtomically(
    fileOf(dataDir, outcome.key, outcome.eTag, outcome.kind),
    JSON.stringify({ ...outcome, eTag: bareETag(outcome.eTag) }),
  );
}

/** The outcome of this object version, once local mode has one; null until then. */
export function readOutcome(
  dataDir: string,
  key: string,
  eTag: string,
  kind: ObjectOutcome['kind'] = 'ingest',
): ObjectOutcome | null {
  try {
    return JSON.parse(readFileSync(fileOf(dataDir, key, eTag, kind), 'utf8')) as ObjectOutcome;
  } catch {
    return null; // not written yet (written then renamed: never half a file)
  }
}

/** Forgets an outcome (before a reindex asks for a fresh one of the same version). */
export function removeOutcome(dataDir: string, key: string, eTag: string, kind: ObjectOutcome['kind']): void {
  rmSync(fileOf(dataDir, key, eTag, kind), { force: true });
}

/** What the ingest told local mode about one message's object: the fields {@link settledOutcome} reads. */
export interface SettledReport {
  readonly status: 'delivered' | 'dead-letter';
  readonly events: readonly string[];
  readonly alerts: ReadonlyArray<{ readonly recipients: number }>;
  readonly outcome?: string;
  readonly releaseId?: string;
  readonly failure?: string;
  readonly failureMessage?: string;
  readonly error?: string;
}

const INGEST_OUTCOMES: Record<string, string> = {
  created: 'stored',
  duplicate: 'duplicate',
  updated: 'updated',
};

/** The outcome to record for a settled message whose object is `object`, or null when it names none. */
export function settledOutcome(
  object: { readonly key: string; readonly eTag: string; readonly kind: ObjectOutcome['kind'] } | null,
  report: SettledReport,
): ObjectOutcome | null {
  if (!object) return null;
  const base = {
    key: object.key,
    eTag: object.eTag,
    kind: object.kind,
    alerts: report.alerts.length,
    emails: report.alerts.reduce((n, a) => n + a.recipients, 0),
  };
  if (report.status === 'dead-letter') {
    return {
      ...base,
      outcome: 'failed',
      reason: 'retries-exhausted',
      message: report.error ?? 'unknown error',
    };
  }
  if (report.events.includes('IngestFailed')) {
    return {
      ...base,
      outcome: 'failed',
      reason: report.failure ?? 'failed',
      ...(report.failureMessage ? { message: report.failureMessage } : {}),
    };
  }
  const outcome = report.outcome
    ? object.kind === 'ingest'
      ? (INGEST_OUTCOMES[report.outcome] ?? report.outcome)
      : report.outcome
    : 'skipped';
  return { ...base, outcome, ...(report.releaseId ? { releaseId: report.releaseId } : {}) };
}
