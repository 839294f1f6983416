import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { OfficialMerge, OfficialMergeRegistry } from '../../core/identity/official-merges';
import { str } from './attribute-values';
import { DynamoDbTable, type Item, keyItem } from './dynamodb-table';
import { keys, MERGES } from './release-keys';

/**
 * Operators' merges of officials, one item per merged id, listed through gsi2 `MERGES` (no scan). Written by
 * the CLI with the operator's credentials; undoing one removes its index attributes (no DeleteItem needed).
 */
export class DynamoDbOfficialMerges implements OfficialMergeRegistry {
  private readonly table: DynamoDbTable;

  constructor(client: Pick<DynamoDBClient, 'send'>, tableName: string) {
    this.table = new DynamoDbTable(client, tableName);
  }

  async listMerges(): Promise<OfficialMerge[]> {
    const merges: OfficialMerge[] = [];
    let start: Item | undefined;
    do {
      const page = await this.table.query({
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': { S: MERGES } },
        ExclusiveStartKey: start,
      });
      for (const item of page.Items ?? []) {
        const id = str(item, 'id');
        const into = str(item, 'into');
        if (id && into) merges.push({ id, into });
      }
      start = page.LastEvaluatedKey;
    } while (start);
    return merges;
  }

  async addMerge(merge: OfficialMerge): Promise<void> {
    await this.table.put({
      ...keyItem(keys.officialMerge(merge.id)),
      id: { S: merge.id },
      into: { S: merge.into },
      gsi2pk: { S: MERGES },
      gsi2sk: { S: merge.id },
    });
  }

  async removeMerge(id: string): Promise<void> {
    await this.table.update(keys.officialMerge(id), {
      UpdateExpression: 'REMOVE #into, gsi2pk, gsi2sk',
      ExpressionAttributeNames: { '#into': 'into' },
    });
  }
}
