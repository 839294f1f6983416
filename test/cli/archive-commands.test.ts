import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UsageError } from '../../cli/command';
import { command as failuresCommand, runFailures } from '../../cli/commands/failures';
import {
  mergedOfficials,
  command as officialsCommand,
  runMerge,
  runOfficials,
} from '../../cli/commands/officials';
import { command as releasesCommand, runReleases, runShow } from '../../cli/commands/releases';
import { DynamoDbOfficialMerges } from '../../lambdas/adapters/dynamodb/official-merges';
import { FileSubscriptionRegistry } from '../../lambdas/adapters/local/file-subscription-registry';
import { contentHash, releaseIdFor } from '../../lambdas/core/content-hash';
import { PARSER_VERSION } from '../../lambdas/core/parse/parser-version';
import type { ReleaseArchive, ReleaseStore } from '../../lambdas/core/ports';
import type { ParsedRelease } from '../../lambdas/core/release';
import { resolveSubscription } from '../../lambdas/core/subscriptions/resolve-subscription';
import { startDynalite, type TestDynamo } from '../support/dynalite';
import { dynamoStoreAndArchive } from '../support/dynamo-store';

// `releases`, `officials` and `failures` on an archive in dynalite, as local mode and a stack serve it.

let dynamo: TestDynamo;
let archive: ReleaseStore & ReleaseArchive;
let tableName: string;
beforeAll(async () => {
  dynamo = await startDynalite();
  tableName = await dynamo.createTable();
  archive = dynamoStoreAndArchive(dynamo.client, tableName);
  const fajon = {
    id: 'tanja-fajon',
    name: 'Tanja Fajon',
    variants: ['Tanja Fajon', 'Fajon'],
    roles: ['Minister'],
    country: 'SI',
  };
  const tokayev = {
    id: 'kasim-jomart-tokaev',
    name: 'Kassym-Jomart Tokayev',
    variants: ['Kassym-Jomart Tokayev', 'President Tokayev', 'K.Tokayev'],
    roles: ['President'],
    country: 'KZ',
  };
  const releases: Array<[string, ParsedRelease]> = [
    ['a.txt', parsed('Slovenia and Kazakhstan talks', '2024-03-01', ['SI', 'KZ'], [fajon, tokayev])],
    ['b.txt', parsed('Slovenia and Croatia border', '2025-11-19', ['SI', 'HR'], [fajon])],
  ];
  for (const [key, release] of releases) {
    const hash = contentHash(release);
    await archive.storeRelease({
      ref: { bucket: 'releases', key, size: 10 },
      release,
      contentHash: hash,
      newReleaseId: releaseIdFor(hash),
      bodyBytes: 10,
      parserVersion: PARSER_VERSION,
      at: `2025-11-20T10:00:0${key === 'a.txt' ? 1 : 2}Z`,
    });
  }
  await archive.recordFailure({
    bucket: 'releases',
    key: 'scans/page 1.pdf',
    objectVersion: '"e1"',
    reason: 'binary',
    message: 'The file is binary, not text.',
    failedAt: '2025-11-20T11:00:00.000Z',
    size: 2048,
  });
});
afterAll(async () => {
  await dynamo?.close();
});

function parsed(
  title: string,
  date: string,
  countries: string[],
  officials: ParsedRelease['officials'],
): ParsedRelease {
  return {
    format: 'text',
    date,
    title,
    source: 'gov.si',
    url: null,
    body: [`${title}.`],
    summary: `${title}.`,
    countries: countries.map((code) => ({ code, name: code, mentions: [code] })),
    officials,
  };
}

async function run(
  fn: (deps: { archive: ReleaseArchive; where: string; out: (l: string) => void }) => Promise<number>,
) {
  const lines: string[] = [];
  const code = await fn({ archive, where: 'local mode', out: (l) => lines.push(l) });
  return { code, text: lines.join('\n') };
}

