import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDbReleaseArchive } from '../../lambdas/adapters/dynamodb/dynamodb-release-archive';
import { S3ReleaseSource } from '../../lambdas/adapters/s3-release-source';
import { contentHash } from '../../lambdas/core/content-hash';
import { extractionOf, sameExtraction } from '../../lambdas/core/extraction';
import { parseRelease } from '../../lambdas/core/parse/parse-release';
import { PARSER_VERSION } from '../../lambdas/core/parse/parser-version';
import type { ObjectRef, ReleaseArchive, StoredRelease } from '../../lambdas/core/ports';
import { reindexMessageBody } from '../../lambdas/core/reindex-message';
import { resolveCountry } from '../../lambdas/core/subscriptions/resolve-country';
import { SubscriptionError } from '../../lambdas/core/subscriptions/subscription-error';
import { printable } from '../../lambdas/core/text/printable';
import { type Command, UsageError } from '../command';
import { DEFAULT_CONCURRENCY } from '../local/delivery-queue';
import { sendToLocalQueue } from '../local/local-message';
import { bareETag, removeOutcome } from '../local/object-outcomes';
import { ProgressBar } from '../local/progress-bar';
import { waitForOutcomes } from '../local/wait-for-outcomes';
import { mapWithLimit } from '../map-with-limit';
import { resolveTarget, TARGET_OPTIONS_HELP, type Target } from '../target';
import { parseOptions } from './releases';

const HELP = `Usage: communique reindex [--since D] [--country X] [--dry-run] [--alert-new-matches] [--timeout S] [options]

Re-reads stored releases with the current parser (version ${PARSER_VERSION}) and updates each one's fields,
countries, officials, country/official lists and official profiles. Release ids and statuses stay; nothing is
alerted unless --alert-new-matches is given. One message per release (its first location) goes through the ingest queue: local mode's queue, or the
stack's SQS queue with --stack, so retries, the dead-letter queue, the concurrency cap and \`communique failures\`
apply as to any upload. In local mode it waits for every release and prints a summary (changed, unchanged,
skipped, failed); \`communique releases --stale\` lists what an older parser read.

A file whose reading no longer gives the stored date, title and body (the object changed since, or the parser
reads them differently now) is skipped and named: uploading it again replaces the release (an update alert).

  --since D      only releases dated on or after D (YYYY-MM-DD)
  --country X    only releases naming this country (any form subscribe takes)
  --dry-run      read and parse here, write nothing, and say what would change
  --alert-new-matches
                 alert the subscribers a changed release matches now and did not match before (one alert per
                 release, marked "New match:"); only releases already alerted, never history
  --timeout S    local mode: give up waiting after S seconds (default 600)
${TARGET_OPTIONS_HELP}`;

export interface ReindexOptions {
  readonly since?: string;
  readonly country?: string;
  readonly dryRun: boolean;
  readonly timeoutMs: number;
  /** @default false */
  readonly alertNewMatches?: boolean;
}

/**
 * Objects looked at (HEAD, and the dry run's GET) at once: the local queue's concurrency times four, a few
 * dozen requests in flight, well under S3's per-prefix request rates and the SDK's socket pool (50).
 */
export const HEAD_CONCURRENCY = DEFAULT_CONCURRENCY * 4;

/** The releases to re-read, each with the object (its first location) it is read from. */
export async function selectReleases(
  archive: ReleaseArchive,
  options: Pick<ReindexOptions, 'since' | 'country'>,
): Promise<Array<{ release: StoredRelease; bucket: string; key: string }>> {
  const releases = await archive.listReleases({
    limit: 1_000_000,
    ...(options.since ? { since: options.since } : {}),
    ...(options.country ? { country: options.country } : {}),
  });
  return releases.flatMap((release) => {
    const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(release.locations[0] ?? '');
    return match ? [{ release, bucket: match[1] ?? '', key: match[2] ?? '' }] : [];
  });
}

type Counts = Record<string, number>;

export interface ReindexDeps {
  readonly archive: ReleaseArchive;
  readonly head: (
    bucket: string,
    key: string,
  ) => Promise<{ size: number; eTag?: string; versionId?: string } | null>;
  readonly read: (ref: ObjectRef) => Promise<Uint8Array>;
  /** Sends the reindex message bodies to the ingest queue. */
  readonly send: (bodies: readonly string[]) => Promise<void>;
  /** Local mode's data folder, to wait for outcomes; null on a stack (no waiting). */
  readonly stateDir: string | null;
  readonly where: string;
  readonly out: (line: string) => void;
  readonly progress?: (total: number) => { tick(): void };
}

