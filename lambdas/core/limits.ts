/**
 * Default size limit of one release object: 5 MB. The stack's `maxObjectBytes` (cdk.json) defaults to it, the
 * function and local mode record bigger objects as `too-large` without downloading them, and the parser
 * refuses bigger input unless the caller passes the configured limit.
 */
export const DEFAULT_MAX_OBJECT_BYTES = 5 * 1024 * 1024;

/**
 * Caps on every field of a parsed release, and so of a stored release item. DynamoDB refuses an item over 400 KB,
 * and a refused write is retried until the message dead-letters (a 4.9 MB release on one line once became a
 * 4.9 MB title). The parser returns releases within these caps (`capRelease`); the store applies them again
 * under whatever it is given. Characters, not bytes: at most 4 UTF-8 bytes each. The body is not capped: it
 * stays in S3, bounded by the object size limit.
 */
export const FIELD_CAPS = {
  /** The longest real headline in the annotated sets has 385 characters; a longer line is no headline. */
  title: 500,
  /** The summary is the lead cut at a sentence or word boundary (`summarize`). */
  summary: 300,
  source: 500,
  url: 2048,
  countries: 250,
  mentionsPerCountry: 20,
  officials: 200,
  variantsPerOfficial: 20,
  rolesPerOfficial: 10,
  /** Names, mentions, variants, roles. */
  phrase: 200,
  /** Official ids are partition keys (at most 2,048 bytes); longer ones are dropped with their official. */
  officialId: 200,
  /** UTF-8 bytes of countries and officials together, after the caps above. */
  entitiesBytes: 150_000,
} as const;

/**
 * UTF-8 bytes of a release's search text (its body's distinct folded words, `core/search/search-text.ts`), kept
 * on the release item so that the web search matches the full text without reading S3. The items' other fields
 * stay under about 280 KB at their caps (150 KB of entities, 100 locations of S3 keys up to 1 KB each), so 16 KB
 * keeps every item well under DynamoDB's 400 KB; it holds about 2,000 distinct words, the vocabulary of 10 to 15
 * pages of prose. Words that first occur after the cap are not searchable (the release still is, by the rest).
 */
export const SEARCH_TEXT_BYTES = 16 * 1024;