describe('releases', () => {
  test('a table, newest ingest first', async () => {
    const { code, text } = await run((d) => runReleases(d, { limit: 20, json: false }));
    expect(code).toBe(0);
    expect(text.split('\n')).toEqual([
      '2 releases in local mode:',
      expect.stringMatching(/^DATE\s+ID\s+COUNTRIES\s+OFFICIALS\s+TITLE$/),
      expect.stringMatching(/^2025-11-19\s+[0-9a-f]{24}\s+SI HR\s+1\s+Slovenia and Croatia border$/),
      expect.stringMatching(/^2024-03-01\s+[0-9a-f]{24}\s+SI KZ\s+2\s+Slovenia and Kazakhstan talks$/),
    ]);
  });

  test('--country by name, --since, --json', async () => {
    const { text } = await run((d) =>
      runReleases(d, { country: 'Slovenia', since: '2025-01-01', limit: 20, json: true }),
    );
    expect((JSON.parse(text) as Array<{ title: string }>).map((r) => r.title)).toEqual([
      'Slovenia and Croatia border',
    ]);
  });

  test('--official by a variant or a surname', async () => {
    for (const official of ['President Tokayev', 'tokayev', 'kasim-jomart-tokaev']) {
      const { text } = await run((d) => runReleases(d, { official, limit: 20, json: true }));
      expect((JSON.parse(text) as Array<{ title: string }>).map((r) => r.title)).toEqual([
        'Slovenia and Kazakhstan talks',
      ]);
    }
  });

  test('nothing matches', async () => {
    const { text } = await run((d) => runReleases(d, { country: 'US', limit: 20, json: false }));
    expect(text).toBe('No releases in local mode match.');
  });

  test.each([
    [{ since: '2025-13-01' }, /--since takes a date as YYYY-MM-DD/],
    [{ until: '20250101' }, /--until takes a date/],
    [{ since: '2025-02-30' }, /--since takes a date/],
    [{ since: '2025-02-01', until: '2025-01-01' }, /is after --until/],
    [{ limit: 0 }, /--limit/],
  ])('rejects %j', async (options, message) => {
    await expect(run((d) => runReleases(d, { limit: 20, json: false, ...options }))).rejects.toThrow(message);
    await expect(run((d) => runReleases(d, { limit: 20, json: false, ...options }))).rejects.toBeInstanceOf(
      UsageError,
    );
  });

  test('every country form subscribe takes; empty and unknown values are errors with exit 1 and suggestions', async () => {
    for (const country of ['SVN', 'Словения', 'Slovenian', 'si']) {
      const { code, text } = await run((d) => runReleases(d, { country, limit: 20, json: true }));
      expect([country, code, (JSON.parse(text) as unknown[]).length]).toEqual([country, 0, 2]);
    }
    for (const [options, message] of [
      [{ country: '' }, 'communique: a country is empty'],
      [
        { country: 'Slovnia' },
        "communique: unknown country 'Slovnia'; did you mean Slovenia (SI), Slovakia (SK)?",
      ],
      [{ official: '' }, 'communique: --official is empty: give a name, a variant or an id'],
      [
        { official: 'Tanja Fayon' },
        "communique: 'Tanja Fayon' names no official in the archive; did you mean Tanja Fajon (tanja-fajon, 2 releases)?",
      ],
    ] as const) {
      const { code, text } = await run((d) => runReleases(d, { limit: 20, json: false, ...options }));
      expect([code, text]).toEqual([1, message]);
    }
  });

  test('--official in another script; "showing N of M", --limit and --all', async () => {
    const { text } = await run((d) => runReleases(d, { official: 'Токаев', limit: 20, json: true }));
    expect((JSON.parse(text) as Array<{ title: string }>).map((r) => r.title)).toEqual([
      'Slovenia and Kazakhstan talks',
    ]);
    const limited = await run((d) => runReleases(d, { limit: 1, json: false }));
    expect(limited.text.split('\n')[0]).toBe('showing 1 of 2 releases in local mode (--limit N, --all):');
    const all = await run((d) => runReleases(d, { limit: 1, all: true, json: false }));
    expect(all.text.split('\n')[0]).toBe('2 releases in local mode:');
  });

  test('releases show ID: fields, the forms that named each entity, and errors', async () => {
    const [first] = await archive.listReleases({ official: 'kasim-jomart-tokaev' });
    const lines: string[] = [];
    const deps = { archive, out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    expect(
      await runShow({ ...deps, readBody: async () => ['Body paragraph.'] }, first?.id ?? '', false),
    ).toBe(0);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Slovenia and Kazakhstan talks',
        '  KZ  KZ: KZ',
        '  Kassym-Jomart Tokayev (kasim-jomart-tokaev): Kassym-Jomart Tokayev; President Tokayev; K.Tokayev; President',
        'Text:',
        '  Body paragraph.',
      ]),
    );
    lines.length = 0;
    expect(await runShow(deps, 'nope', false)).toBe(1);
    expect(lines).toEqual(["communique: no release has the id 'nope' (communique releases lists them)"]);
  });

  test('unknown flags are usage errors', async () => {
    await expect(releasesCommand.run(['--county', 'SI'])).rejects.toBeInstanceOf(UsageError);
  });
});

