import fc from 'fast-check';
import { alertMessageAttributes, type MessageAttribute } from '../../../lambdas/core/alert';
import {
  FilterPolicyError,
  matchesFilterPolicy,
} from '../../../lambdas/core/subscriptions/matches-filter-policy';
import { resolveSubscription } from '../../../lambdas/core/subscriptions/resolve-subscription';
import { subscriberMatches } from '../../../lambdas/core/subscriptions/subscriber-matches';

const str = (v: string): MessageAttribute => ({ DataType: 'String', StringValue: v });
const arr = (v: unknown[]): MessageAttribute => ({
  DataType: 'String.Array',
  StringValue: JSON.stringify(v),
});
const num = (v: string): MessageAttribute => ({ DataType: 'Number', StringValue: v });

// The example message of the Amazon SNS Developer Guide, "Example filter policies".
const docMessage = {
  customer_interests: arr(['soccer', 'rugby', 'hockey']),
  store: str('example_corp'),
  event: str('order_placed'),
  price_usd: num('210.75'),
};

describe('matchesFilterPolicy: AWS documentation examples', () => {
  test('the documented policy that accepts the example message', () => {
    const policy = {
      store: ['example_corp'],
      event: [{ 'anything-but': 'order_cancelled' }],
      customer_interests: ['rugby', 'football', 'baseball'],
      price_usd: [{ numeric: ['>=', 100] }],
    };
    expect(matchesFilterPolicy(policy, docMessage)).toBe(true);
  });

  test('a key the message lacks rejects it; keys the policy does not name are ignored', () => {
    expect(matchesFilterPolicy({ store: ['example_corp'], encrypted: [false] }, docMessage)).toBe(false);
    expect(matchesFilterPolicy({ store: ['example_corp'] }, docMessage)).toBe(true);
  });

  test('AND across keys: every key must match', () => {
    expect(matchesFilterPolicy({ store: ['example_corp'], event: ['order_cancelled'] }, docMessage)).toBe(
      false,
    );
  });

  test('exact matching: String and String.Array (any element)', () => {
    const policy = { customer_interests: ['rugby', 'tennis'] };
    expect(matchesFilterPolicy(policy, { customer_interests: str('rugby') })).toBe(true);
    expect(matchesFilterPolicy(policy, { customer_interests: str('tennis') })).toBe(true);
    expect(matchesFilterPolicy(policy, { customer_interests: arr(['rugby', 'tennis']) })).toBe(true);
    expect(matchesFilterPolicy(policy, { customer_interests: str('baseball') })).toBe(false);
    expect(matchesFilterPolicy(policy, { customer_interests: arr(['baseball']) })).toBe(false);
  });

  test('exact matching is case-sensitive', () => {
    expect(matchesFilterPolicy({ customer_interests: ['rugby'] }, { customer_interests: str('Rugby') })).toBe(
      false,
    );
    expect(
      matchesFilterPolicy(
        { customer_interests: [{ 'equals-ignore-case': 'rugby' }] },
        { customer_interests: str('RUGBY') },
      ),
    ).toBe(true);
  });

  test('prefix and suffix', () => {
    const prefix = { customer_interests: [{ prefix: 'bas' }] };
    expect(matchesFilterPolicy(prefix, { customer_interests: str('baseball') })).toBe(true);
    expect(matchesFilterPolicy(prefix, { customer_interests: str('basketball') })).toBe(true);
    expect(matchesFilterPolicy(prefix, { customer_interests: str('rugby') })).toBe(false);
    expect(
      matchesFilterPolicy(
        { customer_interests: [{ suffix: 'ball' }] },
        { customer_interests: arr(['rugby', 'baseball']) },
      ),
    ).toBe(true);
  });

  test('anything-but on strings', () => {
    const policy = { customer_interests: [{ 'anything-but': ['rugby', 'tennis'] }] };
    expect(matchesFilterPolicy(policy, { customer_interests: str('baseball') })).toBe(true);
    expect(matchesFilterPolicy(policy, { customer_interests: str('football') })).toBe(true);
    expect(matchesFilterPolicy(policy, { customer_interests: str('rugby') })).toBe(false);
    // Current guide: for String.Array, it matches when none of the elements is listed.
    expect(matchesFilterPolicy(policy, { customer_interests: arr(['baseball', 'football']) })).toBe(true);
    expect(matchesFilterPolicy(policy, { customer_interests: arr(['rugby', 'baseball']) })).toBe(false);
    // anything-but needs the attribute to be there.
    expect(matchesFilterPolicy(policy, { store: str('x') })).toBe(false);
    expect(
      matchesFilterPolicy(
        { event: [{ 'anything-but': { prefix: 'order-' } }] },
        { event: str('order-cancelled') },
      ),
    ).toBe(false);
    expect(
      matchesFilterPolicy({ event: [{ 'anything-but': { prefix: 'order-' } }] }, { event: str('refund') }),
    ).toBe(true);
  });

  test('numeric exact, anything-but and ranges', () => {
    expect(matchesFilterPolicy({ price_usd: [{ numeric: ['=', 301.5] }] }, { price_usd: num('301.5') })).toBe(
      true,
    );
    expect(
      matchesFilterPolicy({ price_usd: [{ numeric: ['=', 301.5] }] }, { price_usd: num('3.015e2') }),
    ).toBe(true);
    const notListed = { price: [{ 'anything-but': [100, 500] }] };
    expect(matchesFilterPolicy(notListed, { price: num('101') })).toBe(true);
    expect(matchesFilterPolicy(notListed, { price: num('100.1') })).toBe(true);
    expect(matchesFilterPolicy(notListed, { price: num('100') })).toBe(false);
    const range = { price_usd: [{ numeric: ['>', 0, '<=', 150] }] };
    expect(matchesFilterPolicy(range, { price_usd: num('150') })).toBe(true);
    expect(matchesFilterPolicy(range, { price_usd: num('0') })).toBe(false);
    expect(matchesFilterPolicy(range, { price_usd: num('150.01') })).toBe(false);
    expect(matchesFilterPolicy({ price_usd: [{ numeric: ['<', 0] }] }, { price_usd: num('-1') })).toBe(true);
  });

  test('a string policy value never matches a Number attribute, nor a number a String', () => {
    expect(matchesFilterPolicy({ price: ['100'] }, { price: num('100') })).toBe(false);
    expect(matchesFilterPolicy({ price: [100] }, { price: str('100') })).toBe(false);
  });

  test('exists (key matching)', () => {
    const withStore = { store: str('fans'), customer_interests: arr(['baseball', 'basketball']) };
    const withoutStore = { customer_interests: arr(['baseball', 'basketball']) };
    expect(matchesFilterPolicy({ store: [{ exists: true }] }, withStore)).toBe(true);
    expect(matchesFilterPolicy({ store: [{ exists: true }] }, withoutStore)).toBe(false);
    expect(matchesFilterPolicy({ store: [{ exists: false }] }, withStore)).toBe(false);
    expect(matchesFilterPolicy({ store: [{ exists: false }] }, withoutStore)).toBe(true);
    // "exists": false only matches if at least one attribute is present.
    expect(matchesFilterPolicy({ store: [{ exists: false }] }, {})).toBe(false);
  });

  test('$or between sub-policies, AND with the other keys', () => {
    const policy = {
      source: ['aws.cloudwatch'],
      $or: [{ metricName: ['CPUUtilization'] }, { namespace: ['AWS/EC2'] }],
    };
    expect(
      matchesFilterPolicy(policy, { source: str('aws.cloudwatch'), metricName: str('CPUUtilization') }),
    ).toBe(true);
    expect(matchesFilterPolicy(policy, { source: str('aws.cloudwatch'), namespace: str('AWS/EC2') })).toBe(
      true,
    );
    expect(matchesFilterPolicy(policy, { source: str('aws.cloudwatch'), namespace: str('AWS/S3') })).toBe(
      false,
    );
    expect(matchesFilterPolicy(policy, { source: str('aws.ec2'), namespace: str('AWS/EC2') })).toBe(false);
  });

  test('an unreadable String.Array matches nothing; unknown operators are reported, not guessed', () => {
    expect(matchesFilterPolicy({ a: ['x'] }, { a: { DataType: 'String.Array', StringValue: '[x' } })).toBe(
      false,
    );
    expect(() => matchesFilterPolicy({ a: [{ wildcard: 'x*' }] }, { a: str('xy') })).toThrow(
      FilterPolicyError,
    );
    expect(() => matchesFilterPolicy({ a: 'x' }, { a: str('x') })).toThrow(FilterPolicyError);
  });
});

