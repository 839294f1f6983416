import type { ReleaseFormat } from '../release';

/** What a format reader extracts before entity extraction: the release without countries and officials. */
export interface ReleaseParts {
  readonly format: ReleaseFormat;
  readonly date: string | null;
  readonly title: string;
  readonly source: string | null;
  readonly url: string | null;
  readonly body: readonly string[];
}
