import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readConfig } from '../../lib/config';
import type { LocalSubscriber } from './smtp-alert-publisher';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const DEFAULT_CDK_JSON = path.join(REPO_ROOT, 'cdk.json');

/** Settings local mode shares with a deploy: read from `cdk.json` context through the deploy's own validation. */
export function readDeployConfig(cdkJsonPath: string = DEFAULT_CDK_JSON) {
  const context = existsSync(cdkJsonPath)
    ? ((JSON.parse(readFileSync(cdkJsonPath, 'utf8')) as { context?: Record<string, unknown> }).context ?? {})
    : {};
  return readConfig((key) => context[key]);
}

/** The subscriptions file local mode keeps in its data folder (`communique subscribe` writes it through FileSubscriptionRegistry). */
export const localSubscriptionsFile = (dataDir: string): string => path.join(dataDir, 'subscriptions.json');

/**
 * Every local subscriber: those of `cdk.json` (as a deploy creates them) plus those added with the CLI. A topic
 * holds one email subscription per address, so for an address in both, the CLI's (the later change) wins.
 */
export function mergeSubscriptions(
  fromConfig: readonly LocalSubscriber[],
  fromCli: readonly LocalSubscriber[],
): LocalSubscriber[] {
  const byEmail = new Map<string, LocalSubscriber>();
  for (const s of [...fromConfig, ...fromCli]) byEmail.set(s.email.toLowerCase(), s);
  return [...byEmail.values()];
}
