import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { DynamoDbReleaseArchive } from '../adapters/dynamodb/dynamodb-release-archive';
import { DynamoDbSubscriberStore } from '../adapters/dynamodb/dynamodb-subscriber-store';
import { PowertoolsIngestLogger } from '../adapters/powertools-ingest-logger';
import { SesMailer } from '../adapters/ses-mailer';
import type { MailLinks } from '../core/delivery/render-mail';
import { sendConfirmation } from '../core/delivery/send-confirmation';
import { subscriberLinks } from '../core/delivery/subscriber-links';
import { SubscriberTokens } from '../core/delivery/subscriber-tokens';
import { createNotifierHandler } from './create-notifier-handler';
import { NOTIFIER_ENV } from './env';

// Built once per container, at module scope: warm invocations reuse the clients and their connections.
const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`Environment variable ${name} is not set.`);
  return value;
};
const dynamodb = new DynamoDBClient({});
const tableName = required(NOTIFIER_ENV.tableName);
const store = new DynamoDbSubscriberStore(dynamodb, tableName);
// Clients an invocation may not need are built on first use: a cold start constructs the DynamoDB client only
// (every invocation reads the table), not SES's (only a mail needs it) nor Secrets Manager's (only links do).
const mailer = new SesMailer(() => new SESv2Client({}), {
  from: required(NOTIFIER_ENV.senderEmail),
  configurationSetName: required(NOTIFIER_ENV.configurationSet),
  maxPerSecond: Number(required(NOTIFIER_ENV.maxPerSecond)),
});
const clock = { now: () => new Date() };

// The HMAC key, read once per container from Secrets Manager (a base64 string of at least 32 bytes), when links
// are first made.
let tokens: Promise<SubscriberTokens> | null = null;
const tokensOnce = (): Promise<SubscriberTokens> => {
  tokens ??= new SecretsManagerClient({})
    .send(new GetSecretValueCommand({ SecretId: required(NOTIFIER_ENV.tokenKeySecretArn) }))
    .then((secret) => new SubscriberTokens(Buffer.from(secret.SecretString ?? '', 'base64')))
    .catch((error: unknown) => {
      // Not kept: the next message tries again instead of failing for the container's lifetime.
      tokens = null;
      throw error;
    });
  return tokens;
};
const baseUrl = () => required(NOTIFIER_ENV.webUrl);

export const handler = createNotifierHandler({
  store,
  archive: new DynamoDbReleaseArchive(dynamodb, tableName),
  mailer,
  links: async (subscriber): Promise<MailLinks> =>
    subscriberLinks(subscriber, { tokens: await tokensOnce(), baseUrl }),
  clock,
  confirmations: {
    queueArn: required(NOTIFIER_ENV.confirmationQueueArn),
    confirm: async (request) =>
      sendConfirmation({ store, mailer, clock, tokens: await tokensOnce(), baseUrl }, request),
  },
  logger: new PowertoolsIngestLogger(new Logger({ serviceName: 'communique-notifier' })),
});
