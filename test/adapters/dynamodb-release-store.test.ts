import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDbReleaseStore } from '../../lambdas/adapters/dynamodb-release-store';
import { contentHash, releaseIdFor } from '../../lambdas/core/content-hash';
import type { StoreReleaseInput } from '../../lambdas/core/ports';
import type { Official, ParsedRelease } from '../../lambdas/core/release';
import { INGEST_TABLE_ACTIONS } from '../../lib/constructs/ingest-pipeline';
import { startDynalite, type TestDynamo } from '../support/dynalite';

let dynamo: TestDynamo;
beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(async () => {
  await dynamo.close();
});

const official = (name: string, variants: string[], roles: string[] = []): Official => ({
  id: name.toLowerCase().replace(/\s+/g, '-'),
  name,
  variants,
  roles,
  country: null,
});

function release(
  title: string,
  date: string | null,
  countries: string[],
  officials: Official[] = [],
): ParsedRelease {
  return {
    format: 'text',
    date,
    title,
    source: 'example.org',
    url: null,
    body: [`${title}: the body.`],
    summary: `${title}: the body.`,
    countries: countries.map((code) => ({ code, name: code, mentions: [code] })),
    officials,
  };
}

function input(key: string, parsed: ParsedRelease, at: string): StoreReleaseInput {
  const hash = contentHash(parsed);
  return {
    ref: { bucket: 'releases', key, size: 100 },
    release: parsed,
    contentHash: hash,
    newReleaseId: releaseIdFor(hash),
    bodyBytes: 100,
    at,
  };
}

/** Records the commands the store sends, to prove that no query scans. */
function spying(client: DynamoDBClient) {
  const commands: string[] = [];
  const spy = {
    send: (command: { constructor: { name: string } }) => {
      commands.push(command.constructor.name);
      return client.send(command as never);
    },
  } as unknown as Pick<DynamoDBClient, 'send'>;
  return { spy, commands };
}

const tokayev = official(
  'Kassym-Jomart Tokayev',
  ['Kassym-Jomart Tokayev', 'President Tokayev'],
  ['President'],
);
const tokayevShort = official('Kassym-Jomart Tokayev', ['K.Tokayev', 'Tokayev'], ['Head of State']);
const fajon = official('Tanja Fajon', ['Tanja Fajon'], ['Minister']);

async function archive() {
  const tableName = await dynamo.createTable();
  const { spy, commands } = spying(dynamo.client);
  const store = new DynamoDbReleaseStore(spy, tableName);
  const releases = [
    input(
      'a.txt',
      release('KZ and SI talks', '2024-03-01', ['KZ', 'SI'], [tokayev, fajon]),
      '2025-11-20T10:00:01Z',
    ),
    input('b.txt', release('KZ economy forum', '2025-06-15', ['KZ'], [tokayevShort]), '2025-11-20T10:00:02Z'),
    input('c.txt', release('SI weather alert', null, ['SI']), '2025-11-20T10:00:03Z'),
    input('d.txt', release('SI and HR border', '2025-11-19', ['SI', 'HR'], [fajon]), '2025-11-20T10:00:04Z'),
  ];
  const ids: string[] = [];
  for (const r of releases) ids.push((await store.storeRelease(r)).releaseId);
  // Repeats (a redelivery) change nothing, counts included.
  await store.storeRelease(releases[0] as StoreReleaseInput);
  return { store, commands, ids };
}

const titles = (releases: Array<{ title: string }>) => releases.map((r) => r.title);

test('most recent releases, newest ingest first', async () => {
  const { store } = await archive();
  expect(titles(await store.listReleases({}))).toEqual([
    'SI and HR border',
    'SI weather alert',
    'KZ economy forum',
    'KZ and SI talks',
  ]);
  expect(titles(await store.listReleases({ limit: 2 }))).toEqual(['SI and HR border', 'SI weather alert']);
});

test('by country, with and without a date range (undated releases only without one)', async () => {
  const { store } = await archive();
  expect(titles(await store.listReleases({ country: 'SI' }))).toEqual([
    'SI and HR border',
    'KZ and SI talks',
    'SI weather alert',
  ]);
  expect(titles(await store.listReleases({ country: 'si', since: '2025-01-01' }))).toEqual([
    'SI and HR border',
  ]);
  expect(titles(await store.listReleases({ country: 'SI', until: '2024-12-31' }))).toEqual([
    'KZ and SI talks',
  ]);
  expect(await store.listReleases({ country: 'US' })).toEqual([]);
});

test('by official and date range', async () => {
  const { store } = await archive();
  expect(titles(await store.listReleases({ official: 'kassym-jomart-tokayev' }))).toEqual([
    'KZ economy forum',
    'KZ and SI talks',
  ]);
  expect(
    titles(
      await store.listReleases({
        official: 'kassym-jomart-tokayev',
        since: '2024-01-01',
        until: '2024-12-31',
      }),
    ),
  ).toEqual(['KZ and SI talks']);
  expect(
    titles(await store.listReleases({ country: 'SI', official: 'tanja-fajon', since: '2025-01-01' })),
  ).toEqual(['SI and HR border']);
});