test('officials: names, counts and variants', async () => {
  const { text } = await run((d) => runOfficials(d, { json: false }));
  expect(text.split('\n')).toEqual([
    '2 officials in local mode:',
    expect.stringMatching(/^NAME\s+RELEASES\s+ID\s+VARIANTS$/),
    expect.stringMatching(
      /^Kassym-Jomart Tokayev\s+1\s+kasim-jomart-tokaev\s+K\.Tokayev; President Tokayev$/,
    ),
    expect.stringMatching(/^Tanja Fajon\s+2\s+tanja-fajon\s+Fajon$/),
  ]);
  const json = JSON.parse((await run((d) => runOfficials(d, { json: true }))).text);
  expect(json[1]).toEqual({
    id: 'tanja-fajon',
    name: 'Tanja Fajon',
    variants: ['Fajon', 'Tanja Fajon'],
    roles: ['Minister'],
    releaseCount: 2,
    ids: ['tanja-fajon'],
    staleReleases: 0,
  });
});

test('officials merge A B: one official in the archive and in subscriptions; unmerge undoes the archive side', async () => {
  const merges = new DynamoDbOfficialMerges(dynamo.client, tableName);
  const dir = await mkdtemp(path.join(tmpdir(), 'communique-merge-'));
  const subscriptions = new FileSubscriptionRegistry(path.join(dir, 'subscriptions.json'));
  await subscriptions.add(resolveSubscription({ email: 'kim@example.com', officials: ['Tanja Fajon'] }));
  await subscriptions.add(resolveSubscription({ email: 'lee@example.com', countries: ['SI'] }));
  const lines: string[] = [];
  const deps = {
    archive,
    merges,
    subscriptions,
    where: 'local mode',
    out: (l: string) => lines.push(l),
    err: (l: string) => lines.push(`error: ${l}`),
  };
  expect(await runMerge(deps, 'merge', ['Tanja Fajon', 'Токаев'])).toBe(0);
  expect(lines).toEqual([
    'Merged Kassym-Jomart Tokayev (kasim-jomart-tokaev) into Tanja Fajon (tanja-fajon).',
    '1 subscription updated to cover both.',
  ]);
  const officials = await mergedOfficials(archive, merges);
  expect(officials.map((o) => [o.id, o.ids, o.releaseCount])).toEqual([
    ['tanja-fajon', ['tanja-fajon', 'kasim-jomart-tokaev'], 3],
  ]);
  const byEmail = new Map((await subscriptions.list()).map((x) => [x.email, x.interests]));
  expect(byEmail.get('kim@example.com')).toEqual(
    expect.arrayContaining(['official:tanja-fajon', 'official:kasim-jomart-tokaev']),
  );
  expect(byEmail.get('lee@example.com')).toEqual(['country:SI']);

  lines.length = 0;
  expect(await runMerge(deps, 'merge', ['Tanja Fajon', 'Nobody Atall'])).toBe(1);
  expect(lines).toEqual(["error: 'Nobody Atall' names no official in local mode."]);
  lines.length = 0;
  expect(await runMerge(deps, 'unmerge', ['kasim-jomart-tokaev'])).toBe(0);
  expect(lines).toEqual(['Unmerged kasim-jomart-tokaev from Tanja Fajon (tanja-fajon).']);
  expect((await mergedOfficials(archive, merges)).map((o) => o.id)).toEqual([
    'kasim-jomart-tokaev',
    'tanja-fajon',
  ]);
});

test('failures: key, reason, time and message', async () => {
  const { text } = await run((d) => runFailures(d, { json: false, limit: 50 }));
  expect(text.split('\n')).toEqual([
    '1 failure in local mode:',
    expect.stringMatching(/^TIME\s+REASON\s+KEY\s+MESSAGE$/),
    expect.stringMatching(
      /^2025-11-20T11:00:00.000Z\s+binary\s+s3:\/\/releases\/scans\/page 1.pdf\s+The file is binary/,
    ),
  ]);
  expect(JSON.parse((await run((d) => runFailures(d, { json: true, limit: 50 }))).text)).toEqual([
    expect.objectContaining({
      key: 'scans/page 1.pdf',
      reason: 'binary',
      failedAt: '2025-11-20T11:00:00.000Z',
    }),
  ]);
});

test('every command explains itself', () => {
  for (const c of [releasesCommand, officialsCommand, failuresCommand]) {
    expect(c.help).toMatch(new RegExp(`^Usage: communique ${c.name}`));
    expect(c.help).toContain('--stack');
    expect(c.help).toContain('--json');
  }
});
