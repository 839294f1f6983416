import { type DynamoDBClient, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDbReleaseArchive } from '../../../lambdas/adapters/dynamodb/dynamodb-release-archive';
import { DynamoDbReleaseStore } from '../../../lambdas/adapters/dynamodb/dynamodb-release-store';
import { ingestRelease } from '../../../lambdas/core/ingest-release';
import { INGEST_TABLE_ACTIONS } from '../../../lib/constructs/ingest-pipeline';
import { startDynalite, type TestDynamo } from '../../support/dynalite';
import { FakePublisher, FakeSource, ManualClock, MemoryLogger, MemoryMetrics } from '../../support/fakes';
import { SAMPLE_RELEASE } from '../../support/sample-release';
import { input, official, release } from '../../support/store-inputs';

// What only the DynamoDB adapter can get wrong: the commands it sends. The behaviour is in the contract tests.

let dynamo: TestDynamo;
beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(async () => {
  await dynamo.close();
});

type Command = { constructor: { name: string }; input: Record<string, unknown> };

/** Records the commands sent; `tamper` may change a response (as DynamoDB does under throttling). */
function spying(
  client: DynamoDBClient,
  tamper?: (command: Command, output: Record<string, unknown>) => void,
) {
  const commands: string[] = [];
  const spy = {
    send: async (command: Command) => {
      commands.push(command.constructor.name);
      const output = (await client.send(command as never)) as unknown as Record<string, unknown>;
      tamper?.(command, output);
      return output;
    },
  } as unknown as Pick<DynamoDBClient, 'send'>;
  return { spy, commands };
}

const tokayev = official('Kassym-Jomart Tokayev', ['President Tokayev'], ['President']);
const fajon = official('Tanja Fajon', ['Tanja Fajon'], ['Minister']);

test("the ingest path sends only the actions the function's role grants, and writes pointers in batches", async () => {
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
  await store.storeRelease(input('b.txt', first.release, 't2'));
  // Changed content under a shared key (moves off), then under a key alone (updates in place).
  await store.storeRelease(input('a.txt', release('KZ talks', '2024-03-02', ['KZ'], [tokayev]), 't3'));
  await store.storeRelease(input('b.txt', release('SI talks', '2024-03-03', ['SI'], []), 't4'));
  await store.releaseAlertLease(lease);
  await store.hasProcessed({ bucket: 'releases', key: 'a.txt', size: 1, eTag: 'e' });
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
  expect([...new Set(commands)].sort()).toEqual([...granted].sort());
});

test('no archive read scans the table', async () => {
  const tableName = await dynamo.createTable();
  const store = new DynamoDbReleaseStore(dynamo.client, tableName);
  await store.storeRelease(input('a.txt', release('KZ and SI talks', '2024-03-01', ['SI'], [fajon]), 't1'));
  const { spy, commands } = spying(dynamo.client);
  const archive = new DynamoDbReleaseArchive(spy, tableName);
  await archive.listReleases({});
  await archive.listReleases({ country: 'SI', since: '2020-01-01' });
  await archive.listReleases({ official: 'tanja-fajon' });
  await archive.listReleases({ since: '2024-01-01', until: '2025-12-31' });
  await archive.listOfficials();
  await archive.listFailures();
  await archive.getRelease('x');
  expect(new Set(commands)).toEqual(new Set(['GetItemCommand', 'QueryCommand', 'BatchGetItemCommand']));
});

