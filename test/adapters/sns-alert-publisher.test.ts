import { SnsAlertPublisher } from '../../lambdas/adapters/sns-alert-publisher';
import { buildAlert } from '../../lambdas/core/alert';
import { matchesFilterPolicy } from '../../lambdas/core/subscriptions/matches-filter-policy';
import { resolveSubscription } from '../../lambdas/core/subscriptions/resolve-subscription';
import { fakeSns } from '../support/fake-sns';

const TOPIC = 'arn:aws:sns:eu-central-1:123456789012:communique-alerts';

const alert = buildAlert({
  releaseId: 'r-1',
  kind: 'new',
  release: {
    format: 'text',
    date: '2025-11-29',
    title: 'Ambassador of Kazakhstan meets Speaker of Slovenian Parliament',
    source: 'gov.kz',
    url: null,
    body: [],
    summary: 'A meeting.',
    countries: [
      { code: 'KZ', name: 'Kazakhstan', mentions: [] },
      { code: 'SI', name: 'Slovenia', mentions: [] },
    ],
    officials: [
      { id: 'kasim-jomart-tokaev', name: 'Kassym-Jomart Tokayev', variants: [], roles: [], country: 'KZ' },
    ],
  },
  location: { bucket: 'b', key: 'k.txt' },
});

test('one Publish with subject, body and the interests String.Array attribute', async () => {
  const sns = fakeSns(() => ({ MessageId: 'm-1' }));
  await new SnsAlertPublisher(sns.client, TOPIC).publish(alert);
  expect(sns.calls).toEqual([
    {
      command: 'PublishCommand',
      input: {
        TopicArn: TOPIC,
        Subject: '[KZ, SI] Ambassador of Kazakhstan meets Speaker of Slovenian Parliament',
        Message: alert.body,
        MessageAttributes: {
          interests: {
            DataType: 'String.Array',
            StringValue:
              '["country:KZ","country:SI","official:kasim-jomart-tokaev","surname:tokaev","pair:KZ-SI"]',
          },
          releaseId: { DataType: 'String', StringValue: 'r-1' },
          kind: { DataType: 'String', StringValue: 'new' },
          subject: {
            DataType: 'String',
            StringValue: '[KZ, SI] Ambassador of Kazakhstan meets Speaker of Slovenian Parliament',
          },
        },
      },
    },
  ]);
  expect(sns.calls[0]?.input).not.toHaveProperty('MessageStructure');
});

test('the published attributes match the policy of a subscriber to one of its interests', async () => {
  const sns = fakeSns();
  await new SnsAlertPublisher(sns.client, TOPIC).publish(alert);
  const attributes = sns.calls[0]?.input.MessageAttributes as Parameters<typeof matchesFilterPolicy>[1];
  const slovenia = resolveSubscription({ email: 'k@example.com', countries: ['Slovenia'] });
  const japan = resolveSubscription({ email: 'k@example.com', countries: ['Japan'] });
  expect(matchesFilterPolicy(slovenia.filterPolicy, attributes)).toBe(true);
  expect(matchesFilterPolicy(japan.filterPolicy, attributes)).toBe(false);
});

test('a failing Publish rejects, so the caller can retry', async () => {
  const sns = fakeSns(() => {
    throw new Error('Throttling');
  });
  await expect(new SnsAlertPublisher(sns.client, TOPIC).publish(alert)).rejects.toThrow('Throttling');
});
