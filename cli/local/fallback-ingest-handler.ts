import { createHash } from 'node:crypto';
import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { S3Event, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { buildAlert } from '../../lambdas/core/alert';
import { parseRelease } from '../../lambdas/core/parse/parse-release';
import { ReleaseParseError } from '../../lambdas/core/parse/release-parse-error';
import type { AlertPublisher } from '../../lambdas/core/ports';

// TEMPORARY: stands in for `createHandler` of lambdas/ingest/handler.ts until it exists, so that local mode
// runs end to end. Same contract: SQS(S3 event) in, partial batch response out.

export interface FallbackIngestDeps {
  readonly s3: S3Client;
  readonly dynamodb: DynamoDBClient;
  readonly tableName: string;
  readonly publisher: AlertPublisher;
  readonly maxObjectBytes: number;
}

export function createFallbackIngestHandler(deps: FallbackIngestDeps) {
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const failures: SQSBatchResponse['batchItemFailures'] = [];
    for (const message of event.Records) {
      try {
        const s3Event = JSON.parse(message.body) as S3Event;
        for (const record of s3Event.Records ?? []) await ingest(deps, record);
      } catch {
        failures.push({ itemIdentifier: message.messageId });
      }
    }
    return { batchItemFailures: failures };
  };
}

async function ingest(deps: FallbackIngestDeps, record: S3Event['Records'][number]): Promise<void> {
  const bucket = record.s3.bucket.name;
  const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));
  if (key.endsWith('/')) return;
  let bytes: Uint8Array = new Uint8Array();
  let reason: string | null = null;
  let message = '';
  if (record.s3.object.size > deps.maxObjectBytes) {
    reason = 'too-large';
    message = 'The file is over the size limit.';
  } else {
    const object = await deps.s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    bytes = (await object.Body?.transformToByteArray()) ?? new Uint8Array();
  }
  const hash = createHash('sha256').update(bytes).digest('hex');
  let release: ReturnType<typeof parseRelease> | null = null;
  if (!reason) {
    try {
      if (bytes.includes(0)) throw new ReleaseParseError('binary', 'The file is binary.');
      release = parseRelease(bytes, { fileName: key });
    } catch (error) {
      if (!(error instanceof ReleaseParseError)) throw error;
      reason = error.reason;
      message = error.message;
    }
  }
  if (!release) {
    await deps.dynamodb.send(
      new PutItemCommand({
        TableName: deps.tableName,
        Item: {
          pk: { S: `FAILURE#${key}` },
          sk: { S: hash },
          key: { S: key },
          reason: { S: reason ?? 'malformed' },
          message: { S: message },
        },
      }),
    );
    return;
  }
  try {
    await deps.dynamodb.send(
      new PutItemCommand({
        TableName: deps.tableName,
        Item: {
          pk: { S: `RELEASE#${key}` },
          sk: { S: 'RELEASE' },
          key: { S: key },
          hash: { S: hash },
          title: { S: release.title },
          countries: { S: JSON.stringify(release.countries.map((c) => c.code)) },
          officials: { S: JSON.stringify(release.officials.map((o) => o.name)) },
        },
        ConditionExpression: 'attribute_not_exists(pk) OR #hash <> :hash',
        ExpressionAttributeNames: { '#hash': 'hash' },
        ExpressionAttributeValues: { ':hash': { S: hash } },
      }),
    );
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return;
    throw error;
  }
  await deps.publisher.publish(
    buildAlert({ releaseId: hash.slice(0, 16), kind: 'new', release, location: { bucket, key } }),
  );
}
