import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { LambdaContext, LambdaEvent } from 'hono/aws-lambda';
import { handle } from 'hono/aws-lambda';
import { DynamoDbReleaseArchive } from '../adapters/dynamodb/dynamodb-release-archive';
import { DynamoDbSubscriberStore } from '../adapters/dynamodb/dynamodb-subscriber-store';
import { S3ReleaseSource } from '../adapters/s3-release-source';
import { SqsConfirmationQueue } from '../adapters/sqs-confirmation-queue';
import { SubscriberAccounts } from '../core/delivery/subscriber-accounts';
import { SubscriberTokens } from '../core/delivery/subscriber-tokens';
import { createWebApp } from './create-web-app';
import { WEB_ENV } from './env';
import { SourceReleaseBodies } from './source-release-bodies';
import type { AccountsFactory } from './subscription-routes';

// Built once per container, at module scope: warm invocations reuse the clients and their connections.
const tableName = process.env[WEB_ENV.tableName];
if (!tableName) throw new Error(`Environment variable ${WEB_ENV.tableName} is not set.`);
const dynamodb = new DynamoDBClient({});
const archive = new DynamoDbReleaseArchive(dynamodb, tableName);

// The Function URL's origin, from the request being served: the function cannot be told its own URL at deploy
// time (a circular reference), and a Lambda container serves one request at a time.
let origin = '';

/**
 * The sign-up pages, when the stack deploys the subscriber path (context senderEmail); else none. Built on the
 * first request to one of them: fetching the token key at load would make every cold start, whatever page it
 * serves, wait for a Secrets Manager round trip (and fail every page when that call fails).
 */
function accounts(): AccountsFactory | undefined {
  const secretArn = process.env[WEB_ENV.tokenKeySecretArn];
  const queueUrl = process.env[WEB_ENV.confirmationQueueUrl];
  if (!secretArn || !queueUrl) return undefined;
  return async () => {
    const secret = await new SecretsManagerClient({}).send(
      new GetSecretValueCommand({ SecretId: secretArn }),
    );
    return new SubscriberAccounts({
      store: new DynamoDbSubscriberStore(dynamodb, tableName as string),
      tokens: new SubscriberTokens(Buffer.from(secret.SecretString ?? '', 'base64')),
      // The notifier mails the confirmation link (it holds the sender identity; this function sends no mail).
      confirmations: new SqsConfirmationQueue(new SQSClient({}), queueUrl),
      clock: { now: () => new Date() },
      baseUrl: () => origin,
      knownOfficials: async () =>
        (await archive.listOfficials()).map((o) => ({ id: o.id, name: o.name, variants: o.variants })),
    });
  };
}

const subscriberAccounts = accounts();
// Built on the first body read: only a release page reads S3, so the other pages' cold starts skip the client.
let s3: S3Client | null = null;
const lazyS3 = {
  send: ((command: never) => {
    s3 ??= new S3Client({});
    return s3.send(command);
  }) as S3Client['send'],
};
const app = handle(
  createWebApp({
    archive,
    bodies: new SourceReleaseBodies(new S3ReleaseSource(lazyS3)),
    ...(subscriberAccounts ? { accounts: subscriberAccounts } : {}),
    // One JSON line per unexpected error, for CloudWatch Logs; the visitor sees a plain 500 page.
    onError: (error) =>
      console.error(
        JSON.stringify({
          level: 'ERROR',
          message: 'web request failed',
          error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        }),
      ),
  }),
);

/** The Lambda Function URL's handler (payload format 2.0). */
export const handler = async (event: LambdaEvent, context: LambdaContext) => {
  const domain = (event as { requestContext?: { domainName?: string } }).requestContext?.domainName;
  origin = domain ? `https://${domain}` : '';
  return app(event, context);
};
