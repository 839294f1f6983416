import { randomUUID } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { DynamoDbReleaseStore } from '../adapters/dynamodb/dynamodb-release-store';
import { S3ReleaseSource } from '../adapters/s3-release-source';
import type { AlertPublisher, Clock, IngestLogger, IngestMetrics } from '../core/ports';
import { createHandler } from './handler';

/** Clients and settings the ingest function runs on: AWS in the Lambda, dynalite and s3rver in local mode. */
export interface IngestClients {
  readonly s3: S3Client;
  /** The releases bucket: events for any other bucket are skipped. */
  readonly bucket: string;
  readonly dynamodb: DynamoDBClient;
  readonly tableName: string;
  readonly publisher: AlertPublisher;
  readonly maxObjectBytes: number;
  /** For the console link in alerts. */
  readonly region?: string;
  /** @default silent */
  readonly logger?: IngestLogger;
  /** @default not counted */
  readonly metrics?: IngestMetrics;
  /** Called once per batch (e.g. to write EMF metrics). */
  readonly flush?: () => void;
  /** @default the system clock */
  readonly clock?: Clock;
  /** Messages of one batch processed at once. @default 4 */
  readonly concurrency?: number;
  /**
   * How long a publish lease lasts: shorter than the time until the queue delivers the message again, so that
   * the retry after a crash finds it expired. @default DEFAULT_ALERT_LEASE_MS (the stack's queue: 185 s)
   */
  readonly alertLeaseMs?: number;
}

const SILENT: IngestLogger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/**
 * Builds the SQS handler on real clients: the one wiring of the ingest function, used by the Lambda entry
 * (`index.ts`, on AWS clients) and by local mode (on s3rver and dynalite, with its SMTP publisher).
 */
export function createIngestHandler(clients: IngestClients): (event: SQSEvent) => Promise<SQSBatchResponse> {
  return createHandler({
    bucket: clients.bucket,
    source: new S3ReleaseSource(clients.s3),
    store: new DynamoDbReleaseStore(clients.dynamodb, clients.tableName),
    publisher: clients.publisher,
    clock: clients.clock ?? { now: () => new Date() },
    logger: clients.logger ?? SILENT,
    metrics: clients.metrics ?? { count: () => {} },
    maxObjectBytes: clients.maxObjectBytes,
    newId: randomUUID,
    ...(clients.region ? { region: clients.region } : {}),
    ...(clients.flush ? { flush: clients.flush } : {}),
    ...(clients.concurrency ? { concurrency: clients.concurrency } : {}),
    ...(clients.alertLeaseMs ? { alertLeaseMs: clients.alertLeaseMs } : {}),
  });
}
