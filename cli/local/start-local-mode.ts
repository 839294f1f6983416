import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SQSRecord } from 'aws-lambda';
import { DynamoDbReleaseStore } from '../../lambdas/adapters/dynamodb-release-store';
import { FileSubscriptionRegistry } from '../../lambdas/adapters/local/file-subscription-registry';
import { createTableInput } from '../../lambdas/adapters/release-table';
import { objectVersionOf } from '../../lambdas/core/object-version';
import type { Alert, AlertPublisher, ObjectRef } from '../../lambdas/core/ports';
import { decodeS3Key, parseS3Notification } from '../../lambdas/core/s3-event';
import { printable } from '../../lambdas/core/text/printable';
import { UsageError } from '../command';
import { localTarget } from '../target';
import { type DeliveryOutcome, DeliveryQueue, type SqsHandler } from './delivery-queue';
import { createLocalIngestHandler, type IngestObserver } from './local-ingest-handler';
import { LOCAL_HOST, type LocalServer } from './local-server';
import { type LocalState, readLocalState, removeLocalState, writeLocalState } from './local-state';
import { localSubscriptionsFile, mergeSubscriptions, readDeployConfig } from './local-subscriptions';
import type { ProcessedRelease } from './release-report';
import { s3EventToSqsRecords } from './s3-event-to-sqs';
import { SmtpAlertPublisher } from './smtp-alert-publisher';
import { startDynamoDb } from './start-dynamodb';
import { type LocalInbox, startInbox } from './start-inbox';
import { startS3 } from './start-s3';

/** What the ingest handler needs in local mode: the same roles as in the Lambda, on local clients. */
export interface LocalIngestDeps {
  readonly s3: S3Client;
  readonly dynamodb: DynamoDBClient;
  readonly bucket: string;
  readonly tableName: string;
  readonly region: string;
  readonly publisher: AlertPublisher;
  readonly maxObjectBytes: number;
}

export interface LocalModeOptions {
  /** Folder for the data (objects, table, inbox, queue, subscriptions) and the state file. */
  readonly dataDir: string;
  /** 0 picks a free port, for every port. */
  readonly s3Port: number;
  readonly dynamodbPort: number;
  readonly smtpPort: number;
  readonly inboxPort: number;
  /** Deletes the data folder's content first. @default false */
  readonly fresh?: boolean;
  /** `cdk.json` whose context gives the deploy's subscriptions and settings. @default the repository's */
  readonly cdkJsonPath?: string;
  /** One line per processed release. @default nothing */
  readonly onProcessed?: (release: ProcessedRelease) => void;
  /** Builds the ingest handler. @default the ingest function's own handler factory */
  readonly createHandler?: (deps: LocalIngestDeps, observer: IngestObserver) => SqsHandler;
  /** Retry policy of the local queue (the stack's: 5 attempts). */
  readonly queue?: {
    readonly concurrency?: number;
    readonly maxAttempts?: number;
    readonly backoffMs?: (n: number) => number;
  };
}

/** A running local mode. */
export interface LocalMode {
  readonly state: LocalState;
  readonly dataDir: string;
  readonly inboxUrl: string;
  readonly smtpPort: number;
  /** Releases waiting or being ingested. */
  readonly pending: () => number;
  /** Resolves when every uploaded object seen so far is ingested (or parked). */
  idle(): Promise<void>;
  /** Stops taking work, finishes what is in flight, closes every server; resolves when the ports are free. */
  stop(): Promise<void>;
}

export const LOCAL_BUCKET = 'releases';
export const LOCAL_TABLE = 'communique-releases';
export const LOCAL_REGION = 'us-east-1';

