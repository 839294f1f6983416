import type { SQSEvent } from 'aws-lambda';
import { MemoryReleaseStore } from '../../lambdas/adapters/memory/memory-release-store';
import { MemorySubscriberStore } from '../../lambdas/adapters/memory/memory-subscriber-store';
import { SesMailer } from '../../lambdas/adapters/ses-mailer';
import { alertAttributes } from '../../lambdas/core/delivery/alert-attributes';
import { MailThrottledError } from '../../lambdas/core/delivery/ports';
import type { OutgoingMail } from '../../lambdas/core/delivery/render-mail';
import type { Alert } from '../../lambdas/core/ports';
import { createNotifierHandler } from '../../lambdas/notifier/create-notifier-handler';
import { DIGEST_INPUT } from '../../lambdas/notifier/env';
import { subscriber } from '../core/delivery/delivery-fixtures';

const alert: Alert = {
  releaseId: 'r1',
  subject: '[SI] Talks',
  body: 'Body.',
  interests: ['country:SI'],
  kind: 'new',
};
const record = (messageId: string, a: Alert = alert) => ({
  messageId,
  body: a.body,
  messageAttributes: Object.fromEntries(
    Object.entries(alertAttributes(a)).map(([k, v]) => [
      k,
      { dataType: v.DataType, stringValue: v.StringValue },
    ]),
  ),
});
const sqs = (...records: ReturnType<typeof record>[]) => ({ Records: records }) as unknown as SQSEvent;

function world(send: (m: OutgoingMail) => Promise<void> = async () => undefined) {
  const store = new MemorySubscriberStore();
  const sent: OutgoingMail[] = [];
  const logged: unknown[] = [];
  const clock = { at: Date.parse('2026-03-02T09:00:00Z') };
  const log = (message: string, fields?: Record<string, unknown>) => void logged.push({ message, ...fields });
  const handler = createNotifierHandler({
    store,
    archive: new MemoryReleaseStore(),
    mailer: {
      send: async (m) => {
        await send(m);
        sent.push(m);
      },
    },
    links: (s) => ({
      unsubscribeUrl: `https://w.example/unsubscribe?token=${s.id}`,
      manageUrl: 'https://w.example/manage?token=m',
    }),
    clock: { now: () => new Date(clock.at) },
    logger: { debug: log, info: log, warn: log, error: log },
    indexTtlMs: 0,
  });
  return { store, sent, logged, handler, clock };
}

describe('notifier handler', () => {
  it('mails each matching subscriber once, however often the message is delivered', async () => {
    const w = world();
    await w.store.putSubscriber(subscriber('a@example.com'));
    await w.store.putSubscriber(subscriber('b@example.com', { status: 'unsubscribed' }));
    expect(await w.handler(sqs(record('m1'), record('m2')))).toEqual({ batchItemFailures: [] });
    expect(await w.handler(sqs(record('m3')))).toEqual({ batchItemFailures: [] });
    expect(w.sent.map((m) => [m.to, m.subscriberId, m.headers['List-Unsubscribe-Post']])).toEqual([
      ['a@example.com', subscriber('a@example.com').id, 'List-Unsubscribe=One-Click'],
    ]);
    expect(JSON.stringify(w.logged)).not.toContain('a@example.com');
  });

  it('reports a failed message by id, and drops what is not an alert', async () => {
    const w = world(async () => {
      throw new Error('down');
    });
    await w.store.putSubscriber(subscriber('a@example.com'));
    const junk = { messageId: 'j', body: 'x', messageAttributes: {} };
    expect(await w.handler(sqs(record('m1'), junk as ReturnType<typeof record>))).toEqual({
      batchItemFailures: [{ itemIdentifier: 'm1' }],
    });
    expect(JSON.stringify(w.logged)).not.toContain('a@example.com');
  });

  it('runs digests on the schedule input, and suspends on a hard bounce or a complaint', async () => {
    const w = world();
    const daily = subscriber('d@example.com', {
      cadence: 'daily',
      hour: 8,
      createdAt: '2026-03-01T00:00:00Z',
    });
    await w.store.putSubscriber(daily);
    await w.handler(sqs(record('m1')));
    expect(w.sent).toEqual([]);
    await w.handler(DIGEST_INPUT);
    expect(w.sent).toEqual([]);
    // The next day at 08:00 UTC.
    w.clock.at = Date.parse('2026-03-03T08:00:00Z');
    await w.handler(DIGEST_INPUT);
    expect(w.sent.map((m) => m.subject)).toEqual(['communique daily digest: 1 release']);
    await w.handler(DIGEST_INPUT);
    expect(w.sent).toHaveLength(1);

    const ses = (eventType: string, extra: object) => ({
      source: 'aws.ses',
      'detail-type': `Email ${eventType}`,
      detail: { eventType, mail: { tags: { subscriber: [daily.id] } }, ...extra },
    });
    await w.handler(ses('Bounce', { bounce: { bounceType: 'Transient' } }));
    expect((await w.store.getSubscriber(daily.id))?.status).toBe('active');
    await w.handler(ses('Bounce', { bounce: { bounceType: 'Permanent' } }));
    expect((await w.store.getSubscriber(daily.id))?.status).toBe('suspended');
    const other = subscriber('c@example.com');
    await w.store.putSubscriber(other);
    await w.handler({
      ...ses('Complaint', {}),
      detail: { eventType: 'Complaint', mail: { tags: { subscriber: [other.id] } } },
    });
    expect((await w.store.getSubscriber(other.id))?.status).toBe('suspended');
    await w.handler({ source: 'aws.ses', detail: { eventType: 'Delivery' } });
    await w.handler({ source: 'elsewhere' });
  });
});

