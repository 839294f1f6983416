import { printable } from '../../lambdas/core/text/printable';

/** What local mode logs about one uploaded object once the ingest is done with it. */
export interface ProcessedRelease {
  /** The object key, decoded. */
  readonly key: string;
  /** `dead-letter`: every attempt failed; the message is kept in `<dataDir>/dead-letter/`. */
  readonly status: 'delivered' | 'dead-letter';
  readonly attempts: number;
  readonly error?: string;
  /** Counters the use case raised in the last attempt, e.g. `ReleaseStored`, `DuplicateSkipped`, `IngestFailed`. */
  readonly events: string[];
  /** Why the file became a recorded failure (its reason code), when it did. */
  failure?: string;
  /** The failure's message, as `communique failures` shows it. */
  failureMessage?: string;
  /** What the store did (`created`, `duplicate`, `updated`, `stale`; a reindex: `changed`, `unchanged`, ...). */
  outcome?: string;
  releaseId?: string;
  /** The cause the handler logged for the last failed attempt (an error name and message, never an address). */
  lastError?: string;
  /** Recipients the SMTP server refused for good, masked (`k***@example.com`). */
  rejected?: string[];
  /** Alerts published by the last attempt: none for a duplicate, an unchanged file or a recorded failure. */
  readonly alerts: Array<{
    readonly subject: string;
    readonly interests: readonly string[];
    readonly recipients: number;
  }>;
}

const TITLE_WIDTH = 60;

/** One log line: key, title, countries, officials, emails sent. */
export function formatProcessedRelease(release: ProcessedRelease): string {
  // The key and the error are anyone's text: a CR/LF in a key must not print a forged line of its own.
  const key = printable(release.key);
  if (release.status === 'dead-letter') {
    return `✗ ${key}  failed ${release.attempts} times (${printable(release.error ?? 'unknown error')}): kept in dead-letter/, \`communique redrive\` sends it again`;
  }
  if (release.events.includes('IngestFailed')) {
    return `✗ ${key}  recorded as a failure${release.failure ? ` (${printable(release.failure)})` : ''}: see \`communique failures\``;
  }
  const alert = release.alerts[0];
  if (!alert) {
    const why = release.events.includes('AlertSuppressed')
      ? 'history, stored without an alert'
      : release.events.includes('DuplicateSkipped')
        ? 'a duplicate of a stored release'
        : release.events.includes('StaleEventSkipped')
          ? 'an older event of a newer upload'
          : 'already alerted, or not a release';
    return `· ${key}  no alert: ${why}`;
  }

  const title = alert.subject.replace(/^(Update: )?(\[[^\]]*\] )?/, '');
  const countries = alert.interests
    .filter((i) => i.startsWith('country:'))
    .map((i) => i.slice('country:'.length));
  const officials = alert.interests.filter((i) => i.startsWith('official:')).length;
  const emails = release.alerts.reduce((sum, a) => sum + a.recipients, 0);
  const refused = release.rejected?.length ? `, refused: ${release.rejected.join(' ')}` : '';
  return [
    `✓ ${key}`,
    `"${title.length > TITLE_WIDTH ? `${title.slice(0, TITLE_WIDTH - 1)}…` : title}"`,
    countries.length > 0 ? countries.join(' ') : 'no country',
    plural(officials, 'official'),
    `${plural(emails, 'email')} sent${refused}`,
  ].join('  ');
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
