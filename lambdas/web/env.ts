/** Environment variables of the web function: declared once, set by the CDK stack. */
export const WEB_ENV = {
  tableName: 'ARCHIVE_TABLE_NAME',
} as const;
