import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '../../../cli/local/local-server';
import {
  SmtpAlertPublisher,
  type SmtpDelivery,
  SmtpDeliveryError,
} from '../../../cli/local/smtp-alert-publisher';
import type { Alert } from '../../../lambdas/core/ports';
import { startSmtpSink } from '../../support/smtp-sink';

const alert: Alert = {
  releaseId: 'r1',
  subject: '[SI] Talks',
  body: 'The body.',
  interests: ['country:SI'],
  kind: 'new',
};
const everyone = (emails: string[]) => async () => emails.map((email) => ({ email, filterPolicy: null }));

let outbox: string;
beforeEach(() => {
  outbox = mkdtempSync(path.join(os.tmpdir(), 'communique-outbox-'));
});
afterEach(() => rmSync(outbox, { recursive: true, force: true }));

test('one refused address fails only itself; a repeat mails nobody again; no address in what is told', async () => {
  const sink = await startSmtpSink((a) => (a === 'bad@example.com' ? 'reject' : undefined));
  const told: SmtpDelivery[] = [];
  const publisher = new SmtpAlertPublisher({
    smtpHost: '127.0.0.1',
    smtpPort: sink.port,
    outboxDir: outbox,
    subscriptions: everyone(['kim@example.com', 'bad@example.com', 'lee@example.com']),
    onPublished: (_a, d) => told.push(d),
  });
  try {
    await publisher.publish(alert);
    expect(sink.mails.map((m) => m.to).sort()).toEqual([['kim@example.com'], ['lee@example.com']]);
    expect(told).toEqual([{ sent: 2, alreadySent: 0, rejected: ['b***@example.com'], unreached: 0 }]);
    await publisher.publish(alert);
    expect(sink.mails).toHaveLength(2);
    expect(told[1]).toEqual({ sent: 0, alreadySent: 3, rejected: [], unreached: 0 });
  } finally {
    publisher.close();
    await sink.close();
  }
});

test('a deferred address makes the publish throw (retry), and the retry mails only that address', async () => {
  let deferring = true;
  const sink = await startSmtpSink((a) => (deferring && a === 'slow@example.com' ? 'defer' : undefined));
  const publisher = new SmtpAlertPublisher({
    smtpHost: '127.0.0.1',
    smtpPort: sink.port,
    outboxDir: outbox,
    subscriptions: everyone(['kim@example.com', 'slow@example.com']),
  });
  try {
    const error = await publisher.publish(alert).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SmtpDeliveryError);
    expect(String((error as Error).message)).not.toMatch(/slow|kim|@/);
    expect(sink.mails.map((m) => m.to)).toEqual([['kim@example.com']]);
    deferring = false;
    await publisher.publish(alert);
    expect(sink.mails.map((m) => m.to)).toEqual([['kim@example.com'], ['slow@example.com']]);
  } finally {
    publisher.close();
    await sink.close();
  }
});

test('a server that is not there fails the publish with a cause and no address', async () => {
  const publisher = new SmtpAlertPublisher({
    smtpHost: '127.0.0.1',
    smtpPort: await findFreePort(),
    outboxDir: outbox,
    timeoutMs: 500,
    subscriptions: everyone(['kim@example.com']),
  });
  try {
    await expect(publisher.publish(alert)).rejects.toThrow(/^1 of 1 recipients not reached \(E[A-Z]+\)/);
  } finally {
    publisher.close();
  }
});