/** Runs a reindex (or a dry run); exit code 0, or 1 when a release failed or the wait ran out. */
export async function runReindex(deps: ReindexDeps, options: ReindexOptions): Promise<number> {
  const selected = await selectReleases(deps.archive, options);
  if (selected.length === 0) {
    deps.out(`No releases in ${deps.where} match.`);
    return 0;
  }
  const refs: ObjectRef[] = [];
  const counts: Counts = {};
  const bump = (outcome: string) => {
    counts[outcome] = (counts[outcome] ?? 0) + 1;
  };
  const heads = await mapWithLimit(selected, HEAD_CONCURRENCY, (s) => deps.head(s.bucket, s.key));
  selected.forEach(({ release, bucket, key }, i) => {
    const head = heads[i];
    if (!head) {
      bump('failed');
      deps.out(`✗ ${printable(key)}  failed (missing): release ${release.id}'s file is gone`);
      return;
    }
    refs.push({
      bucket,
      key,
      size: head.size,
      ...(head.eTag ? { eTag: head.eTag } : {}),
      ...(head.versionId ? { versionId: head.versionId } : {}),
    });
  });
  if (options.dryRun) {
    const byKey = new Map(selected.map((s) => [`${s.bucket}/${s.key}`, s.release]));
    // Read and parsed a few at a time; the lines come out in the archive's order.
    const verdicts = await mapWithLimit(refs, HEAD_CONCURRENCY, async (ref) => {
      const stored = byKey.get(`${ref.bucket}/${ref.key}`) as StoredRelease;
      let parsed: ReturnType<typeof parseRelease>;
      try {
        parsed = parseRelease(await deps.read(ref), {
          fileName: ref.key.slice(ref.key.lastIndexOf('/') + 1),
        });
      } catch (error) {
        return {
          outcome: 'failed',
          line: `✗ ${printable(ref.key)}  would fail: ${printable(error instanceof Error ? error.message : String(error))}`,
        };
      }
      if (contentHash(parsed) !== stored.contentHash) {
        return {
          outcome: 'skipped',
          line: `· ${printable(ref.key)}  would be skipped: it no longer reads as release ${stored.id}'s content`,
        };
      }
      const same = sameExtraction(stored, extractionOf(parsed)) && stored.parserVersion === PARSER_VERSION;
      return { outcome: same ? 'unchanged' : 'changed' };
    });
    for (const verdict of verdicts) {
      bump(verdict.outcome);
      if (verdict.line) deps.out(verdict.line);
    }
    deps.out(`Dry run on ${deps.where}, nothing written: ${summary(counts, true)}.`);
    return 0;
  }

  if (deps.stateDir) for (const ref of refs) removeOutcome(deps.stateDir, ref.key, ref.eTag ?? '', 'reindex');
  await deps.send(refs.map((ref) => reindexMessageBody(ref, options.alertNewMatches === true)));
  if (!deps.stateDir) {
    deps.out(
      `Sent ${refs.length} release${refs.length === 1 ? '' : 's'} to the ingest queue of ${deps.where}. \`communique releases --stale\` shows what is left to re-read, \`communique failures\` what failed.`,
    );
    return counts.failed ? 1 : 0;
  }
  const bar = deps.progress?.(refs.length);
  let alerts = 0;
  let emails = 0;
  const waited = await waitForOutcomes(
    deps.stateDir,
    refs.map((r) => ({ key: r.key, eTag: bareETag(r.eTag ?? '') })),
    {
      timeoutMs: options.timeoutMs,
      kind: 'reindex',
      onOutcome: (o) => {
        bar?.tick();
        alerts += o.alerts;
        emails += o.emails;
        const outcome = o.outcome === 'content-changed' || o.outcome === 'not-stored' ? 'skipped' : o.outcome;
        bump(outcome);
        if (outcome === 'failed')
          deps.out(
            `✗ ${printable(o.key)}  failed (${printable(o.reason ?? 'unknown')})${o.message ? `: ${printable(o.message)}` : ''}`,
          );
        if (outcome === 'skipped')
          deps.out(
            `· ${printable(o.key)}  skipped: ${o.outcome === 'content-changed' ? "it no longer reads as its release's content (changed since?); upload it again to update the release" : 'no release holds it'}`,
          );
      },
    },
  );
  const alerted = options.alertNewMatches
    ? ` New matches: ${alerts} release${alerts === 1 ? '' : 's'} alerted, ${emails} email${emails === 1 ? '' : 's'}.`
    : '';
  deps.out(`Reindexed ${deps.where} with parser ${PARSER_VERSION}: ${summary(counts, false)}.${alerted}`);
  if (waited.missing.length > 0) {
    deps.out(
      `Timed out after ${Math.round(options.timeoutMs / 1000)} s: ${waited.missing.length} not processed yet (first: ${printable(waited.missing[0]?.key ?? '')}). Local mode goes on with them; \`communique releases --stale\` shows what is left.`,
    );
    return 1;
  }
  return counts.failed ? 1 : 0;
}

