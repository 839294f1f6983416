import type { Server } from 'node:http';
import { closeHttpServer, LOCAL_HOST, type LocalServer, PortInUseError } from './local-server';
import type { S3rverEvent } from './s3-event-to-sqs';

// s3rver 3.7.1 ships no type declarations.
interface S3rverInstance {
  run(): Promise<{ port: number }>;
  on(event: 'event', listener: (event: S3rverEvent) => void): void;
  httpServer?: Server;
}
const S3rver = require('s3rver') as new (options: Record<string, unknown>) => S3rverInstance;

export interface S3Options {
  /** 0 for any free port. */
  readonly port: number;
  readonly directory: string;
  readonly bucket: string;
  /** Called for each object event, after the object is stored. */
  readonly onEvent: (event: S3rverEvent) => void;
}

/** Starts s3rver (S3 API on a folder) in this process, with the releases bucket. */
export async function startS3(options: S3Options): Promise<LocalServer> {
  const s3rver = new S3rver({
    address: LOCAL_HOST,
    port: options.port,
    silent: true,
    directory: options.directory,
    configureBuckets: [{ name: options.bucket, configs: [] }],
  });
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
