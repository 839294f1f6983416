import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { DEFAULT_MAX_OBJECT_BYTES } from '../../lambdas/core/limits';
import {
  MAX_FILTER_POLICIES_PER_TOPIC,
  MAX_POLICY_VALUES,
  policyTooLargeMessage,
} from '../../lambdas/core/subscriptions/limits';
import { resolveSubscription } from '../../lambdas/core/subscriptions/resolve-subscription';
import { ConfigError, readConfig } from '../../lib/config';

const read = (context: Record<string, unknown>) => readConfig((key) => context[key]);
const failure = (context: Record<string, unknown>): string => {
  try {
    read(context);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('readConfig', () => {
  test('defaults when no key is set', () => {
    expect(read({})).toEqual({
      removalPolicy: 'retain',
      maxObjectBytes: DEFAULT_MAX_OBJECT_BYTES,
      logRetentionDays: RetentionDays.ONE_MONTH,
      opsEmail: undefined,
      subscriptions: [],
      alertsDisplayName: 'communique',
      webAuth: 'NONE',
      senderEmail: undefined,
      sesMaxPerSecond: 1,
    });
  });

  test('senderEmail and sesMaxPerSecond (issue 13)', () => {
    expect(read({ senderEmail: 'alerts@example.org', sesMaxPerSecond: '14' })).toMatchObject({
      senderEmail: 'alerts@example.org',
      sesMaxPerSecond: 14,
    });
    expect(read({ senderEmail: '' }).senderEmail).toBeUndefined();
    expect(failure({ senderEmail: 'not an address' })).toMatch(/senderEmail.*not a usable sender address/);
    expect(failure({ senderEmail: 7 })).toMatch(/senderEmail/);
    expect(failure({ sesMaxPerSecond: 0 })).toMatch(/sesMaxPerSecond.*1 to 1000/);
  });

  test('webAuth: NONE (a public archive) or AWS_IAM, nothing else', () => {
    expect(read({ webAuth: 'AWS_IAM' }).webAuth).toBe('AWS_IAM');
    expect(failure({ webAuth: 'iam' })).toMatch(/webAuth.*"NONE" or "AWS_IAM"/);
  });

  test('reads every key, accepting the strings that `-c key=value` gives', () => {
    const config = read({
      removalPolicy: 'destroy',
      maxObjectBytes: '1048576',
      logRetentionDays: '14',
      opsEmail: 'ops@example.org',
      subscriptions: JSON.stringify([{ email: 'a@example.org', countries: ['SI'] }]),
      alertsDisplayName: 'Press alerts',
    });
    expect(config).toMatchObject({
      removalPolicy: 'destroy',
      maxObjectBytes: 1048576,
      logRetentionDays: RetentionDays.TWO_WEEKS,
      opsEmail: 'ops@example.org',
      alertsDisplayName: 'Press alerts',
    });
    expect(config.subscriptions).toEqual([
      resolveSubscription({ email: 'a@example.org', countries: ['SI'] }),
    ]);
  });

  test('null opsEmail means no operations subscription', () => {
    expect(read({ opsEmail: null }).opsEmail).toBeUndefined();
  });

  test.each([
    [
      { removalPolicy: 'delete' },
      'cdk.json context "removalPolicy": expected "retain" or "destroy", got "delete"',
    ],
    [
      { maxObjectBytes: -5 },
      'cdk.json context "maxObjectBytes": expected a positive whole number of bytes, got -5',
    ],
    [{ maxObjectBytes: '5 MB' }, 'cdk.json context "maxObjectBytes"'],
    [{ logRetentionDays: 31 }, 'cdk.json context "logRetentionDays": expected one of 1, 3, 5, 7, 14, 30,'],
    [{ opsEmail: 'ops' }, 'cdk.json context "opsEmail": expected an email address or null, got "ops"'],
    [{ alertsDisplayName: 'x'.repeat(101) }, 'cdk.json context "alertsDisplayName"'],
    [{ subscriptions: { email: 'a@example.org' } }, 'cdk.json context "subscriptions": expected a list'],
    [{ subscriptions: '[{' }, 'cdk.json context "subscriptions": not valid JSON'],
  ])('rejects %j', (context, message) => {
    expect(failure(context)).toContain(message);
  });

  describe('subscriptions', () => {
    const ok = { email: 'ok@example.org', countries: ['SI'] };

    test('names the entry by index and masked email (no address in build logs), with the reason from resolveSubscription', () => {
      expect(failure({ subscriptions: [ok, { email: 'b@example.org' }] })).toBe(
        'cdk.json context "subscriptions"[1] (b***@example.org): a subscription needs at least one country or official',
      );
      expect(failure({ subscriptions: [ok, { email: 'x@y.org', countries: ['Atlantis'] }] })).toBe(
        `cdk.json context "subscriptions"[1] (x***@y.org): unknown country 'Atlantis'`,
      );
    });

    test.each([
      ['not an object', 'a@example.org', 'expected an object { email, countries, officials }'],
      ['no email', { countries: ['SI'] }, '"email" must be a string'],
      ['a misspelt key', { email: 'a@example.org', country: ['SI'] }, "unknown key 'country'"],
      [
        'countries not a list',
        { email: 'a@example.org', countries: 'SI' },
        '"countries" must be a list of strings',
      ],
      [
        'officials with a number',
        { email: 'a@example.org', officials: [3] },
        '"officials" must be a list of strings',
      ],
      ['a bad address', { email: 'nobody', countries: ['SI'] }, 'invalid email address'],
    ])('rejects %s', (_label, entry, reason) => {
      expect(failure({ subscriptions: [ok, entry] })).toMatch(
        new RegExp(`^cdk\\.json context "subscriptions"\\[1\\]( \\([^)]*\\))?: ${escapeRegExp(reason)}$`),
      );
    });

    test('rejects the same address twice (one SNS subscription per address and topic)', () => {
      expect(failure({ subscriptions: [ok, { email: 'OK@example.org', countries: ['HR'] }] })).toBe(
        'cdk.json context "subscriptions"[1] (O***@example.org): same email as entry [0]: merge them',
      );
    });

    test('rejects more interests than one SNS filter policy allows, in the words the CLI uses', () => {
      const officials = Array.from({ length: MAX_POLICY_VALUES }, (_, i) => `Official Number ${i}`);
      const entry = { email: 'a@example.org', officials };
      const values = resolveSubscriptionValues(entry);
      expect(values).toBeGreaterThan(MAX_POLICY_VALUES);
      expect(failure({ subscriptions: [entry] })).toBe(
        `cdk.json context "subscriptions"[0] (a***@example.org): ${policyTooLargeMessage(values)}`,
      );
    });

    test('rejects more subscriptions than filter policies SNS allows per topic, saying what to do', () => {
      const count = MAX_FILTER_POLICIES_PER_TOPIC + 1;
      const many = Array.from({ length: count }, (_, i) => ({
        email: `a${i}@example.org`,
        countries: ['SI'],
      }));
      expect(failure({ subscriptions: many })).toBe(
        `cdk.json context "subscriptions": ${count} entries, SNS allows ${MAX_FILTER_POLICIES_PER_TOPIC} filter policies per topic by default: ` +
          'request a higher "Filter policies per topic" quota in Service Quotas (Amazon SNS), or split subscribers across a second topic',
      );
      expect(readConfig((key) => ({ subscriptions: many.slice(1) })[key]).subscriptions).toHaveLength(
        MAX_FILTER_POLICIES_PER_TOPIC,
      );
    });
  });
});

/** How many filter values a subscription needs, read from the refusal the core gives it. */
function resolveSubscriptionValues(entry: { email: string; officials: string[] }): number {
  try {
    resolveSubscription(entry);
  } catch (error) {
    const needs = /needs (\d+) filter values/.exec((error as Error).message)?.[1];
    if (needs) return Number(needs);
  }
  throw new Error('expected the subscription to be refused for its size');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
