/** Environment variables of the ingest function: declared once, set by the CDK stack and by local mode. */
export const ENV = {
  bucketName: 'BUCKET_NAME',
  tableName: 'TABLE_NAME',
  topicArn: 'TOPIC_ARN',
  maxObjectBytes: 'MAX_OBJECT_BYTES',
} as const;
