import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type {
  AlertLease,
  AlertLeaseRequest,
  IngestFailure,
  ObjectRef,
  ReindexReleaseInput,
  ReindexReleaseResult,
  ReleaseStore,
  StoreReleaseInput,
  StoreReleaseResult,
} from '../../core/ports';
import { str, strings } from './attribute-values';
import { DynamoDbTable } from './dynamodb-table';
import { FailureLog } from './failure-log';
import { namedRelease } from './object-record';
import { PublishLease } from './publish-lease';
import { keys, location } from './release-keys';
import { ReleaseReindexer } from './release-reindexer';
import { ReleaseWriter } from './release-writer';

/**
 * The ingest side of the archive on one DynamoDB table (single-table design; the README's "Table design"
 * lists the items). Writes are conditional puts and updates only (no transactions, which dynalite lacks), each
 * idempotent, so a retry after a crash at any point converges.
 */
export class DynamoDbReleaseStore implements ReleaseStore {
  private readonly table: DynamoDbTable;
  private readonly writer: ReleaseWriter;
  private readonly lease: PublishLease;
  private readonly failures: FailureLog;
  private readonly reindexer: ReleaseReindexer;

  /** @param client the caller's client (built once per Lambda container); only `send` is used. */
  constructor(client: Pick<DynamoDBClient, 'send'>, tableName: string) {
    this.table = new DynamoDbTable(client, tableName);
    this.writer = new ReleaseWriter(this.table);
    this.lease = new PublishLease(this.table);
    this.failures = new FailureLog(this.table);
    this.reindexer = new ReleaseReindexer(this.table);
  }

  reindexRelease(input: ReindexReleaseInput): Promise<ReindexReleaseResult> {
    return this.reindexer.reindex(input);
  }

  completeReindexAlert(releaseId: string, contentHash: string): Promise<void> {
    return this.reindexer.completeAlert(releaseId, contentHash);
  }

  storeRelease(input: StoreReleaseInput): Promise<StoreReleaseResult> {
    return this.writer.storeRelease(input);
  }

  acquireAlertLease(request: AlertLeaseRequest): Promise<AlertLease> {
    return this.lease.acquire(request);
  }

  completeAlert(request: AlertLeaseRequest): Promise<void> {
    return this.lease.complete(request);
  }

  completeHistory(request: AlertLeaseRequest): Promise<void> {
    return this.lease.complete(request, 'history');
  }

  releaseAlertLease(request: AlertLeaseRequest): Promise<void> {
    return this.lease.release(request);
  }

  recordFailure(failure: IngestFailure): Promise<void> {
    return this.failures.record(failure);
  }

  async hasProcessed(ref: ObjectRef): Promise<boolean> {
    const version = ref.versionId ?? ref.eTag;
    if (!version) return false;
    const object = await this.table.get(keys.object(ref.bucket, ref.key));
    if (object && (str(object, 'versionId') ?? str(object, 'eTag')) === version) {
      if (str(object, 'releaseId')) return true;
      // A key's first content, recorded before its release: processed once that release lists the key. (The
      // queue's message finishes an ingest interrupted after the release; this serves events never received.)
      const releaseId = await namedRelease(this.table, object);
      const release = releaseId ? await this.table.get(keys.release(releaseId)) : undefined;
      const here = location(ref.bucket, ref.key);
      if (
        str(release, 'contentHash') === str(object, 'contentHash') &&
        strings(release, 'locations').includes(here)
      )
        return true;
    }
    return (await this.table.get(keys.failure(ref.bucket, ref.key, version))) !== undefined;
  }
}
