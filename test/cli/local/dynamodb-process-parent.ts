// A parent for the lifecycle tests of local mode's DynamoDB process: starts it on the folder given, prints
// `<its pid> <its port>`, then waits until it is killed.
import { startDynamoDbProcess } from '../../../cli/local/start-dynamodb-process';

void startDynamoDbProcess({ port: 0, directory: process.argv[2] ?? null }).then((dynamo) => {
  process.stdout.write(`${dynamo.pid} ${dynamo.port}\n`);
  setInterval(() => undefined, 60_000);
});
