import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createTableInput } from '../../lambdas/adapters/release-table';

interface DynaliteServer {
  listen(port: number, host: string, callback: (error?: Error) => void): void;
  close(callback: (error?: Error) => void): void;
  address(): AddressInfo;
}
// dynalite ships no type declarations.
const dynalite = require('dynalite') as (options: Record<string, unknown>) => DynaliteServer;

/** dynalite in this process, in memory, on 127.0.0.1 and a port picked at run time. */
export interface TestDynamo {
  readonly client: DynamoDBClient;
  /** Creates a fresh table with the release schema; each test can take its own. */
  createTable(name?: string): Promise<string>;
  close(): Promise<void>;
}

let tables = 0;

export async function startDynalite(): Promise<TestDynamo> {
  // Tables are ACTIVE at once instead of after dynalite's default 500 ms.
  const server = dynalite({ createTableMs: 0, updateTableMs: 0, deleteTableMs: 0 });
  await new Promise<void>((resolve, reject) =>
    server.listen(0, '127.0.0.1', (error) => (error ? reject(error) : resolve())),
  );
  const client = new DynamoDBClient({
    endpoint: `http://127.0.0.1:${server.address().port}`,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  return {
    client,
    async createTable(name = `releases-${++tables}`) {
      await client.send(new CreateTableCommand(createTableInput(name)));
      // Even with createTableMs 0, dynalite answers CreateTable while the table is CREATING (it turns ACTIVE on a
      // timer), and requests on a CREATING table fail with ResourceNotFoundException: wait for ACTIVE.
      for (;;) {
        const { Table } = await client.send(new DescribeTableCommand({ TableName: name }));
        if (Table?.TableStatus === 'ACTIVE') return name;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    async close() {
      client.destroy();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
