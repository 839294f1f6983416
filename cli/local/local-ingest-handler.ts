import { randomUUID } from 'node:crypto';
import { DynamoDbReleaseStore } from '../../lambdas/adapters/dynamodb-release-store';
import { S3ReleaseSource } from '../../lambdas/adapters/s3-release-source';
import type { IngestLogger, IngestMetric } from '../../lambdas/core/ports';
import { createHandler } from '../../lambdas/ingest/handler';
import type { SqsHandler } from './delivery-queue';
import type { LocalIngestDeps } from './start-local-mode';

/** What local mode hears from the use case while it ingests one message (for its one-line log). */
export interface IngestObserver {
  readonly metric: (metric: IngestMetric) => void;
  readonly log: (level: 'warn' | 'error', message: string, fields?: Record<string, unknown>) => void;
}

/**
 * The ingest function's own handler on local mode's clients: the same use case, store and source adapters as the
 * Lambda (`lambdas/ingest/index.ts`), with local mode's SMTP publisher in place of SNS.
 */
export function createLocalIngestHandler(deps: LocalIngestDeps, observer: IngestObserver): SqsHandler {
  const logger: IngestLogger = {
    debug: () => undefined,
    info: () => undefined,
    warn: (message, fields) => observer.log('warn', message, fields),
    error: (message, fields) => observer.log('error', message, fields),
  };
  return createHandler({
    bucket: deps.bucket,
    source: new S3ReleaseSource(deps.s3),
    store: new DynamoDbReleaseStore(deps.dynamodb, deps.tableName),
    publisher: deps.publisher,
    clock: { now: () => new Date() },
    logger,
    metrics: { count: (metric) => observer.metric(metric) },
    maxObjectBytes: deps.maxObjectBytes,
    newId: randomUUID,
    // One message per invocation: the local queue gives the concurrency.
    concurrency: 1,
  });
}
