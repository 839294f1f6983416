import type { SendEmailCommandInput } from '@aws-sdk/client-sesv2';
import type { SendMessageCommandInput } from '@aws-sdk/client-sqs';
import type { SQSEvent } from 'aws-lambda';
import { MemoryReleaseStore } from '../../lambdas/adapters/memory/memory-release-store';
import { MemorySubscriberStore } from '../../lambdas/adapters/memory/memory-subscriber-store';
import { SesMailer } from '../../lambdas/adapters/ses-mailer';
import { SqsConfirmationQueue } from '../../lambdas/adapters/sqs-confirmation-queue';
import { alertAttributes } from '../../lambdas/core/delivery/alert-attributes';
import { parseConfirmationRequest } from '../../lambdas/core/delivery/confirmation-request';
import { sendConfirmation } from '../../lambdas/core/delivery/send-confirmation';
import {
  MAX_CONFIRMATIONS_PER_DAY,
  SubscriberAccounts,
} from '../../lambdas/core/delivery/subscriber-accounts';
import { subscriberIdFor } from '../../lambdas/core/delivery/subscriber-id';
import { SubscriberTokens } from '../../lambdas/core/delivery/subscriber-tokens';
import { createNotifierHandler } from '../../lambdas/notifier/create-notifier-handler';

// A sign-up on AWS: the web function's accounts send a confirmation request to the notifier's queue (SQS
// SendMessage, mocked), the notifier's handler takes the record from that queue and mails through SES (mocked).

const QUEUE_URL = 'https://sqs.eu-west-1.amazonaws.com/123456789012/confirmations';
const QUEUE_ARN = 'arn:aws:sqs:eu-west-1:123456789012:confirmations';
const ALERTS_ARN = 'arn:aws:sqs:eu-west-1:123456789012:alerts';
const EMAIL = 'Kim.Lee@Example.com';
const form = { countries: ['Slovenia'], officials: [], cadence: 'immediate', tz: 'UTC' };

