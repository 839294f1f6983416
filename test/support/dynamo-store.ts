import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDbReleaseArchive } from '../../lambdas/adapters/dynamodb/dynamodb-release-archive';
import { DynamoDbReleaseStore } from '../../lambdas/adapters/dynamodb/dynamodb-release-store';
import type { ReleaseArchive, ReleaseStore } from '../../lambdas/core/ports';

/** Both sides of the table in one object, as `MemoryReleaseStore` is, for tests that write and then read. */
export function dynamoStoreAndArchive(
  client: Pick<DynamoDBClient, 'send'>,
  tableName: string,
): ReleaseStore & ReleaseArchive {
  const store = new DynamoDbReleaseStore(client, tableName);
  const archive = new DynamoDbReleaseArchive(client, tableName);
  return {
    storeRelease: (i) => store.storeRelease(i),
    acquireAlertLease: (r) => store.acquireAlertLease(r),
    completeAlert: (r) => store.completeAlert(r),
    completeHistory: (r) => store.completeHistory(r),
    releaseAlertLease: (r) => store.releaseAlertLease(r),
    recordFailure: (f) => store.recordFailure(f),
    hasProcessed: (r) => store.hasProcessed(r),
    reindexRelease: (i) => store.reindexRelease(i),
    completeReindexAlert: (id, h) => store.completeReindexAlert(id, h),
    getRelease: (id) => archive.getRelease(id),
    listReleases: (q) => archive.listReleases(q),
    listOfficials: () => archive.listOfficials(),
    listFailures: (l) => archive.listFailures(l),
  };
}
