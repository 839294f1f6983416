import { SmtpMailer } from '../../../cli/local/smtp-mailer';
import type { OutgoingMail } from '../../../lambdas/core/delivery/render-mail';
import { type ProxyMode, startFaultProxy } from '../../support/fault-proxy';
import { startSmtpSink } from '../../support/smtp-sink';

const mail = (i: number): OutgoingMail => ({
  to: `reader${i}@example.org`,
  subject: `Alert ${i}`,
  text: 'Text part.',
  html: '<p>HTML part.</p>',
  headers: { 'List-Unsubscribe': '<https://x.example/unsubscribe?token=t>' },
});

// More sends than connections in every phase: a pool that lost a slot to a failed connect would hang here.
describe.each<ProxyMode>(['refuse', 'reset', 'silent'])('SmtpMailer through a server that is %s', (fault) => {
  test('fails every send without an address in the error, then sends once the server is back', async () => {
    const sink = await startSmtpSink();
    const proxy = await startFaultProxy(sink.port);
    const mailer = new SmtpMailer({
      host: '127.0.0.1',
      port: proxy.port,
      from: 'alerts@communique.local',
      displayName: 'communique',
      timeoutMs: 300,
      maxConnections: 2,
    });
    try {
      await proxy.set(fault);
      const failed = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => mailer.send(mail(i))));
      expect(failed.map((r) => r.status)).toEqual(Array(6).fill('rejected'));
      for (const r of failed) {
        const message = ((r as PromiseRejectedResult).reason as Error).message;
        expect(message).toMatch(/^SMTP send failed \(/);
        expect(message).not.toContain('@');
      }
      expect(sink.mails).toEqual([]);

      await proxy.set('pass');
      await Promise.all(Array.from({ length: 6 }, (_, i) => mailer.send(mail(10 + i))));
      expect(sink.mails.map((m) => m.to[0]).sort()).toEqual(
        Array.from({ length: 6 }, (_, i) => `reader${10 + i}@example.org`).sort(),
      );
    } finally {
      mailer.close();
      await proxy.close();
      await sink.close();
    }
  });
});
