import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { INTEREST_ATTRIBUTE } from '../../core/interests';
import { MAX_FILTER_POLICIES_PER_TOPIC, topicFullMessage } from '../../core/subscriptions/limits';
import type { ResolvedSubscription } from '../../core/subscriptions/resolve-subscription';
import { SubscriptionError } from '../../core/subscriptions/subscription-error';
import type {
  StoredSubscription,
  SubscriptionRegistry,
} from '../../core/subscriptions/subscription-registry';

interface SubscriptionsFile {
  readonly version: 1;
  readonly subscriptions: StoredSubscription[];
}

/**
 * Local mode's subscriptions: a JSON file in its state folder, written atomically (temporary file, then
 * rename) so that local delivery never reads half a file. Local subscriptions need no confirmation. The
 * same limits as SNS apply, so that what works locally works deployed.
 */
export class FileSubscriptionRegistry implements SubscriptionRegistry {
  constructor(private readonly file: string) {}

  async list(): Promise<StoredSubscription[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const parsed = JSON.parse(text) as Partial<SubscriptionsFile>;
    if (!Array.isArray(parsed.subscriptions))
      throw new Error(`${this.file}: not a communique subscriptions file`);
    return parsed.subscriptions;
  }

  async add(subscription: ResolvedSubscription): Promise<StoredSubscription> {
    const all = await this.list();
    const index = all.findIndex((s) => sameEmail(s.email, subscription.email));
    if (index < 0 && all.length >= MAX_FILTER_POLICIES_PER_TOPIC)
      throw new SubscriptionError(topicFullMessage(all.length));
    const stored: StoredSubscription = {
      id: index >= 0 ? (all[index]?.id ?? newId()) : newId(),
      email: subscription.email,
      interests: [...subscription.interests],
      filterPolicy: { [INTEREST_ATTRIBUTE]: [...subscription.filterPolicy[INTEREST_ATTRIBUTE]] },
      status: 'confirmed',
    };
    if (index >= 0) all[index] = stored;
    else all.push(stored);
    await this.write(all);
    return stored;
  }

  async remove(idOrEmail: string): Promise<number> {
    const all = await this.list();
    const kept = all.filter((s) => s.id !== idOrEmail && !sameEmail(s.email, idOrEmail));
    if (kept.length !== all.length) await this.write(kept);
    return all.length - kept.length;
  }

  private async write(subscriptions: StoredSubscription[]): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.${randomUUID()}.tmp`;
    const content: SubscriptionsFile = { version: 1, subscriptions };
    await writeFile(temporary, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
    await rename(temporary, this.file);
  }
}

const newId = (): string => `local-${randomUUID()}`;

function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
