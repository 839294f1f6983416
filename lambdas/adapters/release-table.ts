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
