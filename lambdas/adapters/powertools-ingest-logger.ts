import type { Logger } from '@aws-lambda-powertools/logger';
import type { IngestLogger } from '../core/ports';

/** Structured JSON log lines through Powertools Logger (one JSON object per line, in CloudWatch Logs). */
export class PowertoolsIngestLogger implements IngestLogger {
  constructor(private readonly logger: Logger) {}

  debug(message: string, fields: Record<string, unknown> = {}): void {
    this.logger.debug(message, fields);
  }
  info(message: string, fields: Record<string, unknown> = {}): void {
    this.logger.info(message, fields);
  }
  warn(message: string, fields: Record<string, unknown> = {}): void {
    this.logger.warn(message, fields);
  }
  error(message: string, fields: Record<string, unknown> = {}): void {
    this.logger.error(message, fields);
  }
}
