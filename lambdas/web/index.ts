import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { handle } from 'hono/aws-lambda';
import { DynamoDbReleaseArchive } from '../adapters/dynamodb/dynamodb-release-archive';
import { S3ReleaseSource } from '../adapters/s3-release-source';
import { createWebApp } from './create-web-app';
import { WEB_ENV } from './env';
import { SourceReleaseBodies } from './source-release-bodies';

// Built once per container, at module scope: warm invocations reuse the clients and their connections.
const tableName = process.env[WEB_ENV.tableName];
if (!tableName) throw new Error(`Environment variable ${WEB_ENV.tableName} is not set.`);

const app = createWebApp({
  archive: new DynamoDbReleaseArchive(new DynamoDBClient({}), tableName),
  bodies: new SourceReleaseBodies(new S3ReleaseSource(new S3Client({}))),
  // One JSON line per unexpected error, for CloudWatch Logs; the visitor sees a plain 500 page.
  onError: (error) =>
    console.error(
      JSON.stringify({
        level: 'ERROR',
        message: 'web request failed',
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      }),
    ),
});

/** The Lambda Function URL's handler (payload format 2.0). */
export const handler = handle(app);
