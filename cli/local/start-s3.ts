import type { Server } from 'node:http';
import path from 'node:path';
import { closeHttpServer, isPortFree, LOCAL_HOST, type LocalServer, PortInUseError } from './local-server';
import type { S3rverEvent } from './s3-event-to-sqs';

// s3rver 3.7.1 ships no type declarations; these are the parts used here.
interface S3rverStore {
  getResourcePath(bucket: string, key: string | undefined, resource: string): string;
  putObject(object: { bucket: string; key: string }): Promise<unknown>;
  copyObject(
    srcBucket: string,
    srcKey: string,
    destBucket: string,
    destKey: string,
    ...rest: unknown[]
  ): Promise<unknown>;
  initiateUpload(bucket: string, key: string, ...rest: unknown[]): Promise<unknown>;
}
interface S3rverInstance {
  run(): Promise<{ port: number }>;
  on(event: 'event', listener: (event: S3rverEvent) => void): void;
  httpServer?: Server;
  store: S3rverStore;
}
const S3rver = require('s3rver') as new (options: Record<string, unknown>) => S3rverInstance;
const S3Error = require('s3rver/lib/models/error') as new (code: string, message: string) => Error;

/**
 * NAME_MAX of ext4, APFS, NTFS and most other filesystems: one file name holds at most 255 bytes. S3 itself
 * takes any key up to 1,024 bytes, whatever its segments.
 */
const MAX_FILE_NAME_BYTES = 255;

export interface S3Options {
  /** 0 for any free port. */
  readonly port: number;
  readonly directory: string;
  readonly bucket: string;
  /** Called for each object event, after the object is stored. */
  readonly onEvent: (event: S3rverEvent) => void;
}

/**
 * Starts s3rver (S3 API on a folder) in this process, with the releases bucket.
 *
 * Trap handled here (s3rver 3.7.1): it stores each object as files named after the key's segments plus a
 * suffix (`<segment>._S3rver_metadata.json`), and writes the object through a stream with no error listener,
 * so a key segment of more than about 230 bytes (ENAMETOOLONG) threw out of the event loop and killed local mode.
 * Such keys are refused up front with S3's `KeyTooLongError` (400), and local mode keeps running.
 */
export async function startS3(options: S3Options): Promise<LocalServer> {
  // Trap (s3rver 3.7.1): its listen() ignores a failed listen, which is then an unhandled 'error' that kills the
  // process; a taken port is told here instead.
  if (options.port !== 0 && !(await isPortFree(options.port))) {
    throw new PortInUseError('S3', options.port, '--s3-port');
  }
  const s3rver = new S3rver({
    address: LOCAL_HOST,
    port: options.port,
    silent: true,
    directory: options.directory,
    configureBuckets: [{ name: options.bucket, configs: [] }],
  });
  refuseUnstorableKeys(s3rver.store);
  s3rver.on('event', options.onEvent);
  let address: { port: number };
  try {
    address = await s3rver.run();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new PortInUseError('S3', options.port, '--s3-port');
    }
    throw error;
  }
  const server = s3rver.httpServer;
  return {
    port: address.port,
    endpoint: `http://${LOCAL_HOST}:${address.port}`,
    close: () => (server ? closeHttpServer(server) : Promise.resolve()),
  };
}

/** Wraps the store's writes so that a key whose files cannot exist is answered with an error, never written. */
function refuseUnstorableKeys(store: S3rverStore): void {
  const check = (bucket: string, key: string): void => {
    // Every folder and file name of the longest of the object's files.
    const names = store.getResourcePath(bucket, key, 'metadata.json').split(path.sep);
    if (names.some((name) => Buffer.byteLength(name) > MAX_FILE_NAME_BYTES)) {
      throw new S3Error(
        'KeyTooLongError',
        `Local mode keeps objects as files, and a segment of this key makes a file name over ${MAX_FILE_NAME_BYTES} ` +
          'bytes: use shorter segments between the slashes (S3 itself allows them).',
      );
    }
  };
  const { putObject, copyObject, initiateUpload } = store;
  store.putObject = function (object) {
    check(object.bucket, object.key);
    return putObject.call(this, object);
  };
  store.copyObject = function (srcBucket, srcKey, destBucket, destKey, ...rest) {
    check(destBucket, destKey);
    return copyObject.call(this, srcBucket, srcKey, destBucket, destKey, ...rest);
  };
  store.initiateUpload = function (bucket, key, ...rest) {
    check(bucket, key);
    return initiateUpload.call(this, bucket, key, ...rest);
  };
}
