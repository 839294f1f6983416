import { childRequest, report, runServerChild } from './server-child';
import { type S3Options, startS3 } from './start-s3';

/**
 * Entry of local mode's S3 process (started by `startS3Process`): s3rver on 127.0.0.1 in a process of its own, so
 * that receiving uploads and serving the handler's reads runs on another core than the ingest handler. Each object
 * event goes to the parent over IPC, which journals it.
 */
const options = childRequest() as Omit<S3Options, 'onEvent'>;
void runServerChild(() =>
  startS3({ ...options, onEvent: (event) => void report({ type: 's3-event', event }) }),
);