/** Starts S3, DynamoDB and the mail inbox on 127.0.0.1, and runs the real ingest handler on every upload. */
export async function startLocalMode(options: LocalModeOptions): Promise<LocalMode> {
  const dataDir = path.resolve(options.dataDir);
  const running = readLocalState(dataDir);
  if (running) {
    throw new UsageError(
      `Local mode is already running on ${dataDir} (pid ${running.pid}, S3 ${running.s3Endpoint}). Stop it with Ctrl-C first.`,
    );
  }
  if (options.fresh) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const config = readDeployConfig(options.cdkJsonPath);

  const started: Array<{ close(): Promise<void> }> = [];
  const closeStarted = async () => {
    for (const server of started.reverse()) await server.close().catch(() => undefined);
  };

  // Objects can arrive before the queue exists; their events wait here.
  let queue: DeliveryQueue | null = null;
  const early: SQSRecord[] = [];
  const onS3Event = (event: Parameters<typeof s3EventToSqsRecords>[0]) => {
    const messages = s3EventToSqsRecords(event);
    if (queue) queue.send(messages);
    else early.push(...messages);
  };

  let dynamo: LocalServer;
  let s3: LocalServer;
  let inbox: LocalInbox;
  try {
    dynamo = await startDynamoDb({ port: options.dynamodbPort, directory: path.join(dataDir, 'dynamodb') });
    started.push(dynamo);
    inbox = await startInbox({
      smtpPort: options.smtpPort,
      webPort: options.inboxPort,
      directory: path.join(dataDir, 'inbox'),
    });
    started.push(inbox);
    s3 = await startS3({
      port: options.s3Port,
      directory: path.join(dataDir, 's3'),
      bucket: LOCAL_BUCKET,
      onEvent: onS3Event,
    });
    started.push(s3);
  } catch (error) {
    await closeStarted();
    throw error;
  }

  const state: LocalState = {
    version: 1,
    pid: process.pid,
    startedAt: new Date().toISOString(),
    region: LOCAL_REGION,
    s3Endpoint: s3.endpoint,
    dynamodbEndpoint: dynamo.endpoint,
    bucket: LOCAL_BUCKET,
    tableName: LOCAL_TABLE,
    smtpPort: inbox.smtpPort,
    inboxUrl: inbox.webUrl,
  };
  const target = localTarget(state, dataDir);
  const reports = new AsyncLocalStorage<ProcessedRelease>();

  const registry = new FileSubscriptionRegistry(localSubscriptionsFile(dataDir));
  const publisher = new SmtpAlertPublisher({
    smtpHost: LOCAL_HOST,
    smtpPort: inbox.smtpPort,
    displayName: config.alertsDisplayName,
    subscriptions: async () => mergeSubscriptions(config.subscriptions, await registry.list()),
    onPublished: (alert: Alert, recipients: number) => {
      const report = reports.getStore();
      if (report) report.alerts.push({ subject: alert.subject, interests: alert.interests, recipients });
    },
  });

  try {
    await ensureTable(target.dynamodb, LOCAL_TABLE);
  } catch (error) {
    publisher.close();
    await closeStarted();
    throw error;
  }

  const observer: IngestObserver = {
    metric: (metric) => reports.getStore()?.events.push(metric),
    log: (level, message, fields) => {
      const report = reports.getStore();
      if (report && typeof fields?.reason === 'string') report.failure = fields.reason;
      // Failures that will be retried are worth a line at once; recorded failures get theirs when done.
      if (level === 'error')
        process.stderr.write(`! ${printable(report?.key ?? '')}  ${message}${printable(errorOf(fields))}\n`);
    },
  };
  const handler = (options.createHandler ?? createLocalIngestHandler)(
    {
      s3: target.s3,
      dynamodb: target.dynamodb,
      bucket: LOCAL_BUCKET,
      tableName: LOCAL_TABLE,
      region: LOCAL_REGION,
      publisher,
      maxObjectBytes: config.maxObjectBytes,
    },
    observer,
  );

  // A message that failed every attempt is also listed by `communique failures`, as a dead-letter queue
  // alarm would tell an operator on AWS; the message itself stays in the dead-letter folder.
  const failures = new DynamoDbReleaseStore(target.dynamodb, LOCAL_TABLE);
  const recordDeadLetter = (outcome: DeliveryOutcome): void => {
    let objects: readonly ObjectRef[] = [];
    try {
      const notification = parseS3Notification(outcome.message.body);
      if (notification.kind === 'objects') objects = notification.objects;
    } catch {
      return; // not an S3 event: only the dead-letter folder keeps it
    }
    for (const ref of objects) {
      failures
        .recordFailure({
          bucket: ref.bucket,
          key: ref.key,
          objectVersion: objectVersionOf(ref),
          reason: 'retries-exhausted',
          message: `Failed ${outcome.attempts} times (${outcome.error ?? 'unknown error'}); the message is in ${path.join(dataDir, 'dead-letter')}.`,
          failedAt: new Date().toISOString(),
          size: ref.size,
        })
        .catch((error: unknown) =>
          process.stderr.write(
            `! could not record the failure of ${printable(ref.key)}: ${printable(String(error))}\n`,
          ),
        );
    }
  };

  // What the attempt in flight did, by message, so that the log line tells what the last attempt did.
  const current = new Map<string, ProcessedRelease>();
  const newReport = (record: SQSRecord): ProcessedRelease => {
    const report: ProcessedRelease = {
      key: keyOf(record),
      status: 'delivered',
      attempts: 1,
      events: [],
      alerts: [],
    };
    current.set(record.messageId, report);
    return report;
  };
  const deliveries = new DeliveryQueue({
    spoolDir: path.join(dataDir, 'queue'),
    deadLetterDir: path.join(dataDir, 'dead-letter'),
    ...options.queue,
    handler: (event) => {
      const record = event.Records[0];
      return record ? reports.run(newReport(record), () => handler(event)) : handler(event);
    },
    onSettled: (outcome: DeliveryOutcome) => {
      if (outcome.status === 'dead-letter') recordDeadLetter(outcome);
      const report = current.get(outcome.message.messageId) ?? newReport(outcome.message);
      current.delete(outcome.message.messageId);
      options.onProcessed?.({
        ...report,
        status: outcome.status,
        attempts: outcome.attempts,
        ...(outcome.error ? { error: outcome.error } : {}),
      });
    },
  });

  queue = deliveries;
  deliveries.send(early.splice(0));
  deliveries.recover();
  writeLocalState(dataDir, state);

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      // In order: no new invocation (later events are only journaled), the ones in flight finish, then
      // S3 stops taking uploads, then the servers the handler used.
      await deliveries.close();
      await s3.close();
      publisher.close();
      target.s3.destroy();
      target.dynamodb.destroy();
      await inbox.close();
      await dynamo.close();
      removeLocalState(dataDir);
    })();
    return stopping;
  };

  return {
    state,
    dataDir,
    inboxUrl: inbox.webUrl,
    smtpPort: inbox.smtpPort,
    pending: () => deliveries.pending,
    idle: () => deliveries.idle(),
    stop,
  };
}

function errorOf(fields: Record<string, unknown> | undefined): string {
  return typeof fields?.error === 'string' ? `: ${fields.error}` : '';
}

function keyOf(record: SQSRecord): string {
  try {
    const key = JSON.parse(record.body).Records?.[0]?.s3?.object?.key as string | undefined;
    return key ? decodeS3Key(key) : '(unknown key)';
  } catch {
    return '(unknown key)';
  }
}

async function ensureTable(dynamodb: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await dynamodb.send(new DescribeTableCommand({ TableName: tableName }));
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
    await dynamodb.send(new CreateTableCommand(createTableInput(tableName)));
  }
}
