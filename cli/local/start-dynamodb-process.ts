import type { DynamoDbOptions } from './start-dynamodb';
import { type ServerProcess, startServerProcess } from './start-server-process';

/** Starts dynalite in a child process (`dynamodb-child.ts`): see `startServerProcess`. */
export function startDynamoDbProcess(options: DynamoDbOptions): Promise<ServerProcess> {
  return startServerProcess({
    entry: 'dynamodb-child.ts',
    request: options,
    name: 'DynamoDB (dynalite)',
  });
}
