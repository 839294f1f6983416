import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { DEFAULT_MAX_OBJECT_BYTES } from '../lambdas/core/limits';
import { emailProblem, maskEmail } from '../lambdas/core/subscriptions/email-address';
import { MAX_FILTER_POLICIES_PER_TOPIC } from '../lambdas/core/subscriptions/limits';
import {
  type ResolvedSubscription,
  resolveSubscription,
  SubscriptionError,
} from '../lambdas/core/subscriptions/resolve-subscription';

/** The deployment settings of a communique stack, read from `cdk.json` context (or `cdk synth -c key=value`). */
export interface CommuniqueConfig {
  /** What CloudFormation does with the bucket, table, key and logs when the stack is deleted. */
  readonly removalPolicy: 'retain' | 'destroy';
  /** Objects bigger than this are recorded as failures without being downloaded. */
  readonly maxObjectBytes: number;
  /** Retention of the ingest function's log group; one of CloudWatch Logs' allowed values. */
  readonly logRetentionDays: RetentionDays;
  /** Address that receives the operations alarms (dead letters, function errors); none when absent. */
  readonly opsEmail: string | undefined;
  /** Email alert subscriptions, already resolved to SNS filter policies. */
  readonly subscriptions: readonly ResolvedSubscription[];
  /** Sender name of the alert emails (the SNS topic's DisplayName, at most 100 characters). */
  readonly alertsDisplayName: string;
  /** Who may call the web app's Function URL: `NONE` (a public archive) or `AWS_IAM` (signed requests). */
  readonly webAuth: 'NONE' | 'AWS_IAM';
  /**
   * The SES sender of subscriber mail (issue 13), an address whose identity the stack creates and SES verifies;
   * without it, the subscriber path (notifier, SES, digest schedule) is not deployed.
   */
  readonly senderEmail: string | undefined;
  /** The account's SES sending rate, mails per second (1 in the SES sandbox). */
  readonly sesMaxPerSecond: number;
}

/** A context value that cannot be deployed, with a message that names the key (and entry) to fix. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Anything that answers context lookups: `app.node`, or a plain object in tests. */
export type ContextReader = (key: string) => unknown;

const KEYS = [
  'removalPolicy',
  'maxObjectBytes',
  'logRetentionDays',
  'opsEmail',
  'subscriptions',
  'alertsDisplayName',
  'webAuth',
  'senderEmail',
  'sesMaxPerSecond',
] as const;

const SUBSCRIPTION_KEYS = new Set(['email', 'countries', 'officials', 'pairs']);
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

const RETENTION_DAYS = new Set<number>(
  Object.values(RetentionDays).filter((v): v is number => typeof v === 'number'),
);

const where = (key: string): string => `cdk.json context "${key}"`;

/** Reads and validates every communique context key; throws {@link ConfigError} on the first bad one. */
export function readConfig(context: ContextReader): CommuniqueConfig {
  return {
    removalPolicy: readRemovalPolicy(context('removalPolicy')),
    maxObjectBytes: readMaxObjectBytes(context('maxObjectBytes')),
    logRetentionDays: readLogRetention(context('logRetentionDays')),
    opsEmail: readOpsEmail(context('opsEmail')),
    subscriptions: readSubscriptions(context('subscriptions')),
    alertsDisplayName: readDisplayName(context('alertsDisplayName')),
    webAuth: readWebAuth(context('webAuth')),
    senderEmail: readSenderEmail(context('senderEmail')),
    sesMaxPerSecond: readSesRate(context('sesMaxPerSecond')),
  };
}

function readSenderEmail(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const problem = typeof value === 'string' ? emailProblem(value) : 'it is not a string';
  // The address is the operator's own sender, not a subscriber's: safe to name the key, still not echoed.
  if (problem) throw new ConfigError(`${where('senderEmail')}: not a usable sender address (${problem})`);
  return value as string;
}

function readSesRate(value: unknown): number {
  // A new account in the SES sandbox may send 1 mail per second (SES quotas, "Sending rate").
  if (value === undefined || value === null) return 1;
  const n = toNumber(value);
  if (n === undefined || !Number.isInteger(n) || n < 1 || n > 1000) {
    throw new ConfigError(
      `${where('sesMaxPerSecond')}: expected a whole number from 1 to 1000, got ${show(value)}`,
    );
  }
  return n;
}

/** The context keys {@link readConfig} understands (for documentation and tests). */
export const CONFIG_KEYS: readonly string[] = KEYS;

function readRemovalPolicy(value: unknown): CommuniqueConfig['removalPolicy'] {
  if (value === undefined || value === null) return 'retain';
  if (value === 'retain' || value === 'destroy') return value;
  throw new ConfigError(`${where('removalPolicy')}: expected "retain" or "destroy", got ${show(value)}`);
}