test('unprocessed BatchWriteItem items and BatchGetItem keys are retried until done', async () => {
  const tableName = await dynamo.createTable();
  let writesHeld = 0;
  let readsHeld = 0;
  const { spy, commands } = spying(dynamo.client, (command, output) => {
    const request = command.input.RequestItems as Record<string, unknown> | undefined;
    // The first response of each batch kind claims its items were left unprocessed (they were in fact
    // written, which a retry makes harmless: puts of the same pointer are idempotent).
    if (command.constructor.name === 'BatchWriteItemCommand' && writesHeld++ === 0 && request) {
      output.UnprocessedItems = request;
    }
    if (command.constructor.name === 'BatchGetItemCommand' && readsHeld++ === 0 && request) {
      output.Responses = { [tableName]: [] };
      output.UnprocessedKeys = request;
    }
  });
  const store = new DynamoDbReleaseStore(spy, tableName);
  await store.storeRelease(input('a.txt', release('SI talks', '2024-03-01', ['SI'], [fajon]), 't1'));
  const archive = new DynamoDbReleaseArchive(spy, tableName);
  expect((await archive.listReleases({ country: 'SI' })).map((r) => r.title)).toEqual(['SI talks']);
  expect(commands.filter((c) => c === 'BatchWriteItemCommand')).toHaveLength(2);
  expect(commands.filter((c) => c === 'BatchGetItemCommand')).toHaveLength(2);
});

test('a reindex backfills the search text of an item stored before items kept one', async () => {
  const tableName = await dynamo.createTable();
  const store = new DynamoDbReleaseStore(dynamo.client, tableName);
  const archive = new DynamoDbReleaseArchive(dynamo.client, tableName);
  const parsed = {
    ...release('KZ and SI talks', '2024-03-01', ['KZ', 'SI'], [tokayev]),
    body: ['Apiculture'],
  };
  const stored = input('a.txt', parsed, 't1', { parserVersion: 'old' });
  const { releaseId } = await store.storeRelease(stored);
  // An item written before the search text existed: the attribute is absent.
  await dynamo.client.send(
    new UpdateItemCommand({
      TableName: tableName,
      Key: { pk: { S: `REL#${releaseId}` }, sk: { S: 'REL' } },
      UpdateExpression: 'REMOVE searchText',
    }),
  );
  const listed = async () => (await archive.listReleases({ country: 'SI', withSearchText: true }))[0];
  expect((await listed())?.searchText).toBeUndefined();
  const result = await store.reindexRelease({
    ref: stored.ref,
    release: parsed,
    contentHash: stored.contentHash,
    parserVersion: 'new',
    at: 't2',
  });
  expect(result).toMatchObject({ outcome: 'changed', releaseId });
  expect((await listed())?.searchText).toBe('apiculture');
});