describe('communique policies against communique alerts', () => {
  const subscription = resolveSubscription({
    email: 'k@example.com',
    countries: ['Slovenia'],
    officials: ['Vladimir Putin'],
  });

  test.each([
    [['country:SI'], true],
    [['country:KZ', 'official:kasim-jomart-tokaev'], false],
    [['official:vladimir-putin'], true],
    [['official:putin'], true], // a release that knows only the surname
    [['official:ekaterina-putin'], false], // another person of that surname, named in full
    [['country:si'], false], // case-proof because both sides normalise, not because matching ignores case
    [[], false],
  ])('%j -> %s', (interests, expected) => {
    expect(subscriberMatches(subscription, { interests })).toBe(expected);
  });

  test('property: matches exactly when the alert shares an interest with the policy', () => {
    const interest = fc.constantFrom(
      'country:SI',
      'country:KZ',
      'country:US',
      'official:vladimir-putin',
      'official:putin',
      'official:x',
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(interest, { minLength: 1 }),
        fc.uniqueArray(interest),
        (policyValues, alertValues) => {
          const expected = alertValues.some((v) => policyValues.includes(v));
          expect(
            matchesFilterPolicy(
              { interests: policyValues },
              alertMessageAttributes({ interests: alertValues }),
            ),
          ).toBe(expected);
        },
      ),
    );
  });
});
