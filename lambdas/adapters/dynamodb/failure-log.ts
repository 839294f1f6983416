import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { capText } from '../../core/parse/cap-release';
import type { IngestFailure, IngestFailureReason } from '../../core/ports';
import { str } from './attribute-values';
import { type DynamoDbTable, keyItem } from './dynamodb-table';
import { FAILURES, keys } from './release-keys';

/** A failure's message is an error text, sometimes quoting the file: capped like every stored field. */
const MESSAGE_CAP = 2000;

/** Failures, one item per object version (`FAIL#<bucket>/<key>` / version), listed newest first from gsi1. */
export class FailureLog {
  constructor(private readonly table: DynamoDbTable) {}

  /** Repeats keep the first record. */
  async record(failure: IngestFailure): Promise<void> {
    await this.table.putIfAbsent({
      ...keyItem(keys.failure(failure.bucket, failure.key, failure.objectVersion)),
      bucket: { S: failure.bucket },
      key: { S: failure.key },
      objectVersion: { S: failure.objectVersion },
      reason: { S: failure.reason },
      message: { S: capText(failure.message, MESSAGE_CAP) },
      failedAt: { S: failure.failedAt },
      size: { N: String(failure.size) },
      gsi1pk: { S: FAILURES },
      gsi1sk: { S: `${failure.failedAt}#${failure.bucket}/${failure.key}` },
    });
  }

  /** Newest first. */
  async list(limit = 100): Promise<IngestFailure[]> {
    const page = await this.table.query({
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': { S: FAILURES } },
      ScanIndexForward: false,
      Limit: limit,
    });
    return (page.Items ?? []).map(toFailure);
  }
}

function toFailure(item: Record<string, AttributeValue>): IngestFailure {
  return {
    bucket: str(item, 'bucket') ?? '',
    key: str(item, 'key') ?? '',
    objectVersion: str(item, 'objectVersion') ?? '',
    reason: (str(item, 'reason') ?? 'malformed') as IngestFailureReason,
    message: str(item, 'message') ?? '',
    failedAt: str(item, 'failedAt') ?? '',
    size: Number(item.size?.N ?? 0),
  };
}
