/** Environment variables of the web function: declared once, set by the CDK stack. */
export const WEB_ENV = {
  tableName: 'ARCHIVE_TABLE_NAME',
  /** Set together, with context senderEmail: the sign-up pages (issue 13) are served. */
  senderEmail: 'SENDER_EMAIL',
  configurationSet: 'SES_CONFIGURATION_SET',
  maxPerSecond: 'SES_MAX_PER_SECOND',
  tokenKeySecretArn: 'TOKEN_KEY_SECRET_ARN',
} as const;
