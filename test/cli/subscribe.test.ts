import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UsageError } from '../../cli/command';
import {
  type Archive,
  releaseFilesArchive,
  runSubscribe,
  type SubscribeArgs,
  type SubscriptionTarget,
  storeArchive,
} from '../../cli/commands/subscribe';
import { runSubscriptions } from '../../cli/commands/subscriptions';
import { runUnsubscribe } from '../../cli/commands/unsubscribe';
import { FileSubscriptionRegistry } from '../../lambdas/adapters/local/file-subscription-registry';
import type { StoredRelease } from '../../lambdas/core/ports';

const EMAIL = 'kim.secret@example.com';

let dir: string;
let registry: FileSubscriptionRegistry;
let lines: string[];
let targetCalls: number;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'communique-cli-'));
  registry = new FileSubscriptionRegistry(path.join(dir, 'subscriptions.json'));
  lines = [];
  targetCalls = 0;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const archive: Archive = {
  description: 'the test archive',
  knownOfficials: async () => [
    { id: 'kasim-jomart-tokaev', name: 'Kassym-Jomart Tokayev', variants: ['K.K.Tokayev'] },
  ],
  recentReleases: async () => [
    {
      releaseId: 'r1',
      date: '2025-11-29',
      title: 'Kazakhstan and Slovenia',
      interests: ['country:KZ', 'country:SI'],
    },
    { releaseId: 'r2', date: null, title: 'Tokayev in Japan', interests: ['country:JP', 'official:tokaev'] },
    { releaseId: 'r3', date: '2024-01-01', title: 'Weather', interests: [] },
  ],
};

const deps = () => ({
  target: async (): Promise<SubscriptionTarget> => {
    targetCalls += 1;
    return { registry, where: 'local mode (test)', kind: 'local' };
  },
  archive,
  out: (line: string) => lines.push(line),
});
const args = (over: Partial<SubscribeArgs> = {}): SubscribeArgs => ({
  email: EMAIL,
  countries: [],
  officials: [],
  dryRun: false,
  ...over,
});

describe('subscribe', () => {
  test('resolves names through the archive and stores the policy', async () => {
    expect(await runSubscribe(deps(), args({ countries: ['Slovenia'], officials: ['K.K. Tokayev'] }))).toBe(
      0,
    );
    const [stored] = await registry.list();
    expect(stored?.filterPolicy).toEqual({
      interests: ['country:SI', 'official:kasim-jomart-tokaev', 'official:tokaev'],
    });
    expect(lines).toContain(
      '  official:  K.K. Tokayev -> kasim-jomart-tokaev (also releases naming only: tokaev)',
    );
    expect(lines.some((l) => l.startsWith('Subscribed k***@example.com in local mode (test)'))).toBe(true);
  });

  test('--dry-run lists the releases the policy would have matched and subscribes nobody', async () => {
    expect(
      await runSubscribe(deps(), args({ countries: ['SI'], officials: ['Tokayev'], dryRun: true })),
    ).toBe(0);
    expect(lines).toContain(
      'Dry run: nobody subscribed. 2 of 3 releases in the test archive would have matched:',
    );
    expect(lines).toContain('  2025-11-29  Kazakhstan and Slovenia  (r1)');
    expect(lines).toContain('  undated     Tokayev in Japan  (r2)');
    expect(targetCalls).toBe(0);
    expect(await registry.list()).toEqual([]);
  });

  test('unresolvable input is a usage error with the reason', async () => {
    await expect(runSubscribe(deps(), args({ countries: ['Kazakstan'] }))).rejects.toThrow(
      new UsageError("unknown country 'Kazakstan'; did you mean Kazakhstan (KZ)?"),
    );
    await expect(runSubscribe(deps(), args({ officials: ['Putin'], strict: true }))).resolves.toBe(0);
    await expect(
      runSubscribe(deps(), args({ officials: ['Johann Wadefuhl'], strict: true })),
    ).rejects.toThrow(/not in the archive/);
    await expect(runSubscribe(deps(), args({ email: 'kim@example', countries: ['SI'] }))).rejects.toThrow(
      "invalid email address: the domain after the '@' has no dot",
    );
  });

  test('never prints the full address', async () => {
    await runSubscribe(deps(), args({ countries: ['SI'] }));
    await runSubscribe(deps(), args({ countries: ['SI'], dryRun: true }));
    await runSubscriptions({ registry, where: 'test', out: (l) => lines.push(l) }, { json: false });
    await runSubscriptions({ registry, where: 'test', out: (l) => lines.push(l) }, { json: true });
    await runUnsubscribe({ registry, where: 'test', out: (l) => lines.push(l) }, { email: EMAIL });
    expect(lines.join('\n')).not.toContain('kim.secret');
  });
});

