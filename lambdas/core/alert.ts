import { alertBody, type ReleaseLocation } from './alert/alert-body';
import { alertSubject } from './alert/alert-subject';
import { surnameKey } from './identity/official-identity';
import {
  countryInterest,
  INTEREST_ATTRIBUTE,
  officialInterest,
  pairInterest,
  surnameInterest,
} from './interests';
import type { Alert } from './ports';
import type { Official, ParsedRelease } from './release';

export type { ReleaseLocation } from './alert/alert-body';

/** Everything an alert is built from: the parsed release, its id, and where the original file is stored. */
export interface AlertInput {
  readonly releaseId: string;
  readonly kind: Alert['kind'];
  readonly release: ParsedRelease;
  readonly location: ReleaseLocation;
  /**
   * A `reindex` alert: the interests of the extraction the release held before. The alert then carries only the
   * values that are new (so that an SNS filter policy on an old value does not fire) and these, for the notifier.
   */
  readonly previousInterests?: readonly string[];
}

/**
 * Builds the one alert published for a release: an ASCII subject of at most 99 characters, a plain-text
 * body, and the interest values (`country:<CODE>`, `official:<id>`) that subscription filter policies match.
 */
export function buildAlert(input: AlertInput): Alert {
  const codes = unique(input.release.countries.map((c) => c.code.toUpperCase()));
  const interests = alertInterests(input.release);
  const previous = input.kind === 'reindex' ? unique(input.previousInterests ?? []) : null;
  const had = new Set(previous);
  return {
    releaseId: input.releaseId,
    kind: input.kind,
    subject: alertSubject({
      releaseId: input.releaseId,
      kind: input.kind,
      title: input.release.title,
      countryCodes: codes,
    }),
    body: alertBody(input),
    interests: previous ? interests.filter((i) => !had.has(i)) : interests,
    ...(previous ? { previousInterests: previous } : {}),
  };
}

/**
 * Interest values of a release, within SNS's limits (a message of at most 256 KiB, attributes included; a policy
 * of at most 150 values is the subscriber's side):
 * - `country:<CODE>` per country;
 * - `official:<id>` per official, the id being the identity key, the same in every script and romanisation. A
 *   release that knows only a surname ("Putin") yields `official:putin`, which the policy of a subscriber to
 *   "Vladimir Putin" also lists (see `officialInterests`), while a release about another person of that surname,
 *   named in full, does not match it;
 * - `surname:<key>` per official's surname (its last word, and any one-word variant: "Kim" of "Kim Sung-Hwan"),
 *   for subscriptions to a surname alone;
 * - `pair:<A>-<B>` per pair of the first {@link MAX_PAIR_COUNTRIES} countries (at most 66 values).
 * At most {@link MAX_INTERESTS} values in all, in that order of priority.
 */
export function alertInterests(release: Pick<ParsedRelease, 'countries' | 'officials'>): string[] {
  const codes = unique(release.countries.map((c) => c.code.toUpperCase()));
  const pairs: string[] = [];
  const paired = codes.slice(0, MAX_PAIR_COUNTRIES);
  for (let i = 0; i < paired.length; i++)
    for (let j = i + 1; j < paired.length; j++) pairs.push(pairInterest(paired[i] ?? '', paired[j] ?? ''));
  return unique([
    ...codes.map(countryInterest),
    ...release.officials.map((o) => officialInterest(o.id)),
    ...release.officials.flatMap((o) => surnameKeys(o).map(surnameInterest)),
    ...pairs,
  ]).slice(0, MAX_INTERESTS);
}

/** The surname keys of an official: its name's last word, and its one-word variants (a surname written first). */
function surnameKeys(official: Pick<Official, 'name' | 'variants'>): string[] {
  const keys = [surnameKey(official.name)];
  for (const v of official.variants) if (!/[\s.]/u.test(v.trim())) keys.push(surnameKey(v));
  return keys.filter((k) => k.length >= 2);
}

// Countries whose pairs are published: 12 give 66 `pair:` values. A release naming more lists its first 12 (in
// order of first mention), which is where the parties of a bilateral release are.
export const MAX_PAIR_COUNTRIES = 12;

// A guard against pathological parses only (real releases name a few dozen at most): attributes count towards
// SNS's 256 KiB message size (300 values of at most ~220 bytes stay under 70 KB).
const MAX_INTERESTS = 300;

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** An SNS message attribute as `Publish` takes it (and as the filter policy matcher reads it). */
export interface MessageAttribute {
  readonly DataType: 'String' | 'String.Array' | 'Number';
  readonly StringValue: string;
}

/**
 * The message attributes of an alert: one `interests` String.Array, the only thing filter policies look at.
 * The SNS publisher sends exactly this, and local mode matches against exactly this.
 */
export function alertMessageAttributes(
  alert: Pick<Alert, 'interests'>,
): Record<typeof INTEREST_ATTRIBUTE, MessageAttribute> {
  return { [INTEREST_ATTRIBUTE]: { DataType: 'String.Array', StringValue: JSON.stringify(alert.interests) } };
}