function readMaxObjectBytes(value: unknown): number {
  if (value === undefined || value === null) return DEFAULT_MAX_OBJECT_BYTES;
  const n = toNumber(value);
  if (n === undefined || !Number.isSafeInteger(n) || n < 1) {
    throw new ConfigError(
      `${where('maxObjectBytes')}: expected a positive whole number of bytes, got ${show(value)}`,
    );
  }
  return n;
}

function readLogRetention(value: unknown): RetentionDays {
  if (value === undefined || value === null) return RetentionDays.ONE_MONTH;
  const n = toNumber(value);
  if (n === undefined || !RETENTION_DAYS.has(n)) {
    const allowed = [...RETENTION_DAYS].sort((a, b) => a - b).join(', ');
    throw new ConfigError(`${where('logRetentionDays')}: expected one of ${allowed}, got ${show(value)}`);
  }
  return n as RetentionDays;
}

function readOpsEmail(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || !EMAIL.test(value)) {
    throw new ConfigError(`${where('opsEmail')}: expected an email address or null, got ${show(value)}`);
  }
  return value;
}

function readWebAuth(value: unknown): CommuniqueConfig['webAuth'] {
  // The archive holds press releases, public by nature: a public URL is the default.
  if (value === undefined || value === null) return 'NONE';
  if (value === 'NONE' || value === 'AWS_IAM') return value;
  throw new ConfigError(`${where('webAuth')}: expected "NONE" or "AWS_IAM", got ${show(value)}`);
}

function readDisplayName(value: unknown): string {
  if (value === undefined || value === null) return 'communique';
  // SNS DisplayName: up to 100 characters; it becomes the sender name of email notifications.
  if (typeof value !== 'string' || value.trim() === '' || value.length > 100) {
    throw new ConfigError(
      `${where('alertsDisplayName')}: expected a name of 1 to 100 characters, got ${show(value)}`,
    );
  }
  return value;
}

function readSubscriptions(value: unknown): readonly ResolvedSubscription[] {
  if (value === undefined || value === null) return [];
  // `cdk synth -c subscriptions='[...]'` passes the list as a JSON string.
  const list = typeof value === 'string' ? parseJson(value) : value;
  if (!Array.isArray(list)) {
    throw new ConfigError(`${where('subscriptions')}: expected a list of { email, countries, officials }`);
  }
  if (list.length > MAX_FILTER_POLICIES_PER_TOPIC) {
    throw new ConfigError(
      `${where('subscriptions')}: ${list.length} entries, SNS allows ${MAX_FILTER_POLICIES_PER_TOPIC} filter policies per topic by default: ` +
        'request a higher "Filter policies per topic" quota in Service Quotas (Amazon SNS), or split subscribers across a second topic',
    );
  }
  const seen = new Map<string, number>();
  return list.map((entry: unknown, index) => {
    const email = isRecord(entry) && typeof entry.email === 'string' ? entry.email : undefined;
    const fail = (message: string): never => {
      throw new ConfigError(
        `${where('subscriptions')}[${index}]${email ? ` (${maskEmail(email)})` : ''}: ${message}`,
      );
    };
    if (!isRecord(entry)) return fail('expected an object { email, countries, officials }');
    const unknown = Object.keys(entry).filter((k) => !SUBSCRIPTION_KEYS.has(k));
    if (unknown.length > 0) fail(`unknown key ${unknown.map((k) => `'${k}'`).join(', ')}`);
    if (email === undefined) return fail('"email" must be a string');
    const countries = stringList(entry.countries, 'countries', fail);
    const officials = stringList(entry.officials, 'officials', fail);
    const pairs = stringList(entry.pairs, 'pairs', fail);
    // Two subscriptions of one address to one topic are one SNS subscription: CloudFormation would fight over it.
    const key = email.toLowerCase();
    const previous = seen.get(key);
    if (previous !== undefined) fail(`same email as entry [${previous}]: merge them`);
    seen.set(key, index);
    // resolveSubscription enforces SNS's values-per-policy limit (core/subscriptions/limits.ts) for the CLI too.
    try {
      return resolveSubscription({ email, countries, officials, pairs });
    } catch (error) {
      if (error instanceof SubscriptionError) return fail(error.message);
      throw error;
    }
  });
}

function stringList(value: unknown, key: string, fail: (message: string) => never): readonly string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    return fail(`"${key}" must be a list of strings`);
  }
  return value;
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  // `-c key=value` on the command line always gives strings.
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value);
  return undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ConfigError(`${where('subscriptions')}: not valid JSON`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}
