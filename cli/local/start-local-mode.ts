import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import type { SQSRecord } from 'aws-lambda';
import { DynamoDbReleaseArchive } from '../../lambdas/adapters/dynamodb/dynamodb-release-archive';
import { DynamoDbReleaseStore } from '../../lambdas/adapters/dynamodb/dynamodb-release-store';
import { FileSubscriptionRegistry } from '../../lambdas/adapters/local/file-subscription-registry';
import { createTableInput } from '../../lambdas/adapters/release-table';
import { S3ReleaseSource } from '../../lambdas/adapters/s3-release-source';
import type { DigestRunResult } from '../../lambdas/core/delivery/run-digests';
import type { Alert, IngestLogger } from '../../lambdas/core/ports';
import { parseReindexMessage } from '../../lambdas/core/reindex-message';
import { decodeS3Key } from '../../lambdas/core/s3-event';
import { printable } from '../../lambdas/core/text/printable';
import { createIngestHandler, type IngestClients } from '../../lambdas/ingest/create-ingest-handler';
import { SourceReleaseBodies } from '../../lambdas/web/source-release-bodies';
import { UsageError } from '../command';
import { localTarget } from '../target';
import { deadLetterDir, readDeadLetters, takeRedriven } from './dead-letters';
import { type DeliveryOutcome, DeliveryQueue, type SqsHandler } from './delivery-queue';
import { LOCAL_HOST, type LocalServer } from './local-server';
import { type LocalState, readLocalState, removeLocalState, writeLocalState } from './local-state';
import { type LocalSubscribers, localSubscribers } from './local-subscribers';
import { localSubscriptionsFile, mergeSubscriptions, readDeployConfig } from './local-subscriptions';
import { outcomesDir, settledOutcome, writeOutcome } from './object-outcomes';
import { objectsOf, reconcileBucket } from './reconcile-bucket';
import type { ProcessedRelease } from './release-report';
import { s3EventToSqsRecords } from './s3-event-to-sqs';
import { SmtpAlertPublisher } from './smtp-alert-publisher';
import { startDynamoDbProcess } from './start-dynamodb-process';
import type { LocalInbox } from './start-inbox';
import { startInboxProcess } from './start-inbox-process';
import { startS3Process } from './start-s3-process';
import { startWeb } from './start-web';

/**
 * Local mode's publish lease, shorter than its retry window ({@link LOCAL_RETRY}): a delivery that died holding
 * the lease (Ctrl-C, a crash, SIGKILL) leaves it to expire before the last retry, so the alert is still sent. The
 * stack's queue has the same relation (a 120 s lease, 185 s visibility timeout). It also bounds a publish: the
 * SMTP timeouts keep one well under it, or a second delivery could publish alongside.
 */
export const LOCAL_ALERT_LEASE_MS = 10_000;
/** Local mode's retries: 5 attempts, waiting 1, 2, 4, 8 s between them (15 s in all). */
export const LOCAL_RETRY = {
  maxAttempts: 5,
  backoffMs: (failed: number) => 1000 * 2 ** (failed - 1),
} as const;
/** Each SMTP step (connect, greeting, reply) is given up on after this long. */
const LOCAL_SMTP_TIMEOUT_MS = 2500;
/** How often local mode runs the digests (the stack's schedule runs every 15 minutes; a minute is closer to "now"). */
const LOCAL_DIGEST_MS = 60_000;
/** How often local mode looks for messages sent back by `communique redrive`. */
const REDRIVE_POLL_MS = 500;

