import type { ParsedRelease } from '../release';

/** What a format reader extracts before entity extraction: the release without summary, countries and officials. */
export type ReleaseParts = Omit<ParsedRelease, 'summary' | 'countries' | 'officials'>;
