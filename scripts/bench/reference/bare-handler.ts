import { type AttributeValue, DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';

// The reference the functions are measured against (`npm run bench -- --only bundle,cold-start`): a handler
// that does nothing but build the three clients and call one operation on each, bundled by NodejsFunction
// with the project's bundling options. Never deployed.

const s3 = new S3Client({});
const dynamodb = new DynamoDBClient({});
const sns = new SNSClient({});

interface BareEvent {
  readonly bucket: string;
  readonly key: string;
  readonly table: string;
  readonly item: Record<string, AttributeValue>;
  readonly topicArn: string;
}

export const handler = async (event: BareEvent) => {
  const object = await s3.send(new GetObjectCommand({ Bucket: event.bucket, Key: event.key }));
  const text = (await object.Body?.transformToString()) ?? '';
  await dynamodb.send(
    new PutItemCommand({
      TableName: event.table,
      Item: { ...event.item, size: { N: String(text.length) } },
    }),
  );
  await sns.send(new PublishCommand({ TopicArn: event.topicArn, Message: text.slice(0, 100) }));
  return { ok: true };
};
