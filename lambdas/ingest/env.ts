/** Environment variables of the ingest function: declared once, set by the CDK stack and by local mode. */
export const ENV = {
  tableName: 'TABLE_NAME',
  topicArn: 'TOPIC_ARN',
  maxObjectBytes: 'MAX_OBJECT_BYTES',
} as const;

/** Default size limit for one release object: 5 MB. Bigger objects are recorded as failures without download. */
export const DEFAULT_MAX_OBJECT_BYTES = 5 * 1024 * 1024;