describe('storeArchive (the stored archive of local mode or a stack)', () => {
  const stored = (id: string, countries: string[], officials: Array<{ id: string; name: string }>) =>
    ({
      id,
      date: '2025-01-01',
      title: `Release ${id}`,
      countries: countries.map((code) => ({ code, name: code, mentions: [code] })),
      officials: officials.map((o) => ({ ...o, variants: [o.name], roles: [], country: null })),
    }) as unknown as StoredRelease;
  const storedArchive = storeArchive(
    {
      getRelease: async () => null,
      listFailures: async () => [],
      listOfficials: async () => [
        {
          id: 'kasim-jomart-tokaev',
          name: 'Kassym-Jomart Tokayev',
          variants: ['K.K.Tokayev'],
          roles: [],
          releaseCount: 2,
        },
      ],
      listReleases: async (query) => {
        expect(query).toEqual({ limit: 500 });
        return [
          stored('a', ['SI'], []),
          stored('b', ['JP'], [{ id: 'kasim-jomart-tokaev', name: 'Kassym-Jomart Tokayev' }]),
        ];
      },
    },
    'local mode',
  );

  test('gives its officials for name resolution and its releases with their alert interests', async () => {
    expect(await storedArchive.knownOfficials()).toEqual([
      {
        id: 'kasim-jomart-tokaev',
        name: 'Kassym-Jomart Tokayev',
        variants: ['K.K.Tokayev'],
        ids: ['kasim-jomart-tokaev'],
        releaseCount: 2,
      },
    ]);
    expect((await storedArchive.recentReleases()).map((r) => [r.releaseId, r.interests])).toEqual([
      ['a', ['country:SI']],
      ['b', ['country:JP', 'official:kasim-jomart-tokaev', 'surname:tokaev']],
    ]);
  });

  test('a surname resolves against it, and the dry run previews on it', async () => {
    expect(
      await runSubscribe(
        { ...deps(), archive: storedArchive },
        args({ officials: ['Tokayev'], dryRun: true }),
      ),
    ).toBe(0);
    expect(lines.some((l) => l.includes('1 of 2 releases'))).toBe(true);
    expect(lines.some((l) => l.includes('Release b'))).toBe(true);
  });
});

describe('subscriptions and unsubscribe', () => {
  test('lists masked, removes by address and by id', async () => {
    await runSubscribe(deps(), args({ countries: ['SI'] }));
    await runSubscribe(deps(), args({ email: 'ana@example.org', countries: ['KZ'] }));
    lines = [];
    await runSubscriptions({ registry, where: 'test', out: (l) => lines.push(l) }, { json: true });
    const listed = JSON.parse(lines.join('\n')) as { id: string; email: string; interests: string[] }[];
    expect(listed.map((s) => [s.email, s.interests])).toEqual([
      ['k***@example.com', ['country:SI']],
      ['a***@example.org', ['country:KZ']],
    ]);

    const out = (l: string) => lines.push(l);
    expect(await runUnsubscribe({ registry, where: 'test', out }, { email: 'KIM.SECRET@example.com' })).toBe(
      0,
    );
    expect(await runUnsubscribe({ registry, where: 'test', out }, { id: listed[1]?.id ?? '' })).toBe(0);
    expect(await runUnsubscribe({ registry, where: 'test', out }, { email: EMAIL })).toBe(1);
    expect(lines.at(-1)).toBe('No subscription for k***@example.com in test.');
    expect(await registry.list()).toEqual([]);
  });
});

test('release files as an archive: unreadable files are skipped, the rest previewed', async () => {
  await writeFile(path.join(dir, 'a.txt'), 'date 2025-11-29 gov.kz\n\nA title\n\nA paragraph.\n');
  await writeFile(path.join(dir, 'empty.txt'), '');
  const files = await releaseFilesArchive([path.join(dir, 'a.txt'), path.join(dir, 'empty.txt')]);
  expect(files.description).toBe('2 release files');
  expect((await files.recentReleases()).map((r) => [r.releaseId, r.date, r.title])).toEqual([
    ['a.txt', '2025-11-29', 'A title'],
  ]);
});
