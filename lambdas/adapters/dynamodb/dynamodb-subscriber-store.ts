import {
  type AttributeValue,
  DeleteItemCommand,
  type DynamoDBClient,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/client-dynamodb';
import type { DigestItem, SubscriberStore } from '../../core/delivery/ports';
import type { Subscriber } from '../../core/delivery/subscriber';
import { DynamoDbTable, type Item, keyItem } from './dynamodb-table';
import { SUBSCRIBERS, subscriberKeys } from './subscriber-keys';

/**
 * Subscribers and their delivery records in the release table (keys in `subscriber-keys.ts`). Exactly once
 * rests on one conditional put per (subscriber, delivery); no transactions (dynalite has none). Errors carry
 * ids, never an address.
 */
export class DynamoDbSubscriberStore implements SubscriberStore {
  private readonly table: DynamoDbTable;

  constructor(
    private readonly client: Pick<DynamoDBClient, 'send'>,
    private readonly tableName: string,
  ) {
    this.table = new DynamoDbTable(client, tableName);
  }

  async getSubscriber(id: string): Promise<Subscriber | null> {
    const item = await this.table.get(subscriberKeys.subscriber(id));
    return item ? subscriberOf(item) : null;
  }

  async listSubscribers(): Promise<Subscriber[]> {
    const items = await this.queryAll({
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': { S: SUBSCRIBERS } },
    });
    return items.map(subscriberOf);
  }

  async putSubscriber(subscriber: Subscriber): Promise<void> {
    await this.table.put(itemOf(subscriber));
  }

  async deleteSubscriber(id: string): Promise<void> {
    const items = await this.queryAll({
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': { S: subscriberKeys.subscriber(id).pk } },
      ProjectionExpression: 'pk, sk',
    });
    for (const item of items) {
      await this.client.send(
        new DeleteItemCommand({
          TableName: this.tableName,
          Key: { pk: item.pk as AttributeValue, sk: item.sk as AttributeValue },
        }),
      );
    }
  }

  async claimDelivery(subscriberId: string, delivery: string, at: string): Promise<boolean> {
    return this.table.putIfAbsent({
      ...keyItem(subscriberKeys.delivery(subscriberId, delivery)),
      kind: { S: 'delivery' },
      at: { S: at },
    });
  }

  async releaseDelivery(subscriberId: string, delivery: string): Promise<void> {
    await this.client.send(
      new DeleteItemCommand({
        TableName: this.tableName,
        Key: keyItem(subscriberKeys.delivery(subscriberId, delivery)),
      }),
    );
  }

  async recordDigestItem(subscriberId: string, item: DigestItem): Promise<void> {
    await this.table.putIfAbsent({
      ...keyItem(subscriberKeys.digestItem(subscriberId, item.releaseId)),
      kind: { S: 'digest-item' },
      at: { S: item.at },
      releaseId: { S: item.releaseId },
      subject: { S: item.subject },
      // Capped: the item limit is 400 KB and a digest lists a line of each release.
      body: { S: item.body.slice(0, 4000) },
      why: { S: JSON.stringify(item.why) },
    });
  }

  async listDigestItems(subscriberId: string, since: string, until: string): Promise<DigestItem[]> {
    const items = await this.queryAll({
      KeyConditionExpression: 'pk = :p AND begins_with(sk, :d)',
      FilterExpression: '#at > :since AND #at <= :until',
      ExpressionAttributeNames: { '#at': 'at' },
      ExpressionAttributeValues: {
        ':p': { S: subscriberKeys.subscriber(subscriberId).pk },
        ':d': { S: 'DIG#' },
        ':since': { S: since },
        ':until': { S: until },
      },
      ConsistentRead: true,
    });
    return items
      .map((i) => ({
        releaseId: s(i, 'releaseId'),
        at: s(i, 'at'),
        subject: s(i, 'subject'),
        body: s(i, 'body'),
        why: JSON.parse(s(i, 'why')) as DigestItem['why'],
      }))
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  }

  async markDigest(subscriberId: string, slot: string): Promise<void> {
    await this.table.update(subscriberKeys.subscriber(subscriberId), {
      UpdateExpression: 'SET lastDigestAt = :slot',
      ConditionExpression:
        'attribute_exists(pk) AND (attribute_not_exists(lastDigestAt) OR lastDigestAt < :slot)',
      ExpressionAttributeValues: { ':slot': { S: slot } },
    });
  }

  private async queryAll(input: Omit<QueryCommandInput, 'TableName'>): Promise<Item[]> {
    const items: Item[] = [];
    let start: Item | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          ...input,
          TableName: this.tableName,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }
}

function s(item: Item, name: string): string {
  return item[name]?.S ?? '';
}

function n(item: Item, name: string): number {
  return Number(item[name]?.N ?? '0');
}

function itemOf(subscriber: Subscriber): Item {
  return {
    ...keyItem(subscriberKeys.subscriber(subscriber.id)),
    gsi1pk: { S: SUBSCRIBERS },
    gsi1sk: { S: subscriber.id },
    kind: { S: 'subscriber' },
    id: { S: subscriber.id },
    email: { S: subscriber.email },
    terms: { S: JSON.stringify(subscriber.terms) },
    cadence: { S: subscriber.cadence },
    timeZone: { S: subscriber.timeZone },
    hour: { N: String(subscriber.hour) },
    weekday: { N: String(subscriber.weekday) },
    status: { S: subscriber.status },
    createdAt: { S: subscriber.createdAt },
    tokenGeneration: { N: String(subscriber.tokenGeneration) },
    confirmationsSentAt: { S: JSON.stringify(subscriber.confirmationsSentAt) },
    ...(subscriber.lastDigestAt ? { lastDigestAt: { S: subscriber.lastDigestAt } } : {}),
  };
}

function subscriberOf(item: Item): Subscriber {
  return {
    id: s(item, 'id'),
    email: s(item, 'email'),
    terms: JSON.parse(s(item, 'terms') || '[]') as Subscriber['terms'],
    cadence: s(item, 'cadence') as Subscriber['cadence'],
    timeZone: s(item, 'timeZone'),
    hour: n(item, 'hour'),
    weekday: n(item, 'weekday'),
    status: s(item, 'status') as Subscriber['status'],
    createdAt: s(item, 'createdAt'),
    tokenGeneration: n(item, 'tokenGeneration'),
    lastDigestAt: item.lastDigestAt?.S ?? null,
    confirmationsSentAt: JSON.parse(s(item, 'confirmationsSentAt') || '[]') as string[],
  };
}
