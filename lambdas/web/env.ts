/** Environment variables of the web function: declared once, set by the CDK stack. */
export const WEB_ENV = {
  tableName: 'ARCHIVE_TABLE_NAME',
  /** Set together, with context senderEmail: the sign-up pages (issue 13) are served. */
  tokenKeySecretArn: 'TOKEN_KEY_SECRET_ARN',
  /** The notifier's confirmation queue: sign-ups hand it their confirmation mail. */
  confirmationQueueUrl: 'CONFIRMATION_QUEUE_URL',
} as const;
