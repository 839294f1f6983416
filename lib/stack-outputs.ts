/**
 * Output keys of the communique stack. The CLI (`--stack NAME`) finds the bucket, table and topic by these
 * keys; this file imports nothing from aws-cdk-lib so the CLI can use it without loading CDK.
 */
export const STACK_OUTPUTS = {
  bucketName: 'BucketName',
  tableName: 'TableName',
  alertsTopicArn: 'AlertsTopicArn',
  ingestQueueUrl: 'IngestQueueUrl',
  deadLetterQueueUrl: 'DeadLetterQueueUrl',
  operationsTopicArn: 'OperationsTopicArn',
  ingestFunctionName: 'IngestFunctionName',
  webUrl: 'WebUrl',
} as const;

/** The stack name `bin/communique.ts` deploys (and the CLI's default for `--stack`). */
export const DEFAULT_STACK_NAME = 'Communique';
