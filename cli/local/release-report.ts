/** What local mode logs about one uploaded object once the ingest is done with it. */
export interface ProcessedRelease {
  /** The object key, decoded. */
  readonly key: string;
  /** `dead-letter`: every attempt failed; the message is kept in `<dataDir>/dead-letter/`. */
  readonly status: 'delivered' | 'dead-letter';
  readonly attempts: number;
  readonly error?: string;
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
  if (release.status === 'dead-letter') {
    return `✗ ${release.key}  failed ${release.attempts} times (${release.error ?? 'unknown error'}): kept in dead-letter/`;
  }
  const alert = release.alerts[0];
  if (!alert)
    return `· ${release.key}  no alert (unchanged, duplicate, or recorded as a failure: see \`communique failures\`)`;
  const title = alert.subject.replace(/^(Update: )?(\[[^\]]*\] )?/, '');
  const countries = alert.interests
    .filter((i) => i.startsWith('country:'))
    .map((i) => i.slice('country:'.length));
  const officials = alert.interests.filter((i) => i.startsWith('official:')).length;
  const emails = release.alerts.reduce((sum, a) => sum + a.recipients, 0);
  return [
    `✓ ${release.key}`,
    `"${title.length > TITLE_WIDTH ? `${title.slice(0, TITLE_WIDTH - 1)}…` : title}"`,
    countries.length > 0 ? countries.join(' ') : 'no country',
    plural(officials, 'official'),
    `${plural(emails, 'email')} sent`,
  ].join('  ');
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
