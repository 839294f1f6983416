import type { Server } from 'node:http';
import { closeHttpServer, LOCAL_HOST, type LocalServer, PortInUseError, portOf } from './local-server';

// dynalite has no type declarations.
const dynalite = require('dynalite') as (options: Record<string, unknown>) => Server;

export interface DynamoDbOptions {
  /** 0 for any free port. */
  readonly port: number;
  /** LevelDB folder; in memory when null. */
  readonly directory: string | null;
}

/** Starts dynalite (DynamoDB API on LevelDB) in this process. */
export async function startDynamoDb(options: DynamoDbOptions): Promise<LocalServer> {
  const server = dynalite({
    ...(options.directory ? { path: options.directory } : {}),
    // Tables are ACTIVE at once instead of after dynalite's default 500 ms.
    createTableMs: 0,
    updateTableMs: 0,
    deleteTableMs: 0,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE' ? new PortInUseError('DynamoDB', options.port, '--dynamodb-port') : error,
      ),
    );
    server.listen(options.port, LOCAL_HOST, resolve);
  });
  const port = portOf(server);
  return {
    port,
    endpoint: `http://${LOCAL_HOST}:${port}`,
    // dynalite's close() also closes LevelDB once the requests in flight are done.
    close: () => closeHttpServer(server),
  };
}
