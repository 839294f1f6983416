import type { Alert } from '../ports';
import type { ParsedRelease } from '../release';

/** Where the original release file is stored. */
export interface ReleaseLocation {
  readonly bucket: string;
  readonly key: string;
  /** Added to the console link when known, so the console opens the right region. */
  readonly region?: string;
}

export interface BodyInput {
  readonly releaseId: string;
  readonly kind: Alert['kind'];
  readonly release: ParsedRelease;
  readonly location: ReleaseLocation;
}

const WIDTH = 72;
// Caps keep the body far under SNS's 256 KiB message limit whatever the parser found (worst case measured
// at 57 KB with 4-byte characters in every field; corpus alerts are 0.6-1.6 KB).
const MAX_TITLE = 500;
const MAX_LINE_FIELD = 300;
const MAX_SUMMARY = 2_000;
const MAX_COUNTRIES = 40;
const MAX_COUNTRY_NAME = 60;
const MAX_OFFICIALS = 25;
const MAX_ROLES = 2;
const MAX_ROLE = 150;
const MAX_KEY = 1_100;
// S3 bucket names are 3-63 characters.
const MAX_BUCKET = 63;

/**
 * The plain-text email body of an alert: title, date, source; countries by name; officials with their
 * roles; the summary; where the original is stored (S3 URI and console link). Lines wrap at 72 columns.
 */
export function alertBody(input: BodyInput): string {
  const { release, location } = input;
  const lines: string[] = [];
  const title = oneLine(release.title, MAX_TITLE) || `Release ${oneLine(input.releaseId, MAX_LINE_FIELD)}`;
  lines.push(...wrap(title), '');
  if (input.kind === 'update') {
    lines.push(...wrap('Updated: this release was replaced by new content under the same file name.'), '');
  }
  if (input.kind === 'reindex') {
    lines.push(
      ...wrap(
        'Matched after a parser upgrade: this release was stored earlier, and a newer parser re-reading it ' +
          'found countries or officials the earlier reading missed, among them one you follow.',
      ),
      '',
    );
  }
  lines.push(`Date:    ${release.date ? oneLine(release.date, 40) : 'not stated'}`);
  lines.push(`Source:  ${release.source ? oneLine(release.source, MAX_LINE_FIELD) : 'not stated'}`);
  if (release.url) lines.push(`Link:    ${oneLine(release.url, MAX_LINE_FIELD * 3)}`);

  lines.push('', 'Countries');
  if (release.countries.length === 0) lines.push('  (none found)');
  for (const country of release.countries.slice(0, MAX_COUNTRIES)) {
    lines.push(
      `  - ${oneLine(country.name, MAX_COUNTRY_NAME) || oneLine(country.code, 10)} (${oneLine(country.code, 10)})`,
    );
  }
  if (release.countries.length > MAX_COUNTRIES)
    lines.push(`  ... and ${release.countries.length - MAX_COUNTRIES} more`);

  lines.push('', 'Officials');
  if (release.officials.length === 0) lines.push('  (none found)');
  for (const official of release.officials.slice(0, MAX_OFFICIALS)) {
    const roles = official.roles
      .slice(0, MAX_ROLES)
      .map((r) => oneLine(r, MAX_ROLE))
      .filter(Boolean);
    const name = oneLine(official.name, MAX_LINE_FIELD);
    lines.push(...wrap(roles.length > 0 ? `${name}, ${roles.join('; ')}` : name, '  - ', '    '));
  }
  if (release.officials.length > MAX_OFFICIALS)
    lines.push(`  ... and ${release.officials.length - MAX_OFFICIALS} more`);

  const summary = oneLine(release.summary, MAX_SUMMARY);
  if (summary) lines.push('', 'Summary', ...wrap(summary, '  ', '  '));

  const key = head(location.key, MAX_KEY);
  lines.push(
    '',
    'Original file',
    `  s3://${oneLine(location.bucket, MAX_BUCKET)}/${oneLine(key, MAX_KEY)}`,
    `  ${consoleLink(location)}`,
  );
  lines.push(
    '',
    '--',
    ...wrap(
      'You receive this alert because your communique subscription matches a country or an official named in this release.',
    ),
  );
  return `${lines.join('\n')}\n`;
}

/** The S3 console page of the stored object. */
export function consoleLink(location: ReleaseLocation): string {
  const key = head(location.key, MAX_KEY);
  const region = location.region ? `region=${encodeURIComponent(location.region)}&` : '';
  return `https://s3.console.aws.amazon.com/s3/object/${encodeURIComponent(location.bucket)}?${region}prefix=${encodeURIComponent(key)}`;
}

/**
 * The first `max` UTF-16 units, never ending in half a surrogate pair: `encodeURIComponent` throws on a lone
 * surrogate, so a cut through an emoji at the limit made the whole alert fail.
 */
function head(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max).replace(/[\uD800-\uDBFF]$/, '');
}

/** One line of readable text: controls and bidi overrides removed (they can spoof what a reader sees), capped. */
function oneLine(text: string, max: number): string {
  const clean = text
    .replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, '')
    .replace(/[\s\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')
    .trim();
  if (clean.length <= max) return clean;
  // Avoid leaving half a surrogate pair at the cut.
  return `${Array.from(clean.slice(0, max))
    .join('')
    .replace(/[\uD800-\uDBFF]$/, '')}...`;
}

/** Greedy word wrap at WIDTH; a word longer than a line (a URL) stays whole. */
function wrap(text: string, first = '', rest = ''): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(' ')) {
    if (!empty && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = rest + word;
    } else {
      line = empty ? line + word : `${line} ${word}`;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}