describe('SesMailer', () => {
  const mail: OutgoingMail = {
    to: 'a@example.com',
    subject: 'S',
    text: 'T',
    html: '<p>H</p>',
    headers: {
      'List-Unsubscribe': '<https://w.example/u?token=t>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
    subscriberId: 'sub1',
  };

  it('sends the exact SES v2 request, paced to the rate, retrying throttling', async () => {
    const calls: unknown[] = [];
    const slept: number[] = [];
    let throttle = 1;
    const ses = {
      send: async (command: { input: unknown }) => {
        calls.push(command.input);
        if (throttle-- > 0) throw Object.assign(new Error('slow down'), { name: 'TooManyRequestsException' });
        return {};
      },
    };
    let now = 0;
    const mailer = new SesMailer(ses as never, {
      from: 'alerts@example.org',
      configurationSetName: 'cs',
      maxPerSecond: 10,
      sleep: async (ms) => {
        slept.push(ms);
        now += ms;
      },
      nowMs: () => now,
    });
    await mailer.send(mail);
    await mailer.send(mail);
    expect(calls[0]).toEqual({
      FromEmailAddress: 'alerts@example.org',
      Destination: { ToAddresses: ['a@example.com'] },
      ConfigurationSetName: 'cs',
      EmailTags: [{ Name: 'subscriber', Value: 'sub1' }],
      Content: {
        Simple: {
          Subject: { Data: 'S', Charset: 'UTF-8' },
          Body: { Text: { Data: 'T', Charset: 'UTF-8' }, Html: { Data: '<p>H</p>', Charset: 'UTF-8' } },
          Headers: [
            { Name: 'List-Unsubscribe', Value: '<https://w.example/u?token=t>' },
            { Name: 'List-Unsubscribe-Post', Value: 'List-Unsubscribe=One-Click' },
          ],
        },
      },
    });
    expect(calls).toHaveLength(3);
    // 200 ms backoff after the throttle, and 100 ms between sends at 10 per second.
    expect(slept).toEqual([200, 100]);
  });

  it('given a factory, builds its client at the first send, once', async () => {
    const built: unknown[] = [];
    const sent: unknown[] = [];
    const mailer = new SesMailer(
      () => {
        const client = { send: async (command: { input: unknown }) => void sent.push(command.input) };
        built.push(client);
        return client as never;
      },
      { from: 'a@example.org', configurationSetName: 'cs', maxPerSecond: 1000, sleep: async () => undefined },
    );
    expect(built).toHaveLength(0);
    await mailer.send(mail);
    await mailer.send(mail);
    expect(built).toHaveLength(1);
    expect(sent).toHaveLength(2);
  });

  it('gives up as throttled, and names no address on other errors', async () => {
    const throttled = new SesMailer(
      {
        send: async () => Promise.reject(Object.assign(new Error(), { name: 'ThrottlingException' })),
      } as never,
      {
        from: 'a@example.org',
        configurationSetName: 'cs',
        maxPerSecond: 1000,
        retries: 1,
        sleep: async () => undefined,
      },
    );
    await expect(throttled.send(mail)).rejects.toBeInstanceOf(MailThrottledError);
    const failing = new SesMailer(
      {
        send: async () =>
          Promise.reject(Object.assign(new Error('to a@example.com'), { name: 'MessageRejected' })),
      } as never,
      {
        from: 'a@example.org',
        configurationSetName: 'cs',
        maxPerSecond: 1000,
      },
    );
    await expect(failing.send({ ...mail, subscriberId: undefined } as OutgoingMail)).rejects.toThrow(
      'SES SendEmail failed: MessageRejected',
    );
  });
});
