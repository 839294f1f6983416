import type { S3Options } from './start-s3';
import { type ServerProcess, startServerProcess } from './start-server-process';

/**
 * Starts s3rver in a child process (`s3-child.ts`): see `startServerProcess`. Its object events arrive over IPC,
 * after the upload's response: an event lost between the two (local mode killed at that moment) is found at the
 * next start, which compares the bucket with the table (`reconcile-bucket.ts`).
 */
export function startS3Process(options: S3Options): Promise<ServerProcess> {
  const { onEvent, ...request } = options;
  return startServerProcess({
    entry: 's3-child.ts',
    request,
    name: 'S3 (s3rver)',
    onReport: (report) => {
      if (report.type === 's3-event') onEvent(report.event);
    },
  });
}