export interface LocalModeOptions {
  /** Folder for the data (objects, table, inbox, queue, subscriptions) and the state file. */
  readonly dataDir: string;
  /** 0 picks a free port, for every port. */
  readonly s3Port: number;
  readonly dynamodbPort: number;
  readonly smtpPort: number;
  readonly inboxPort: number;
  /** The web app (browse, search, feeds); 0 picks a free port. @default not served */
  readonly webPort?: number;
  /** Deletes the data folder's content first. @default false */
  readonly fresh?: boolean;
  /** `cdk.json` whose context gives the deploy's subscriptions and settings. @default the repository's */
  readonly cdkJsonPath?: string;
  /** One line per processed release. @default nothing */
  readonly onProcessed?: (release: ProcessedRelease) => void;
  /** Builds the ingest handler. @default `createIngestHandler`, the ingest function's own wiring */
  readonly createHandler?: (clients: IngestClients) => SqsHandler;
  /**
   * Ports on 127.0.0.1 the ingest handler reaches S3, DynamoDB and SMTP on, where they differ from the servers'
   * own: the fault-injection tests put a proxy there that refuses or resets connections. @default the servers'
   */
  readonly reachVia?: {
    readonly s3Port?: number;
    readonly dynamodbPort?: number;
    readonly smtpPort?: number;
  };
  /** Retry policy of the local queue. @default LOCAL_RETRY */
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
  /** The web app, when `webPort` was given, e.g. `http://127.0.0.1:8080`. */
  readonly webUrl: string | null;
  readonly smtpPort: number;
  /** Releases waiting or being ingested. */
  readonly pending: () => number;
  /** Objects found in the bucket at start that were never ingested, and queued. */
  readonly reconciled: number;
  /** Resolves when every uploaded object seen so far is ingested (or parked). */
  idle(): Promise<void>;
  /** Runs the digests due at `now` (the timer's run, `communique digest --now`); null without the web app. */
  digest(now?: Date): Promise<DigestRunResult | null>;
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
  // Outcomes are for the CLI that waits on this run; an earlier run's are nobody's.
  rmSync(outcomesDir(dataDir), { recursive: true, force: true });
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
    // DynamoDB, the inbox and S3 in processes of their own: the second core serves them while this one parses
    // and mails.
    dynamo = await startDynamoDbProcess({
      port: options.dynamodbPort,
      directory: path.join(dataDir, 'dynamodb'),
    });
    started.push(dynamo);
    inbox = await startInboxProcess({
      smtpPort: options.smtpPort,
      webPort: options.inboxPort,
      directory: path.join(dataDir, 'inbox'),
    });
    started.push(inbox);
    s3 = await startS3Process({
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
  const via = options.reachVia ?? {};
  const publisher = new SmtpAlertPublisher({
    smtpHost: LOCAL_HOST,
    smtpPort: via.smtpPort ?? inbox.smtpPort,
    outboxDir: path.join(dataDir, 'outbox'),
    timeoutMs: LOCAL_SMTP_TIMEOUT_MS,
    displayName: config.alertsDisplayName,
    subscriptions: async () => mergeSubscriptions(config.subscriptions, await registry.list()),
    onPublished: (alert: Alert, delivery) => {
      const report = reports.getStore();
      if (!report) return;
      report.alerts.push({ subject: alert.subject, interests: alert.interests, recipients: delivery.sent });
      if (delivery.rejected.length > 0) report.rejected = [...(report.rejected ?? []), ...delivery.rejected];
    },
  });
  // The handler's own clients: through `reachVia` when a test puts a proxy in between.
  const handlerTarget = localTarget(
    {
      ...state,
      s3Endpoint: via.s3Port ? `http://${LOCAL_HOST}:${via.s3Port}` : state.s3Endpoint,
      dynamodbEndpoint: via.dynamodbPort
        ? `http://${LOCAL_HOST}:${via.dynamodbPort}`
        : state.dynamodbEndpoint,
    },
    dataDir,
  );

  let web: Awaited<ReturnType<typeof startWeb>> | null = null;
  // The subscriber path (issue 13) needs the web app: its mails link to the pages that confirm and unsubscribe.
  let subscribers: LocalSubscribers | null = null;
  try {
    await ensureTable(target.dynamodb, LOCAL_TABLE);
    if (options.webPort !== undefined) {
      const archive = new DynamoDbReleaseArchive(target.dynamodb, LOCAL_TABLE);
      const source = new S3ReleaseSource(target.s3);
      let webUrl = '';
      subscribers = localSubscribers({
        dataDir,
        dynamodb: handlerTarget.dynamodb,
        tableName: LOCAL_TABLE,
        smtpHost: LOCAL_HOST,
        smtpPort: via.smtpPort ?? inbox.smtpPort,
        timeoutMs: LOCAL_SMTP_TIMEOUT_MS,
        displayName: config.alertsDisplayName,
        baseUrl: () => webUrl,
        archive,
        bodies: new SourceReleaseBodies(source, config.maxObjectBytes),
      });
      // The web app reads through the archive port and the bucket, as the web Lambda does on AWS.
      web = await startWeb({
        port: options.webPort,
        archive,
        source,
        maxObjectBytes: config.maxObjectBytes,
        accounts: subscribers.accounts,
      });
      webUrl = web.url;
      started.push(web);
    }
  } catch (error) {
    subscribers?.close();
    publisher.close();
    await closeStarted();
    throw error;
  }
  const shownState: LocalState = web ? { ...state, webUrl: web.url } : state;

  const logger: IngestLogger = {
    debug: () => undefined,
    // The use case logs what the store did ('Stored a release', 'Reindexed a release'): `upload` and `reindex`
    // wait for it (object-outcomes.ts).
    info: (_message, fields) => {
      const report = reports.getStore();
      if (!report) return;
      if (typeof fields?.outcome === 'string') report.outcome = fields.outcome;
      if (typeof fields?.releaseId === 'string') report.releaseId = fields.releaseId;
    },
    warn: (_message, fields) => {
      const report = reports.getStore();
      if (report && typeof fields?.reason === 'string') {
        report.failure = fields.reason;
        if (typeof fields.detail === 'string') report.failureMessage = fields.detail;
      }
    },
    error: (message, fields) => {
      const report = reports.getStore();
      const cause = typeof fields?.error === 'string' ? fields.error : message;
      if (report) report.lastError = cause;
      // Failures that will be retried are worth a line at once; recorded failures get theirs when done.
      process.stderr.write(`! ${printable(report?.key ?? '')}  ${message}: ${printable(cause)}\n`);
    },
  };
  const handler = (options.createHandler ?? createIngestHandler)({
    s3: handlerTarget.s3,
    bucket: LOCAL_BUCKET,
    dynamodb: handlerTarget.dynamodb,
    tableName: LOCAL_TABLE,
    // SNS's email subscriptions first, then the table's subscribers, as the notifier queue follows the topic on
    // AWS. A failed notify fails the publish: the retry mails only whom the claims say were not mailed.
    publisher: {
      publish: async (alert: Alert) => {
        await publisher.publish(alert);
        await subscribers?.notify(alert);
      },
    },
    maxObjectBytes: config.maxObjectBytes,
    region: LOCAL_REGION,
    logger,
    metrics: { count: (metric) => reports.getStore()?.events.push(metric) },
    // One message per invocation: the local queue gives the concurrency.
    concurrency: 1,
    alertLeaseMs: LOCAL_ALERT_LEASE_MS,
  });

  // Outcome files being written (off the event loop): idle() and stop() wait for them.
  const outcomeWrites = new Set<Promise<unknown>>();
  const outcomesWritten = async (): Promise<void> => {
    while (outcomeWrites.size > 0) await Promise.all(outcomeWrites);
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
    deadLetterDir: deadLetterDir(dataDir),
    ...LOCAL_RETRY,
    ...options.queue,
    handler: async (event) => {
      const record = event.Records[0];
      if (!record) return handler(event);
      const report = newReport(record);
      const response = await reports.run(report, () => handler(event));
      // The handler reports a failed message by id only; the queue keeps the cause it logged, for the dead letter.
      if (response?.batchItemFailures?.some((f) => f.itemIdentifier === record.messageId)) {
        throw new Error(report.lastError ?? 'reported in batchItemFailures');
      }
      return response;
    },
    onSettled: (outcome: DeliveryOutcome) => {
      const report = current.get(outcome.message.messageId) ?? newReport(outcome.message);
      current.delete(outcome.message.messageId);
      const settled: ProcessedRelease = {
        ...report,
        status: outcome.status,
        attempts: outcome.attempts,
        ...(outcome.error ? { error: outcome.error } : {}),
      };
      const recorded = settledOutcome(objectOf(outcome.message), settled);
      if (recorded) {
        const written = writeOutcome(dataDir, recorded)
          .catch((error) =>
            process.stderr.write(
              `! could not write the outcome of ${printable(settled.key)}: ${String(error)}\n`,
            ),
          )
          .finally(() => outcomeWrites.delete(written));
        outcomeWrites.add(written);
      }
      options.onProcessed?.(settled);
    },
  });

  queue = deliveries;
  // The journal of an earlier run first: the early events' own files are being written meanwhile.
  deliveries.recover();
  deliveries.send(early.splice(0));
  takeRedriven(dataDir, (messages) => deliveries.send(messages));
  const redrivePoll = setInterval(
    () => takeRedriven(dataDir, (messages) => deliveries.send(messages)),
    REDRIVE_POLL_MS,
  );
  redrivePoll.unref();
  const digestTimer = setInterval(() => {
    subscribers?.digest().catch((error) => process.stderr.write(`! digest run: ${String(error)}\n`));
  }, LOCAL_DIGEST_MS);
  digestTimer.unref();

  let reconciled = 0;
  try {
    const queued = objectsOf([
      ...journaled(path.join(dataDir, 'queue')),
      ...readDeadLetters(dataDir).map((l) => l.message),
    ]);
    reconciled = await reconcileBucket({
      s3: target.s3,
      bucket: LOCAL_BUCKET,
      store: new DynamoDbReleaseStore(target.dynamodb, LOCAL_TABLE),
      queued,
      send: (messages) => deliveries.send(messages),
    });
  } catch (error) {
    process.stderr.write(`! could not compare the bucket with the table: ${String(error)}\n`);
  }
  writeLocalState(dataDir, shownState);

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      // In order: no new invocation (later events are only journaled), the ones in flight finish, then
      // S3 stops taking uploads, then the servers the handler used.
      clearInterval(redrivePoll);
      clearInterval(digestTimer);
      await web?.close();
      await deliveries.close();
      await outcomesWritten();
      await s3.close();
      publisher.close();
      subscribers?.close();
      for (const t of [target, handlerTarget]) {
        t.s3.destroy();
        t.dynamodb.destroy();
      }
      await inbox.close();
      await dynamo.close();
      removeLocalState(dataDir);
    })();
    return stopping;
  };

  return {
    state: shownState,
    dataDir,
    inboxUrl: inbox.webUrl,
    webUrl: web?.url ?? null,
    smtpPort: inbox.smtpPort,
    pending: () => deliveries.pending,
    reconciled,
    idle: async () => {
      await deliveries.idle();
      await outcomesWritten();
    },
    digest: async (now?: Date) => (subscribers ? subscribers.digest(now) : null),
    stop,
  };
}

/** Messages journaled in the queue's spool folder. */
function journaled(dir: string): SQSRecord[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  return files.flatMap((f) => {
    try {
      return [JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as SQSRecord];
    } catch {
      return [];
    }
  });
}

function keyOf(record: SQSRecord): string {
  return objectOf(record)?.key ?? '(unknown key)';
}

/** The object a message names (an S3 event's first record, or a reindex message), with its ETag. */
function objectOf(record: SQSRecord): { key: string; eTag: string; kind: 'ingest' | 'reindex' } | null {
  const reindex = parseReindexMessage(record.body);
  if (reindex) return { key: reindex.ref.key, eTag: reindex.ref.eTag ?? '', kind: 'reindex' };
  try {
    const object = JSON.parse(record.body).Records?.[0]?.s3?.object as
      | { key?: string; eTag?: string }
      | undefined;
    return object?.key ? { key: decodeS3Key(object.key), eTag: object.eTag ?? '', kind: 'ingest' } : null;
  } catch {
    return null;
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