describe('requests of one whole ingest (store, lease, completion), counted', () => {
  // A regression in the number of round trips fails here; `npm run bench -- --only requests` prints them.
  const sorted = (commands: readonly string[]) => [...commands].sort();

  test('a new release with 2 countries and 2 officials, a duplicate, a repeat and a failure', async () => {
    const tableName = await dynamo.createTable();
    const { spy, commands } = spying(dynamo.client);
    const source = new FakeSource();
    const publisher = new FakePublisher();
    let ids = 0;
    const deps = {
      source,
      store: new DynamoDbReleaseStore(spy, tableName),
      publisher,
      clock: new ManualClock(),
      logger: new MemoryLogger(),
      metrics: new MemoryMetrics(),
      maxObjectBytes: 10_000,
      newId: () => `attempt-${++ids}`,
    };
    const sent = async (ref: Parameters<typeof ingestRelease>[0]) => {
      commands.length = 0;
      const outcome = await ingestRelease(ref, deps);
      return { outcome, commands: sorted(commands) };
    };

    const fresh = await sent(source.put('releases', 'a.txt', SAMPLE_RELEASE));
    expect(fresh.outcome).toMatchObject({ status: 'stored', outcome: 'created', alerted: true });
    // The object record's and the claim's puts (each decides alone, no read first); one update per official
    // profile; the release item (holding the lease) and its pointers in one batch; completion.
    expect(fresh.commands).toEqual(
      sorted([
        'PutItemCommand',
        'PutItemCommand',
        'UpdateItemCommand',
        'UpdateItemCommand',
        'BatchWriteItemCommand',
        'UpdateItemCommand',
      ]),
    );

    const duplicate = await sent(source.put('releases', 'copy/a.txt', SAMPLE_RELEASE));
    expect(duplicate.outcome).toMatchObject({ outcome: 'duplicate', alerted: false });
    // The claim's put fails, then claim and release are read, the location added and the key's record given
    // the release; the release was read alerted: no index writes, no lease asked for.
    expect(duplicate.commands).toEqual(
      sorted([
        'PutItemCommand',
        'PutItemCommand',
        'GetItemCommand',
        'GetItemCommand',
        'UpdateItemCommand',
        'PutItemCommand',
      ]),
    );

    const repeat = await sent({ bucket: 'releases', key: 'a.txt', size: SAMPLE_RELEASE.length });
    expect(repeat.outcome).toMatchObject({ outcome: 'duplicate', alerted: false });
    // The record's put fails: the record, the claim it names and the release are read; the release is
    // alerted, and the record is given its release.
    expect(repeat.commands).toEqual(
      sorted(['PutItemCommand', 'GetItemCommand', 'GetItemCommand', 'GetItemCommand', 'PutItemCommand']),
    );

    const failure = await sent(source.put('releases', 'empty.txt', ''));
    expect(failure.outcome).toEqual({ status: 'failed', reason: 'empty' });
    expect(failure.commands).toEqual(['PutItemCommand']);
    expect(publisher.published).toHaveLength(1);
  });

  test('a new release whose later writes fail gives its lease back: the retry publishes at once', async () => {
    const tableName = await dynamo.createTable();
    let failBatch = true;
    const { spy } = spying(dynamo.client, (command) => {
      if (command.constructor.name === 'BatchWriteItemCommand' && failBatch) {
        failBatch = false;
        throw new Error('DynamoDB unavailable');
      }
    });
    const store = new DynamoDbReleaseStore(spy, tableName);
    const parsed = release('KZ and SI talks', '2024-03-01', ['KZ', 'SI'], [tokayev]);
    const terms = { holder: 'first', now: '2025-01-01T00:00:00Z', until: '2025-01-01T00:02:00Z' };
    await expect(store.storeRelease({ ...input('a.txt', parsed, 't1'), alertLease: terms })).rejects.toThrow(
      'DynamoDB unavailable',
    );
    const retry = await store.storeRelease({
      ...input('a.txt', parsed, 't2'),
      alertLease: { ...terms, holder: 'second' },
    });
    expect(retry).toEqual({ outcome: 'duplicate', releaseId: expect.any(String) });
    const lease = { releaseId: retry.releaseId, contentHash: input('a.txt', parsed, 't2').contentHash };
    expect(await store.acquireAlertLease({ ...lease, ...terms, holder: 'second' })).toEqual({
      state: 'acquired',
      kind: 'new',
    });
  });
});