function world(options: { failSends?: number } = {}) {
  let now = Date.parse('2026-03-01T10:00:00Z');
  const clock = { now: () => new Date(now) };
  const store = new MemorySubscriberStore();
  const tokens = new SubscriberTokens(Buffer.alloc(32, 9));
  const queued: SendMessageCommandInput[] = [];
  const sqs = {
    send: async (command: { input: SendMessageCommandInput }) => void queued.push(command.input),
  };
  const accounts = new SubscriberAccounts({
    store,
    tokens,
    clock,
    baseUrl: () => 'https://web.example',
    confirmations: new SqsConfirmationQueue(sqs as never, QUEUE_URL),
    knownOfficials: async () => [],
  });
  const mailed: SendEmailCommandInput[] = [];
  let failures = options.failSends ?? 0;
  const ses = {
    send: async (command: { input: SendEmailCommandInput }) => {
      if (failures > 0) {
        failures -= 1;
        throw Object.assign(new Error('no'), { name: 'MessageRejected' });
      }
      mailed.push(command.input);
    },
  };
  const mailer = new SesMailer(ses as never, {
    from: 'alerts@example.org',
    configurationSetName: 'communique-set',
    maxPerSecond: 1000,
    sleep: async () => undefined,
  });
  const logged: unknown[] = [];
  const log = (message: string, fields?: Record<string, unknown>) => void logged.push({ message, ...fields });
  const handler = createNotifierHandler({
    store,
    archive: new MemoryReleaseStore(),
    mailer,
    links: () => ({ unsubscribeUrl: 'https://web.example/u', manageUrl: 'https://web.example/m' }),
    clock,
    logger: { debug: log, info: log, warn: log, error: log },
    confirmations: {
      queueArn: QUEUE_ARN,
      // The notifier's own base URL (its WEB_URL), not the web request's.
      confirm: (request) =>
        sendConfirmation(
          { store, mailer, clock, tokens, baseUrl: () => 'https://notifier-web.example' },
          request,
        ),
    },
  });
  let n = 0;
  const deliver = (input: SendMessageCommandInput, arn = QUEUE_ARN) =>
    handler({
      Records: [
        { messageId: `m${++n}`, body: input.MessageBody, messageAttributes: {}, eventSourceARN: arn },
      ],
    } as unknown as SQSEvent);
  return {
    store,
    accounts,
    queued,
    mailed,
    logged,
    handler,
    deliver,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

const confirmUrl = (mail: SendEmailCommandInput | undefined) =>
  (mail?.Content?.Simple?.Body?.Text?.Data ?? '').match(/https:\/\/\S+\/confirm\?token=\S+/)?.[0] ?? '';

describe('the confirmation mail goes through the notifier', () => {
  it('the web sends ids only; the notifier mails the link from the table, through SES', async () => {
    const w = world();
    expect(await w.accounts.signUp(EMAIL, form)).toEqual({ ok: true, value: undefined });
    const id = subscriberIdFor(EMAIL);
    expect(w.queued).toEqual([
      {
        QueueUrl: QUEUE_URL,
        MessageBody: `{"kind":"communique:confirm","subscriberId":"${id}","generation":0}`,
      },
    ]);
    expect(JSON.stringify(w.queued)).not.toMatch(/kim|example\.com|token/i);
    expect(w.mailed).toEqual([]);

    expect(await w.deliver(w.queued[0] as SendMessageCommandInput)).toEqual({ batchItemFailures: [] });
    expect(w.mailed).toHaveLength(1);
    const url = confirmUrl(w.mailed[0]);
    expect(url.startsWith('https://notifier-web.example/confirm?token=')).toBe(true);
    expect(w.mailed[0]).toEqual({
      FromEmailAddress: 'alerts@example.org',
      Destination: { ToAddresses: [EMAIL] },
      ConfigurationSetName: 'communique-set',
      Content: {
        Simple: {
          Subject: { Data: 'Confirm your communique subscription', Charset: 'UTF-8' },
          Body: {
            Text: { Data: expect.stringContaining(`alerts on: Slovenia.`), Charset: 'UTF-8' },
            Html: { Data: expect.stringContaining('Confirm the subscription'), Charset: 'UTF-8' },
          },
          Headers: [],
        },
      },
    });
    // The link the notifier made is one the web accepts: same key, the sign-up's generation.
    expect(await w.accounts.confirm(new URL(url).searchParams.get('token') ?? '')).toBe(true);
    expect((await w.store.getSubscriber(id))?.status).toBe('active');
    expect(JSON.stringify(w.logged)).not.toMatch(/kim/i);
  });

  it('a redelivered request mails once; a request made stale by a later sign-up mails nothing', async () => {
    const w = world();
    await w.accounts.signUp(EMAIL, form);
    await w.deliver(w.queued[0] as SendMessageCommandInput);
    await w.deliver(w.queued[0] as SendMessageCommandInput);
    expect(w.mailed).toHaveLength(1);
    await w.accounts.signUp(EMAIL, form);
    await w.accounts.signUp(EMAIL, form);
    expect(w.queued.map((q) => parseConfirmationRequest(q.MessageBody ?? '')?.generation)).toEqual([0, 1, 2]);
    await w.deliver(w.queued[1] as SendMessageCommandInput);
    expect(w.mailed).toHaveLength(1);
    await w.deliver(w.queued[2] as SendMessageCommandInput);
    expect(w.mailed).toHaveLength(2);
    expect(w.logged).toContainEqual(expect.objectContaining({ message: 'confirmation', outcome: 'stale' }));
    expect(w.logged).toContainEqual(
      expect.objectContaining({ message: 'confirmation', outcome: 'duplicate' }),
    );
  });

  it(`asks for at most ${MAX_CONFIRMATIONS_PER_DAY} confirmation mails per address and day`, async () => {
    const w = world();
    for (let i = 0; i < MAX_CONFIRMATIONS_PER_DAY + 2; i++) await w.accounts.signUp(EMAIL, form);
    expect(w.queued).toHaveLength(MAX_CONFIRMATIONS_PER_DAY);
    w.advance(24 * 60 * 60 * 1000 + 1);
    await w.accounts.signUp(EMAIL, form);
    expect(w.queued).toHaveLength(MAX_CONFIRMATIONS_PER_DAY + 1);
  });

  it('a failed send is reported by message id, and its retry sends', async () => {
    const w = world({ failSends: 1 });
    await w.accounts.signUp(EMAIL, form);
    const request = w.queued[0] as SendMessageCommandInput;
    expect(await w.deliver(request)).toEqual({ batchItemFailures: [{ itemIdentifier: 'm1' }] });
    expect(w.mailed).toHaveLength(0);
    expect(await w.deliver(request)).toEqual({ batchItemFailures: [] });
    expect(w.mailed).toHaveLength(1);
  });

  it('the confirmation queue carries confirmation requests only, the alerts queue alerts only', async () => {
    const w = world();
    await w.accounts.signUp(EMAIL, form);
    const active = { ...(await w.store.getSubscriber(subscriberIdFor(EMAIL))), status: 'active' } as never;
    await w.store.putSubscriber(active);
    const alert = {
      releaseId: 'r1',
      subject: '[SI] Talks',
      body: 'Body.',
      interests: ['country:SI'],
      kind: 'new' as const,
    };
    const attributes = Object.fromEntries(
      Object.entries(alertAttributes(alert)).map(([k, v]) => [
        k,
        { dataType: v.DataType, stringValue: v.StringValue },
      ]),
    );
    // An alert written to the confirmation queue mails no one.
    await w.handler({
      Records: [
        { messageId: 'a1', body: alert.body, messageAttributes: attributes, eventSourceARN: QUEUE_ARN },
      ],
    } as unknown as SQSEvent);
    expect(w.mailed).toEqual([]);
    expect(w.logged).toContainEqual(
      expect.objectContaining({ message: 'not a confirmation request: dropped' }),
    );
    // A confirmation request on the alerts queue is not one.
    await w.deliver(w.queued[0] as SendMessageCommandInput, ALERTS_ARN);
    expect(w.mailed).toEqual([]);
    expect(w.logged).toContainEqual(expect.objectContaining({ message: 'not an alert: dropped' }));
  });
});

describe('confirmation request bodies', () => {
  it('reads only well-formed requests', () => {
    expect(
      parseConfirmationRequest('{"kind":"communique:confirm","subscriberId":"ab12","generation":3}'),
    ).toEqual({ kind: 'communique:confirm', subscriberId: 'ab12', generation: 3 });
    for (const body of [
      'nope',
      'null',
      '{"kind":"communique:reindex","subscriberId":"ab12","generation":3}',
      '{"kind":"communique:confirm","subscriberId":"a b","generation":3}',
      '{"kind":"communique:confirm","subscriberId":"ab12","generation":-1}',
      '{"kind":"communique:confirm","subscriberId":"ab12","generation":"3"}',
      '{"kind":"communique:confirm","generation":3}',
    ])
      expect(parseConfirmationRequest(body)).toBeNull();
  });
});
