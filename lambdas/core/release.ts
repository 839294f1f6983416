/**
 * Domain types of communique. Pure data, readonly, shared by the Lambda, the CLI, local mode and tests.
 */

/** How a release file was recognised (from its content, not only its extension). */
export type ReleaseFormat = 'text' | 'html' | 'json' | 'markdown' | 'plain';

/** A country the release mentions, as an ISO 3166-1 alpha-2 code with the surface forms that named it. */
export interface CountryMention {
  /** ISO 3166-1 alpha-2, upper case, e.g. `SI`. */
  readonly code: string;
  /** English short name, e.g. `Slovenia`. */
  readonly name: string;
  /** Surface strings as they occur in the text, e.g. `Slovenian`, `Kazakh-Slovenian`. */
  readonly mentions: readonly string[];
}

/** A named person holding an office in the release. */
export interface Official {
  /** Stable folded slug of the canonical name, e.g. `kasim-jomart-tokaev`. */
  readonly id: string;
  /** Canonical (fullest, nominative) name as written, e.g. `Kassym‑Jomart Tokayev`. */
  readonly name: string;
  /** Every surface form that occurs, e.g. `K.K.Tokayev`, `President Tokayev`. */
  readonly variants: readonly string[];
  /** Roles as stated in the text, in its language. */
  readonly roles: readonly string[];
  /** ISO alpha-2 code of the country the role belongs to, where the text says; else null. */
  readonly country: string | null;
}

/** What the parser extracts from one release file. */
export interface ParsedRelease {
  readonly format: ReleaseFormat;
  /** Publication date `YYYY-MM-DD`, or null when the release does not state it. */
  readonly date: string | null;
  readonly title: string;
  /** Publishing site or organisation, e.g. `gov.kz`, or null. */
  readonly source: string | null;
  readonly url: string | null;
  /** Body paragraphs, original text (not folded). */
  readonly body: readonly string[];
  /** The lead, at most about 300 characters. */
  readonly summary: string;
  readonly countries: readonly CountryMention[];
  readonly officials: readonly Official[];
}
