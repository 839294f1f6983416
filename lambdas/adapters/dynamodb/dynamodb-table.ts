import {
  type AttributeValue,
  BatchGetItemCommand,
  BatchWriteItemCommand,
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  type QueryCommandInput,
  type QueryCommandOutput,
  UpdateItemCommand,
  type UpdateItemCommandInput,
} from '@aws-sdk/client-dynamodb';
import type { TableKey } from './release-keys';

export type Item = Record<string, AttributeValue>;

export const keyItem = (key: TableKey): Item => ({ pk: { S: key.pk }, sk: { S: key.sk } });

/** BatchWriteItem takes at most 25 requests, BatchGetItem at most 100 keys (DynamoDB API limits). */
const BATCH_WRITE_MAX = 25;
const BATCH_GET_MAX = 100;
/** Unprocessed items and keys are retried this many times, with exponential backoff and jitter, then thrown. */
const BATCH_RETRIES = 8;

/** Backoff before retry `n` (1-based), as the AWS SDKs do for throttling: 50 ms doubling, capped, jittered. */
const backoff = (n: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(2000, 50 * 2 ** n)));

/** The same error DynamoDB throws after its own retries, so callers treat it as retryable. */
export class UnprocessedItemsError extends Error {
  override readonly name = 'UnprocessedItemsError';
}

/**
 * The handful of table operations the store is written in: consistent reads, conditional puts and updates,
 * batches that retry what DynamoDB left unprocessed. Only `send` of the caller's client is used, so the Lambda
 * builds its client once per container and tests can record the commands.
 */
export class DynamoDbTable {
  constructor(
    private readonly client: Pick<DynamoDBClient, 'send'>,
    readonly name: string,
  ) {}

  async get(key: TableKey): Promise<Item | undefined> {
    const result = await this.client.send(
      new GetItemCommand({ TableName: this.name, Key: keyItem(key), ConsistentRead: true }),
    );
    return result.Item;
  }

  /** Puts an item unless one with its key exists; true when this call wrote it. */
  async putIfAbsent(item: Item): Promise<boolean> {
    return this.conditional(
      this.client.send(
        new PutItemCommand({
          TableName: this.name,
          Item: item,
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    );
  }

  async put(item: Item, condition?: { expression: string; values: Item; names?: Record<string, string> }) {
    return this.conditional(
      this.client.send(
        new PutItemCommand({
          TableName: this.name,
          Item: item,
          ...(condition
            ? {
                ConditionExpression: condition.expression,
                ExpressionAttributeValues: condition.values,
                ...(condition.names ? { ExpressionAttributeNames: condition.names } : {}),
              }
            : {}),
        }),
      ),
    );
  }

  /** An UpdateItem; false (not an error) when its condition does not hold. */
  async update(
    key: TableKey,
    update: Omit<UpdateItemCommandInput, 'TableName' | 'Key' | 'ReturnValues'>,
  ): Promise<boolean> {
    const input: UpdateItemCommandInput = { ...update, TableName: this.name, Key: keyItem(key) };
    if (input.ExpressionAttributeNames && Object.keys(input.ExpressionAttributeNames).length === 0) {
      delete input.ExpressionAttributeNames;
    }
    return this.conditional(this.client.send(new UpdateItemCommand(input)));
  }

  /** Like {@link update}, returning the item as written, or null when the condition does not hold. */
  async updateAndGet(
    key: TableKey,
    update: Omit<UpdateItemCommandInput, 'TableName' | 'Key' | 'ReturnValues'>,
  ): Promise<Item | null> {
    let written: Item | null = null;
    const input: UpdateItemCommandInput = {
      ...update,
      TableName: this.name,
      Key: keyItem(key),
      ReturnValues: 'ALL_NEW',
    };
    const ok = await this.conditional(
      this.client.send(new UpdateItemCommand(input)).then((result) => {
        written = result.Attributes ?? {};
      }),
    );
    return ok ? written : null;
  }

  async query(input: Omit<QueryCommandInput, 'TableName'>): Promise<QueryCommandOutput> {
    return this.client.send(new QueryCommand({ ...input, TableName: this.name }));
  }

  /** Puts items with BatchWriteItem, 25 at a time, retrying `UnprocessedItems` (BatchWriteItem is not atomic). */
  async putAll(items: readonly Item[]): Promise<void> {
    for (let i = 0; i < items.length; i += BATCH_WRITE_MAX) {
      let requests = items.slice(i, i + BATCH_WRITE_MAX).map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 1; requests.length > 0; attempt++) {
        if (attempt > BATCH_RETRIES)
          throw new UnprocessedItemsError(`${requests.length} items left unwritten.`);
        if (attempt > 1) await backoff(attempt);
        const result = await this.client.send(
          new BatchWriteItemCommand({ RequestItems: { [this.name]: requests } }),
        );
        requests = (result.UnprocessedItems?.[this.name] ?? []).flatMap((r) =>
          r.PutRequest?.Item ? [{ PutRequest: { Item: r.PutRequest.Item } }] : [],
        );
      }
    }
  }

  /** Items by key with BatchGetItem, 100 keys at a time, retrying `UnprocessedKeys` with backoff. */
  async getAll(keys: readonly TableKey[]): Promise<Item[]> {
    const found: Item[] = [];
    for (let i = 0; i < keys.length; i += BATCH_GET_MAX) {
      let request: Item[] = keys.slice(i, i + BATCH_GET_MAX).map(keyItem);
      for (let attempt = 1; request.length > 0; attempt++) {
        if (attempt > BATCH_RETRIES) throw new UnprocessedItemsError(`${request.length} keys left unread.`);
        if (attempt > 1) await backoff(attempt);
        const result = await this.client.send(
          new BatchGetItemCommand({ RequestItems: { [this.name]: { Keys: request } } }),
        );
        found.push(...(result.Responses?.[this.name] ?? []));
        request = result.UnprocessedKeys?.[this.name]?.Keys ?? [];
      }
    }
    return found;
  }

  private async conditional(request: Promise<unknown>): Promise<boolean> {
    try {
      await request;
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