test('by date range alone, across years', async () => {
  const { store } = await archive();
  expect(titles(await store.listReleases({ since: '2024-01-01', until: '2025-12-31' }))).toEqual([
    'SI and HR border',
    'KZ economy forum',
    'KZ and SI talks',
  ]);
  expect(titles(await store.listReleases({ since: '2025-06-15', until: '2025-06-15' }))).toEqual([
    'KZ economy forum',
  ]);
});

test('officials with every known variant and a release count that repeats do not inflate', async () => {
  const { store } = await archive();
  expect(await store.listOfficials()).toEqual([
    {
      id: 'kassym-jomart-tokayev',
      name: 'Kassym-Jomart Tokayev',
      variants: ['K.Tokayev', 'Kassym-Jomart Tokayev', 'President Tokayev', 'Tokayev'],
      roles: ['Head of State', 'President'],
      releaseCount: 2,
    },
    {
      id: 'tanja-fajon',
      name: 'Tanja Fajon',
      variants: ['Tanja Fajon'],
      roles: ['Minister'],
      releaseCount: 2,
    },
  ]);
});

test('a release by id; bodies stay in S3', async () => {
  const { store, ids } = await archive();
  const stored = await store.getRelease(ids[0] ?? '');
  expect(stored).toMatchObject({
    title: 'KZ and SI talks',
    locations: ['s3://releases/a.txt'],
    status: 'stored',
  });
  expect(stored).not.toHaveProperty('body');
  expect(await store.getRelease('nope')).toBeNull();
});

test('failures newest first; a repeated failure keeps its first record', async () => {
  const { store } = await archive();
  const failure = {
    bucket: 'releases',
    key: 'scan.pdf',
    objectVersion: '"etag1"',
    reason: 'binary' as const,
    message: 'The file is binary.',
    failedAt: '2025-11-20T11:00:00.000Z',
    size: 12,
  };
  await store.recordFailure(failure);
  await store.recordFailure({ ...failure, failedAt: '2025-11-20T12:00:00.000Z' });
  await store.recordFailure({
    ...failure,
    key: 'empty.txt',
    reason: 'empty',
    failedAt: '2025-11-20T11:30:00.000Z',
  });
  expect((await store.listFailures()).map((f) => [f.key, f.reason, f.failedAt])).toEqual([
    ['empty.txt', 'empty', '2025-11-20T11:30:00.000Z'],
    ['scan.pdf', 'binary', '2025-11-20T11:00:00.000Z'],
  ]);
});

test('no access pattern scans the table', async () => {
  const { store, commands } = await archive();
  await store.listReleases({});
  await store.listReleases({ country: 'SI', since: '2020-01-01' });
  await store.listReleases({ official: 'tanja-fajon' });
  await store.listReleases({ since: '2024-01-01', until: '2025-12-31' });
  await store.listOfficials();
  await store.listFailures();
  await store.getRelease('x');
  expect(commands).not.toContain('ScanCommand');
  expect(new Set(commands)).toEqual(
    new Set(['GetItemCommand', 'PutItemCommand', 'UpdateItemCommand', 'QueryCommand', 'BatchGetItemCommand']),
  );
});

test("the ingest path needs only the actions the function's role grants", async () => {
  const tableName = await dynamo.createTable();
  const { spy, commands } = spying(dynamo.client);
  const store = new DynamoDbReleaseStore(spy, tableName);
  const first = input(
    'a.txt',
    release('KZ and SI talks', '2024-03-01', ['KZ', 'SI'], [tokayev, fajon]),
    't1',
  );
  const { releaseId } = await store.storeRelease(first);
  const lease = { releaseId, contentHash: first.contentHash, holder: 'h', now: 't1', until: 't2' };
  await store.acquireAlertLease(lease);
  await store.completeAlert(lease);
  await store.storeRelease(first);
  // Changed content under the key: the update path, with an official and a country gone.
  await store.storeRelease(input('a.txt', release('KZ talks', '2024-03-02', ['KZ'], [tokayev]), 't3'));
  await store.releaseAlertLease(lease);
  await store.recordFailure({
    bucket: 'b',
    key: 'k',
    objectVersion: 'v',
    reason: 'empty',
    message: 'm',
    failedAt: 't',
    size: 0,
  });
  const granted = INGEST_TABLE_ACTIONS.map((a) => `${a.slice('dynamodb:'.length)}Command`);
  expect([...new Set(commands)].filter((c) => !granted.includes(c))).toEqual([]);
  // The update moved the release out of the old country's and official's lists, though their pointers stay.
  expect(await store.listReleases({ country: 'SI' })).toEqual([]);
  expect(await store.listReleases({ official: 'tanja-fajon' })).toEqual([]);
  expect((await store.listOfficials()).find((o) => o.id === 'tanja-fajon')?.releaseCount).toBe(0);
});
