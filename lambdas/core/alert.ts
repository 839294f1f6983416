import { alertBody, type ReleaseLocation } from './alert/alert-body';
import { alertSubject } from './alert/alert-subject';
import { countryInterest, INTEREST_ATTRIBUTE, officialInterest } from './interests';
import type { Alert } from './ports';
import type { ParsedRelease } from './release';

export type { ReleaseLocation } from './alert/alert-body';

/** Everything an alert is built from: the parsed release, its id, and where the original file is stored. */
export interface AlertInput {
  readonly releaseId: string;
  readonly kind: 'new' | 'update';
  readonly release: ParsedRelease;
  readonly location: ReleaseLocation;
}

/**
 * Builds the one alert published for a release: an ASCII subject of at most 99 characters, a plain-text
 * body, and the interest values (`country:<CODE>`, `official:<id>`) that subscription filter policies match.
 */
export function buildAlert(input: AlertInput): Alert {
  const codes = unique(input.release.countries.map((c) => c.code.toUpperCase()));
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
    interests: alertInterests(input.release),
  };
}

/**
 * Interest values of a release. An official is named by its id only: a release that knows only a surname
 * ("Putin") yields `official:putin`, which the policy of a subscriber to "Vladimir Putin" also lists
 * (see `officialInterests` in the subscriptions), so surname-only releases still reach full-name subscribers
 * while a release about another person of that surname, named in full, does not.
 */
export function alertInterests(release: Pick<ParsedRelease, 'countries' | 'officials'>): string[] {
  return unique([
    ...release.countries.map((c) => countryInterest(c.code)),
    ...release.officials.map((o) => officialInterest(o.id)),
  ]).slice(0, MAX_INTERESTS);
}

// A guard against pathological parses only (real releases name a few dozen at most): attributes count
// towards SNS's 256 KiB message size.
const MAX_INTERESTS = 200;

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
