import { parseArgs } from 'node:util';
import { DynamoDbReleaseArchive } from '../../lambdas/adapters/dynamodb/dynamodb-release-archive';
import { S3ReleaseSource } from '../../lambdas/adapters/s3-release-source';
import { SourceReleaseBodies } from '../../lambdas/web/source-release-bodies';
import { type Command, UsageError } from '../command';
import { LOCAL_HOST } from '../local/local-server';
import { defaultDataDir, readLocalState } from '../local/local-state';
import { localSubscribers } from '../local/local-subscribers';
import { readDeployConfig } from '../local/local-subscriptions';
import { localTarget } from '../target';

const HELP = `Usage: communique digest --now

Runs the digests of local mode now, as its timer does every minute (the stack's schedule every 15 minutes):
each daily or weekly subscriber whose hour has come gets one mail with what matched since its last digest,
and none when nothing matched. A digest is never sent twice.`;

export const command: Command = {
  name: 'digest',
  summary: 'run the digests of local mode now (--now)',
  help: HELP,
  async run(argv) {
    let values: { now?: boolean };
    try {
      ({ values } = parseArgs({ args: [...argv], strict: true, options: { now: { type: 'boolean' } } }));
    } catch (error) {
      throw new UsageError(`${(error as Error).message} (see --help)`);
    }
    if (!values.now) throw new UsageError('give --now');
    const dataDir = defaultDataDir();
    const state = readLocalState(dataDir);
    if (!state?.webUrl)
      throw new UsageError('Local mode with its web app is not running: start it with `npm start`.');
    const target = localTarget(state, dataDir);
    const config = readDeployConfig();
    const archive = new DynamoDbReleaseArchive(target.dynamodb, target.tableName);
    const subscribers = localSubscribers({
      dataDir,
      dynamodb: target.dynamodb,
      tableName: target.tableName,
      smtpHost: LOCAL_HOST,
      smtpPort: state.smtpPort,
      timeoutMs: 2500,
      displayName: config.alertsDisplayName,
      baseUrl: () => state.webUrl as string,
      archive,
      bodies: new SourceReleaseBodies(new S3ReleaseSource(target.s3), config.maxObjectBytes),
    });
    try {
      const result = await subscribers.digest();
      process.stdout.write(
        `Digests: ${result.due} due, ${result.sent} sent, ${result.empty} with nothing to send, ${result.duplicates} sent already, ${result.failed} failed.\n`,
      );
      return result.failed > 0 ? 1 : 0;
    } finally {
      subscribers.close();
      target.s3.destroy();
      target.dynamodb.destroy();
    }
  },
};
