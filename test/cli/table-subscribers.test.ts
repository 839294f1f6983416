import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Archive, runSubscribe, type SubscribeArgs } from '../../cli/commands/subscribe';
import { runSubscriptions } from '../../cli/commands/subscriptions';
import { runUnsubscribe } from '../../cli/commands/unsubscribe';
import type { TableSubscribers } from '../../cli/table-subscribers';
import { FileSubscriptionRegistry } from '../../lambdas/adapters/local/file-subscription-registry';
import { MemorySubscriberStore } from '../../lambdas/adapters/memory/memory-subscriber-store';
import { subscriberIdFor } from '../../lambdas/core/delivery/subscriber-id';
import { resolveSubscription } from '../../lambdas/core/subscriptions/resolve-subscription';

// `subscribe --cadence/--tz`, `subscriptions` and `unsubscribe` over both kinds: the file (local SNS) and the table.

const EMAIL = 'kim.secret@example.com';
const archive: Archive = {
  description: 'none',
  knownOfficials: async () => [],
  recentReleases: async () => [],
};

let dir: string;
let registry: FileSubscriptionRegistry;
let store: MemorySubscriberStore;
let lines: string[];
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'communique-table-'));
  registry = new FileSubscriptionRegistry(path.join(dir, 'subscriptions.json'));
  store = new MemorySubscriberStore();
  lines = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const table = (kind: 'local' | 'aws' = 'local'): TableSubscribers => ({
  store,
  where: 'local mode (test)',
  kind,
});
const deps = () => ({
  target: async () => ({ registry, where: 'local mode (test)', kind: 'local' as const }),
  table: async () => table(),
  archive,
  out: (line: string) => lines.push(line),
});
const args = (over: Partial<SubscribeArgs>): SubscribeArgs => ({
  email: EMAIL,
  countries: ['Slovenia'],
  officials: [],
  dryRun: false,
  ...over,
});

describe('table subscribers from the CLI', () => {
  it('subscribe --cadence keeps pairs and surnames, with the interests of the SNS filter policy', async () => {
    const over = { countries: [], officials: ['Tokayev'], pairs: ['KZ-SI', 'Germany+France'] };
    expect(await runSubscribe(deps(), args({ ...over, cadence: 'immediate' }))).toBe(0);
    const stored = await store.getSubscriber(subscriberIdFor(EMAIL));
    expect(stored?.terms.map((t) => [t.kind, t.label])).toEqual([
      ['surname', 'Tokayev'],
      ['pair', 'KZ-SI'],
      ['pair', 'DE-FR'],
    ]);
    const policy = resolveSubscription({ email: EMAIL, ...over }).interests;
    expect(new Set(stored?.terms.flatMap((t) => t.interests))).toEqual(new Set(policy));
  });

  it('subscribe --cadence --tz adds an active table subscriber, not an SNS one', async () => {
    expect(await runSubscribe(deps(), args({ cadence: 'daily', tz: 'Europe/Ljubljana' }))).toBe(0);
    expect(await registry.list()).toEqual([]);
    expect(await store.getSubscriber(subscriberIdFor(EMAIL))).toMatchObject({
      status: 'active',
      cadence: 'daily',
      timeZone: 'Europe/Ljubljana',
      hour: 8,
      terms: [{ kind: 'country', label: 'SI', interests: ['country:SI'] }],
    });
    expect(lines.join('\n')).not.toContain(EMAIL);
    expect(lines.at(-1)).toMatch(
      /^Subscribed k\*\*\*@example\.com in the table .*\(daily at 08:00 Europe\/Ljubljana/,
    );
    await expect(runSubscribe(deps(), args({ tz: 'Nowhere/X' }))).rejects.toThrow(/IANA/);
    await expect(
      runSubscribe({ ...deps(), table: async () => null }, args({ cadence: 'weekly' })),
    ).rejects.toThrow(/need the table/);
  });

  it('subscriptions lists both kinds masked (full with --show-emails in local mode); unsubscribe does both', async () => {
    await runSubscribe(deps(), args({}));
    await runSubscribe(deps(), args({ email: 'lee@example.org', cadence: 'weekly', tz: 'Asia/Almaty' }));
    lines = [];
    await runSubscriptions(
      { registry, where: 'local mode (test)', table: table(), out: (l) => lines.push(l) },
      { json: false },
    );
    const text = lines.join('\n');
    expect(text).toContain('1 subscription in local mode (test):');
    expect(text).toContain('1 subscriber in the table of local mode (test):');
    expect(text).toContain('l***@example.org  active  weekly 08:00 Asia/Almaty  SI');
    expect(text).not.toMatch(/kim\.secret|lee@/);

    lines = [];
    await runSubscriptions(
      { registry, where: 'x', table: table(), out: (l) => lines.push(l) },
      { json: true, showEmails: true },
    );
    const json = JSON.parse(lines.join('\n')) as Array<{ kind: string; email: string }>;
    expect(json.map((s) => [s.kind, s.email])).toEqual([
      ['sns', EMAIL],
      ['table', 'lee@example.org'],
    ]);
    await expect(
      runSubscriptions(
        { registry, where: 'x', table: table('aws'), out: () => undefined },
        { json: false, showEmails: true },
      ),
    ).rejects.toThrow(/local mode only/);

    lines = [];
    expect(
      await runUnsubscribe(
        { registry, where: 'x', table: table(), out: (l) => lines.push(l) },
        { email: 'lee@example.org' },
      ),
    ).toBe(0);
    expect((await store.getSubscriber(subscriberIdFor('lee@example.org')))?.status).toBe('unsubscribed');
    expect(
      await runUnsubscribe(
        { registry, where: 'x', table: table(), out: (l) => lines.push(l) },
        { email: 'lee@example.org' },
      ),
    ).toBe(1);
    expect(
      await runUnsubscribe(
        { registry, where: 'x', table: table(), out: (l) => lines.push(l) },
        { email: EMAIL },
      ),
    ).toBe(0);
    expect(await registry.list()).toEqual([]);
  });
});
