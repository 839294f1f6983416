import type { AlertLease, AlertLeaseRequest } from '../../core/ports';
import { str } from './attribute-values';
import type { DynamoDbTable } from './dynamodb-table';
import { keys } from './release-keys';

/**
 * The right to publish one release content's alert, held on the release item: a conditional update, valid only
 * while the status is `stored`, the content hash matches and no other lease is live. At most one holder
 * publishes; a holder that dies leaves a lease that expires.
 */
export class PublishLease {
  constructor(private readonly table: DynamoDbTable) {}

  async acquire(request: AlertLeaseRequest): Promise<AlertLease> {
    const key = keys.release(request.releaseId);
    const acquired = await this.table.updateAndGet(key, {
      UpdateExpression: 'SET leaseUntil = :until, leaseHolder = :holder',
      ConditionExpression:
        '#status = :stored AND contentHash = :h AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':until': { S: request.until },
        ':holder': { S: request.holder },
        ':stored': { S: 'stored' },
        ':h': { S: request.contentHash },
        ':now': { S: request.now },
      },
    });
    if (acquired) return { state: 'acquired', kind: acquired.alertedHash ? 'update' : 'new' };
    const current = await this.table.get(key);
    if (!current) throw new Error(`Release ${request.releaseId} is not stored.`);
    if (str(current, 'contentHash') !== request.contentHash) return { state: 'superseded' };
    const status = str(current, 'status');
    if (status === 'alerted' || status === 'history') return { state: 'alerted' };
    return { state: 'held' };
  }

  /** @param as `history`: no alert was sent, so none is recorded (no `alertedHash`: the next content is new). */
  async complete(request: AlertLeaseRequest, as: 'alerted' | 'history' = 'alerted'): Promise<void> {
    const completed = await this.table.update(keys.release(request.releaseId), {
      UpdateExpression:
        as === 'alerted'
          ? 'SET #status = :alerted, alertedHash = :h, alertedAt = :now REMOVE leaseUntil, leaseHolder'
          : 'SET #status = :alerted REMOVE leaseUntil, leaseHolder',
      ConditionExpression: 'leaseHolder = :holder AND contentHash = :h',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':alerted': { S: as },
        ':h': { S: request.contentHash },
        ...(as === 'alerted' ? { ':now': { S: request.now } } : {}),
        ':holder': { S: request.holder },
      },
    });
    // The content changed while publishing: the new content's delivery alerts; drop a lease still held.
    if (!completed) await this.release(request);
  }

  async release(request: AlertLeaseRequest): Promise<void> {
    await this.table.update(keys.release(request.releaseId), {
      UpdateExpression: 'REMOVE leaseUntil, leaseHolder',
      ConditionExpression: 'leaseHolder = :holder',
      ExpressionAttributeValues: { ':holder': { S: request.holder } },
    });
  }
}