describe('the release of a new claim goes in its pointers batch, without a condition', () => {
  const parsed = release('KZ and SI talks', '2024-03-01', ['KZ', 'SI'], [tokayev]);
  const terms = (holder: string, now: string) => ({ holder, now, until: '2025-01-01T00:02:00.000Z' });

  test('a racer finding the claim before the release waits for it, and joins: one release, one lease', async () => {
    const tableName = await dynamo.createTable();
    let open: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    let claimantReads = 0;
    const held = {
      send: async (command: Command) => {
        if (command.constructor.name === 'BatchWriteItemCommand') await gate;
        return dynamo.client.send(command as never);
      },
    } as unknown as Pick<DynamoDBClient, 'send'>;
    const { spy: racerSpy, commands: racer } = spying(dynamo.client, (command) => {
      if (command.constructor.name === 'GetItemCommand') claimantReads++;
      if (claimantReads === 4) open();
    });
    const first = new DynamoDbReleaseStore(held, tableName).storeRelease({
      ...input('a.txt', parsed, '2025-01-01T00:00:00.000Z'),
      alertLease: terms('first', '2025-01-01T00:00:00.000Z'),
    });
    // The claimant's claim is there, its release not (its batch waits at the gate).
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = await new DynamoDbReleaseStore(racerSpy, tableName).storeRelease({
      ...input('b.txt', parsed, '2025-01-01T00:00:01.000Z'),
      alertLease: terms('second', '2025-01-01T00:00:01.000Z'),
    });
    open();
    const created = await first;
    expect(created).toMatchObject({ outcome: 'created', alertLease: { state: 'acquired' } });
    expect(second).toEqual({ outcome: 'duplicate', releaseId: created.releaseId });
    // It looked at the claim more than once before the release was there.
    expect(racer.filter((c) => c === 'GetItemCommand').length).toBeGreaterThan(3);
    const archive = new DynamoDbReleaseArchive(dynamo.client, tableName);
    const stored = await archive.getRelease(created.releaseId);
    expect(stored?.locations).toEqual(['s3://releases/a.txt', 's3://releases/b.txt']);
    expect(await archive.listReleases({ country: 'KZ' })).toHaveLength(1);
  });

  test('a claimant that died before its batch: after its lease ends, the next delivery creates the release', async () => {
    const tableName = await dynamo.createTable();
    const dead = {
      send: async (command: Command) => {
        if (command.constructor.name === 'BatchWriteItemCommand') throw new Error('killed');
        return dynamo.client.send(command as never);
      },
    } as unknown as Pick<DynamoDBClient, 'send'>;
    await expect(
      new DynamoDbReleaseStore(dead, tableName).storeRelease({
        ...input('a.txt', parsed, '2025-01-01T00:00:00.000Z'),
        alertLease: terms('first', '2025-01-01T00:00:00.000Z'),
      }),
    ).rejects.toThrow('killed');
    const store = new DynamoDbReleaseStore(dynamo.client, tableName);
    const retry = await store.storeRelease({
      ...input('a.txt', parsed, '2025-01-01T00:02:01.000Z'),
      alertLease: { holder: 'retry', now: '2025-01-01T00:02:01.000Z', until: '2025-01-01T00:04:01.000Z' },
    });
    expect(retry).toMatchObject({ outcome: 'created', alertLease: { state: 'acquired', kind: 'new' } });
    expect(
      (await new DynamoDbReleaseArchive(dynamo.client, tableName).listReleases({ country: 'SI' })).length,
    ).toBe(1);
  });
});

test("a new key's record, written before its release, counts as processed only once the release lists the key", async () => {
  const tableName = await dynamo.createTable();
  let puts = 0;
  const dies = {
    send: async (command: Command) => {
      // The first put records the key; the process dies at the second (the claim).
      if (command.constructor.name === 'PutItemCommand' && ++puts === 2) throw new Error('killed');
      return dynamo.client.send(command as never);
    },
  } as unknown as Pick<DynamoDBClient, 'send'>;
  const stored = input('a.txt', release('SI talks', '2024-03-01', ['SI'], [fajon]), 't1', { eTag: 'e1' });
  await expect(new DynamoDbReleaseStore(dies, tableName).storeRelease(stored)).rejects.toThrow('killed');
  const store = new DynamoDbReleaseStore(dynamo.client, tableName);
  expect(await store.hasProcessed(stored.ref)).toBe(false);
  expect(await store.storeRelease(stored)).toMatchObject({ outcome: 'created' });
  expect(await store.hasProcessed(stored.ref)).toBe(true);
  expect(await store.hasProcessed({ ...stored.ref, eTag: 'e2' })).toBe(false);
  // A later content of the key finds its release through the record: an update in place, same id.
  const next = input('a.txt', release('SI talks again', '2024-03-02', ['SI'], []), 't2', { eTag: 'e2' });
  const created = await new DynamoDbReleaseArchive(dynamo.client, tableName).listReleases({ country: 'SI' });
  expect(await store.storeRelease(next)).toEqual({ outcome: 'updated', releaseId: created[0]?.id });
  expect(await store.hasProcessed(next.ref)).toBe(true);
});
