import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/**
 * Key schema of the communique table (single-table design). The CDK stack, the DynamoDB adapters and local
 * mode all build the table from this one description.
 */
export const RELEASE_TABLE = {
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: [
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  ],
} as const;

/**
 * The CreateTable request for this key schema, on-demand billing: used by local mode and the tests (the CDK
 * stack declares the same table from {@link RELEASE_TABLE}).
 */
export function createTableInput(tableName: string): CreateTableCommandInput {
  const keyNames = [
    RELEASE_TABLE.partitionKey,
    RELEASE_TABLE.sortKey,
    ...RELEASE_TABLE.indexes.flatMap((i) => [i.partitionKey, i.sortKey]),
  ];
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: keyNames.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: RELEASE_TABLE.partitionKey, KeyType: 'HASH' },
      { AttributeName: RELEASE_TABLE.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: RELEASE_TABLE.indexes.map((i) => ({
      IndexName: i.indexName,
      KeySchema: [
        { AttributeName: i.partitionKey, KeyType: 'HASH' },
        { AttributeName: i.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
  };
}
