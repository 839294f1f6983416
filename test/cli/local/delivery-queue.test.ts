import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { type DeliveryOutcome, DeliveryQueue } from '../../../cli/local/delivery-queue';
import { s3EventToSqsRecords } from '../../../cli/local/s3-event-to-sqs';

const message = (key: string): SQSRecord => {
  const [record] = s3EventToSqsRecords({
    Records: [
      {
        eventName: 'ObjectCreated:Put',
        eventTime: new Date(0).toISOString(),
        s3: { bucket: { name: 'releases' }, object: { key, size: 3, eTag: 'x' } },
      },
    ],
  });
  if (!record) throw new Error('no record');
  return record;
};

describe('DeliveryQueue', () => {
  let dir: string;
  const dirs = () => ({ spoolDir: path.join(dir, 'spool'), deadLetterDir: path.join(dir, 'dead-letter') });
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'communique-queue-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('delivers each message once with its S3 notification body, and empties the journal', async () => {
    const seen: SQSEvent[] = [];
    const queue = new DeliveryQueue({ ...dirs(), handler: async (e) => void seen.push(e) });
    queue.send([message('a b.txt'), message('c.txt')]);
    await queue.idle();
    expect(seen).toHaveLength(2);
    const keys = seen.map((e) => JSON.parse(e.Records[0]?.body ?? '{}').Records[0].s3.object.key);
    expect(keys.sort()).toEqual(['a+b.txt', 'c.txt']);
    expect(readdirSync(dirs().spoolDir)).toEqual([]);
  });

  test('hands a message to the handler only once its journal file is on disk, in the order sent', async () => {
    const journaledAtCall: boolean[] = [];
    const order: string[] = [];
    const queue = new DeliveryQueue({
      ...dirs(),
      concurrency: 1,
      handler: async (e) => {
        const id = e.Records[0]?.messageId ?? '';
        order.push(id);
        journaledAtCall.push(readdirSync(dirs().spoolDir).includes(`${id}.json`));
        return undefined;
      },
    });
    const messages = Array.from({ length: 20 }, (_, i) => message(`${i}.txt`));
    queue.send(messages);
    expect(queue.pending).toBe(20);
    await queue.idle();
    expect(order).toEqual(messages.map((m) => m.messageId));
    expect(journaledAtCall).toEqual(messages.map(() => true));
    expect(readdirSync(dirs().spoolDir)).toEqual([]);
  });

  test('retries what batchItemFailures lists, with the receive count going up', async () => {
    const counts: string[] = [];
    const queue = new DeliveryQueue({
      ...dirs(),
      backoffMs: () => 1,
      handler: async (e) => {
        const record = e.Records[0] as SQSRecord;
        counts.push(record.attributes.ApproximateReceiveCount);
        return { batchItemFailures: counts.length < 3 ? [{ itemIdentifier: record.messageId }] : [] };
      },
    });
    queue.send([message('x.txt')]);
    await queue.idle();
    expect(counts).toEqual(['1', '2', '3']);
    expect(readdirSync(dirs().deadLetterDir)).toEqual([]);
  });

  test('parks a message in the dead-letter folder after the last attempt, never drops it', async () => {
    const outcomes: DeliveryOutcome[] = [];
    let calls = 0;
    const queue = new DeliveryQueue({
      ...dirs(),
      maxAttempts: 3,
      backoffMs: () => 1,
      onSettled: (o) => outcomes.push(o),
      handler: async () => {
        calls += 1;
        throw new Error('table is down');
      },
    });
    const sent = message('broken.txt');
    queue.send([sent]);
    await queue.idle();
    expect(calls).toBe(3);
    expect(outcomes).toEqual([
      expect.objectContaining({ status: 'dead-letter', attempts: 3, error: 'table is down' }),
    ]);
    const letters = readdirSync(dirs().deadLetterDir);
    expect(letters).toEqual([`${sent.messageId}.json`]);
    const letter = JSON.parse(readFileSync(path.join(dirs().deadLetterDir, letters[0] as string), 'utf8'));
    expect(letter.message.body).toBe(sent.body);
    expect(readdirSync(dirs().spoolDir)).toEqual([]);
  });

  test('runs at most `concurrency` invocations at a time', async () => {
    let active = 0;
    let peak = 0;
    const queue = new DeliveryQueue({
      ...dirs(),
      concurrency: 2,
      handler: async () => {
        active += 1;
        peak = Math.max(peak, active);
        await new Promise((r) => setImmediate(r));
        active -= 1;
        return undefined;
      },
    });
    queue.send(Array.from({ length: 10 }, (_, i) => message(`${i}.txt`)));
    await queue.idle();
    expect(peak).toBe(2);
  });

  test('close() waits for the invocation in flight; what had not started, or came after, is delivered by the next run', async () => {
    let release: () => void = () => undefined;
    let started = false;
    const handled: string[] = [];
    const first = new DeliveryQueue({
      ...dirs(),
      concurrency: 1,
      handler: async (e) => {
        started = true;
        await new Promise<void>((r) => {
          release = r;
        });
        handled.push(e.Records[0]?.messageId ?? '');
        return undefined;
      },
    });
    const messages = [message('1.txt'), message('2.txt'), message('3.txt')];
    first.send(messages);
    // The first is delivered once its journal file is written.
    while (!started) await new Promise((r) => setTimeout(r, 5));
    const closing = first.close();
    release();
    await closing;
    expect(handled).toEqual([messages[0]?.messageId]);
    const late = message('4.txt');
    first.send([late]);
    expect(handled).toHaveLength(1);

    const second = new DeliveryQueue({
      ...dirs(),
      handler: async (e) => void handled.push(e.Records[0]?.messageId ?? ''),
    });
    expect(second.recover()).toBe(3);
    await second.idle();
    expect(handled.sort()).toEqual([...messages, late].map((m) => m.messageId).sort());
    expect(readdirSync(dirs().spoolDir)).toEqual([]);
  });
});
