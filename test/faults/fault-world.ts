import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { localSubscriptionsFile } from '../../cli/local/local-subscriptions';
import { FileSubscriptionRegistry } from '../../lambdas/adapters/local/file-subscription-registry';
import { resolveSubscription } from '../../lambdas/core/subscriptions/resolve-subscription';
import { inbox } from '../e2e/local-mode-harness';
import { SAMPLE_RELEASE } from '../support/sample-release';

export const SUBSCRIBER = 'si@example.com';
export const OTHER = 'jp@example.com';

/** A release that names Slovenia (so SUBSCRIBER gets it), with a title of its own. */
export const releaseText = (title: string): string =>
  SAMPLE_RELEASE.replace('Slovenia and Croatia agree on border crossings', title);

/** A data folder whose subscriptions are SUBSCRIBER (Slovenia) and OTHER (Japan, so never matched here). */
export async function newDataDir(prefix: string): Promise<string> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const registry = new FileSubscriptionRegistry(localSubscriptionsFile(dataDir));
  await registry.add(resolveSubscription({ email: SUBSCRIBER, countries: ['SI'] }));
  await registry.add(resolveSubscription({ email: OTHER, countries: ['JP'] }));
  return dataDir;
}

export const put = (s3: S3Client, bucket: string, key: string, body: string) =>
  s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));

/** Mails per subject received by an address, from the inbox's REST API. */
export async function mailsBySubject(inboxUrl: string, address: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const mail of await inbox(inboxUrl)) {
    if (!mail.to.some((to) => to.address === address)) continue;
    counts.set(mail.subject, (counts.get(mail.subject) ?? 0) + 1);
  }
  return counts;
}

/** The alert subject of a release with this title (`[countries] title`), matched by its end. */
export const countFor = (mails: Map<string, number>, title: string): number =>
  [...mails.entries()].filter(([subject]) => subject.endsWith(title)).reduce((n, [, c]) => n + c, 0);

export const filesIn = (dir: string): string[] => {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
};