function summary(counts: Counts, dry: boolean): string {
  const order = ['changed', 'unchanged', 'skipped', 'failed'];
  return order.map((o) => `${counts[o] ?? 0} ${dry && o === 'changed' ? 'would change' : o}`).join(', ');
}

/** SendMessageBatch takes at most 10 messages per call. */
const SQS_BATCH = 10;

async function sendToQueue(sqs: SQSClient, queueUrl: string, bodies: readonly string[]): Promise<void> {
  for (let i = 0; i < bodies.length; i += SQS_BATCH) {
    const batch = bodies.slice(i, i + SQS_BATCH);
    const result = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: batch.map((body, n) => ({ Id: String(n), MessageBody: body })),
      }),
    );
    if (result.Failed && result.Failed.length > 0) {
      throw new Error(
        `The ingest queue refused ${result.Failed.length} messages: ${result.Failed[0]?.Message ?? ''}`,
      );
    }
  }
}

function headOf(target: Target) {
  return async (bucket: string, key: string) => {
    try {
      const head = await target.s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      return {
        size: head.ContentLength ?? 0,
        ...(head.ETag ? { eTag: bareETag(head.ETag) } : {}),
        ...(head.VersionId && head.VersionId !== 'null' ? { versionId: head.VersionId } : {}),
      };
    } catch (error) {
      if ((error as { name?: string }).name === 'NotFound') return null;
      throw error;
    }
  };
}

export const command: Command = {
  name: 'reindex',
  summary: 're-read stored releases with the current parser (same ids, no alerts)',
  help: HELP,
  async run(argv) {
    const values = parseOptions(argv, {
      since: { type: 'string' },
      country: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'alert-new-matches': { type: 'boolean' },
      timeout: { type: 'string' },
      stack: { type: 'string' },
    });
    const since = typeof values.since === 'string' ? values.since : undefined;
    if (since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(since))
      throw new UsageError(`--since takes a date as YYYY-MM-DD, not '${since}'.`);
    let country: string | undefined;
    if (typeof values.country === 'string') {
      try {
        country = resolveCountry(values.country);
      } catch (error) {
        if (error instanceof SubscriptionError) throw new UsageError(error.message);
        throw error;
      }
    }
    const timeout = typeof values.timeout === 'string' ? Number(values.timeout) : 600;
    if (!Number.isFinite(timeout) || timeout <= 0)
      throw new UsageError('--timeout takes a number of seconds above 0.');
    const stack = typeof values.stack === 'string' ? values.stack : undefined;
    const target = await resolveTarget(stack === undefined ? {} : { stack });
    const sqs = target.kind === 'aws' ? new SQSClient({}) : null;
    try {
      const queueUrl = target.ingestQueueUrl;
      if (target.kind === 'aws' && !queueUrl && values['dry-run'] !== true) {
        throw new UsageError(
          `${target.description} has no output IngestQueueUrl: deploy the current stack first.`,
        );
      }
      const source = new S3ReleaseSource(target.s3);
      return await runReindex(
        {
          archive: new DynamoDbReleaseArchive(target.dynamodb, target.tableName),
          head: headOf(target),
          read: (ref) => source.getObject(ref),
          send: async (bodies) => {
            if (target.stateDir) sendToLocalQueue(target.stateDir, bodies);
            else if (sqs && queueUrl) await sendToQueue(sqs, queueUrl, bodies);
          },
          stateDir: target.stateDir,
          where: target.description,
          out: (line) => process.stdout.write(`${line}\n`),
          progress: (total) => new ProgressBar(total, process.stderr, 'reindexing'),
        },
        {
          dryRun: values['dry-run'] === true,
          alertNewMatches: values['alert-new-matches'] === true,
          timeoutMs: timeout * 1000,
          ...(since ? { since } : {}),
          ...(country ? { country } : {}),
        },
      );
    } finally {
      sqs?.destroy();
      target.s3.destroy();
      target.dynamodb.destroy();
      target.sns?.destroy();
    }
  },
};
