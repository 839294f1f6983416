/** Environment variables of the notifier function: declared once, set by the CDK stack. */
export const NOTIFIER_ENV = {
  tableName: 'TABLE_NAME',
  senderEmail: 'SENDER_EMAIL',
  configurationSet: 'SES_CONFIGURATION_SET',
  maxPerSecond: 'SES_MAX_PER_SECOND',
  tokenKeySecretArn: 'TOKEN_KEY_SECRET_ARN',
  webUrl: 'WEB_URL',
  /** The sign-ups' confirmation queue: records from it are confirmation requests. */
  confirmationQueueArn: 'CONFIRMATION_QUEUE_ARN',
} as const;

/** The input the digest schedule gives the function (EventBridge Scheduler target input). */
export const DIGEST_INPUT = { kind: 'digest' } as const;
