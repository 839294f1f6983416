import { SnsSubscriptionRegistry } from '../../lambdas/adapters/sns-subscription-registry';
import {
  resolveSubscription,
  SubscriptionError,
} from '../../lambdas/core/subscriptions/resolve-subscription';
import { fakeSns } from '../support/fake-sns';

const TOPIC = 'arn:aws:sns:eu-central-1:123456789012:communique-alerts';
const arn = (n: number) => `${TOPIC}:0000000${n}-aaaa-bbbb-cccc-dddddddddddd`;
const policy = (interests: string[]) => JSON.stringify({ interests });

/** A topic with these subscriptions, listed over pages of two as SNS pages them (by 100). */
function topic(subscriptions: { email: string; arn: string; policy?: string; protocol?: string }[]) {
  return fakeSns((call) => {
    if (call.command === 'ListSubscriptionsByTopicCommand') {
      const start = Number(call.input.NextToken ?? 0);
      const page = subscriptions.slice(start, start + 2);
      return {
        Subscriptions: page.map((s) => ({
          SubscriptionArn: s.arn,
          Endpoint: s.email,
          Protocol: s.protocol ?? 'email',
          TopicArn: TOPIC,
        })),
        NextToken: start + 2 < subscriptions.length ? String(start + 2) : undefined,
      };
    }
    if (call.command === 'GetSubscriptionAttributesCommand') {
      const s = subscriptions.find((x) => x.arn === call.input.SubscriptionArn);
      return {
        Attributes: { PendingConfirmation: 'false', ...(s?.policy ? { FilterPolicy: s.policy } : {}) },
      };
    }
    if (call.command === 'SubscribeCommand') return { SubscriptionArn: arn(9) };
    return {};
  });
}

describe('SnsSubscriptionRegistry', () => {
  test('add subscribes the address with its filter policy on message attributes', async () => {
    const sns = topic([]);
    const resolved = resolveSubscription({
      email: 'kim@example.com',
      countries: ['SI'],
      officials: ['Vladimir Putin'],
    });
    const stored = await new SnsSubscriptionRegistry(sns.client, TOPIC).add(resolved);
    expect(sns.calls.at(-1)).toEqual({
      command: 'SubscribeCommand',
      input: {
        TopicArn: TOPIC,
        Protocol: 'email',
        Endpoint: 'kim@example.com',
        Attributes: {
          FilterPolicy: '{"interests":["country:SI","official:vladimir-putin","official:putin"]}',
          FilterPolicyScope: 'MessageAttributes',
        },
        ReturnSubscriptionArn: true,
      },
    });
    expect(stored).toMatchObject({ id: arn(9), status: 'pending', interests: resolved.interests });
  });

  test('list pages through the topic, reads each policy, and shows pending confirmations', async () => {
    const sns = topic([
      { email: 'a@example.com', arn: arn(1), policy: policy(['country:SI']) },
      { email: 'b@example.com', arn: 'PendingConfirmation' },
      { email: 'https://hook.example.com', arn: arn(3), protocol: 'https' },
      { email: 'c@example.com', arn: arn(4), policy: policy(['official:putin']) },
    ]);
    const list = await new SnsSubscriptionRegistry(sns.client, TOPIC).list();
    expect(list).toEqual([
      {
        id: arn(1),
        email: 'a@example.com',
        interests: ['country:SI'],
        filterPolicy: { interests: ['country:SI'] },
        status: 'confirmed',
      },
      {
        id: 'PendingConfirmation',
        email: 'b@example.com',
        interests: [],
        filterPolicy: null,
        status: 'pending',
      },
      {
        id: arn(4),
        email: 'c@example.com',
        interests: ['official:putin'],
        filterPolicy: { interests: ['official:putin'] },
        status: 'confirmed',
      },
    ]);
    expect(
      sns.calls.filter((c) => c.command === 'ListSubscriptionsByTopicCommand').map((c) => c.input),
    ).toEqual([
      { TopicArn: TOPIC, NextToken: undefined },
      { TopicArn: TOPIC, NextToken: '2' },
    ]);
    expect(
      sns.calls.filter((c) => c.command === 'GetSubscriptionAttributesCommand').map((c) => c.input),
    ).toEqual([{ SubscriptionArn: arn(1) }, { SubscriptionArn: arn(4) }]);
  });

  test('subscribing a confirmed address again replaces its filter policy', async () => {
    const sns = topic([{ email: 'Kim@Example.com', arn: arn(1), policy: policy(['country:SI']) }]);
    await new SnsSubscriptionRegistry(sns.client, TOPIC).add(
      resolveSubscription({ email: 'kim@example.com', countries: ['JP'] }),
    );
    expect(sns.calls.at(-1)).toEqual({
      command: 'SetSubscriptionAttributesCommand',
      input: {
        SubscriptionArn: arn(1),
        AttributeName: 'FilterPolicy',
        AttributeValue: '{"interests":["country:JP"]}',
      },
    });
    expect(sns.calls.some((c) => c.command === 'SubscribeCommand')).toBe(false);
  });

  test('refuses the 201st filtered subscription with what to do', async () => {
    const full = Array.from({ length: 200 }, (_, i) => ({
      email: `u${i}@example.com`,
      arn: arn(i),
      policy: policy(['country:SI']),
    }));
    const sns = topic(full);
    const adding = new SnsSubscriptionRegistry(sns.client, TOPIC).add(
      resolveSubscription({ email: 'new@example.com', countries: ['SI'] }),
    );
    await expect(adding).rejects.toThrow(SubscriptionError);
    await expect(adding).rejects.toThrow(/200 filtered subscriptions .* Service Quotas/);
    expect(sns.calls.some((c) => c.command === 'SubscribeCommand')).toBe(false);
  });

  test('remove by ARN, or by address (confirmed subscriptions only)', async () => {
    const sns = topic([
      { email: 'kim@example.com', arn: arn(1), policy: policy(['country:SI']) },
      { email: 'other@example.com', arn: arn(2), policy: policy(['country:SI']) },
    ]);
    const registry = new SnsSubscriptionRegistry(sns.client, TOPIC);
    expect(await registry.remove('KIM@example.com')).toBe(1);
    expect(await registry.remove(arn(2))).toBe(1);
    expect(sns.calls.filter((c) => c.command === 'UnsubscribeCommand').map((c) => c.input)).toEqual([
      { SubscriptionArn: arn(1) },
      { SubscriptionArn: arn(2) },
    ]);
    expect(await registry.remove('nobody@example.com')).toBe(0);
  });

  test('a pending subscription cannot be removed by address, and says why', async () => {
    const sns = topic([{ email: 'kim@example.com', arn: 'PendingConfirmation' }]);
    await expect(new SnsSubscriptionRegistry(sns.client, TOPIC).remove('kim@example.com')).rejects.toThrow(
      /awaiting confirmation/,
    );
  });
});
