import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { EmfIngestMetrics } from '../adapters/emf-ingest-metrics';
import { PowertoolsIngestLogger } from '../adapters/powertools-ingest-logger';
import { SnsAlertPublisher } from '../adapters/sns-alert-publisher';
import { DEFAULT_MAX_OBJECT_BYTES } from '../core/limits';
import { createIngestHandler } from './create-ingest-handler';
import { ENV } from './env';

// Built once per container, at module scope: warm invocations reuse the clients and their connections.
const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`Environment variable ${name} is not set.`);
  return value;
};
const maxObjectBytes = Number(process.env[ENV.maxObjectBytes] ?? DEFAULT_MAX_OBJECT_BYTES);
if (!Number.isInteger(maxObjectBytes) || maxObjectBytes <= 0) {
  throw new Error(`${ENV.maxObjectBytes} must be a positive whole number of bytes.`);
}
const metrics = new EmfIngestMetrics();

export const handler = createIngestHandler({
  s3: new S3Client({}),
  bucket: required(ENV.bucketName),
  dynamodb: new DynamoDBClient({}),
  tableName: required(ENV.tableName),
  publisher: new SnsAlertPublisher(new SNSClient({}), required(ENV.topicArn)),
  maxObjectBytes,
  ...(process.env.AWS_REGION ? { region: process.env.AWS_REGION } : {}),
  logger: new PowertoolsIngestLogger(new Logger({ serviceName: 'communique-ingest' })),
  metrics,
  flush: () => metrics.flush(),
});
