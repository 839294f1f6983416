import { existsSync, readFileSync } from 'node:fs';
import type { ResolvedSubscription } from '../../lambdas/core/subscriptions/resolve-subscription';

// TEMPORARY until FileSubscriptionRegistry lands: reads `<dataDir>/subscriptions.json` as a list of resolved
// subscriptions (or `{ subscriptions: [...] }`).
export async function readLocalSubscriptions(file: string): Promise<readonly ResolvedSubscription[]> {
  if (!existsSync(file)) return [];
  const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const list = Array.isArray(data) ? data : ((data as { subscriptions?: unknown[] }).subscriptions ?? []);
  return list as ResolvedSubscription[];
}
