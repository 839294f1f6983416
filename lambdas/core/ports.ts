/**
 * Ports: the roles the ingest use case talks to. Adapters (S3, DynamoDB, SNS, local mode) implement them;
 * the core never imports an adapter.
 */

import type { ParsedRelease } from './release';
import type { ReleaseParseErrorReason } from './text/release-parse-error';

/** Where an uploaded object lives, as told by the S3 event (key already URL-decoded). */
export interface ObjectRef {
  readonly bucket: string;
  readonly key: string;
  /** Set when the bucket is versioned. */
  readonly versionId?: string;
  /** Size in bytes from the event, checked against the limit before any download. */
  readonly size: number;
  readonly eTag?: string;
  /** S3's per-key event order (hex string); orders events of one key only. */
  readonly sequencer?: string;
}

/** Reads the bytes of an uploaded release. Read-only by design: the function never writes its input bucket. */
export interface ReleaseSource {
  getObject(ref: ObjectRef): Promise<Uint8Array>;
}

/** One alert for one release: what SNS publishes, and what local mode mails. */
export interface Alert {
  readonly releaseId: string;
  /** ASCII, no control characters, at most 99 characters (SNS Subject rules). */
  readonly subject: string;
  /** Plain text, well under SNS's 256 KiB message limit. */
  readonly body: string;
  /** Normalised interest values, e.g. `country:SI`, `official:kasim-jomart-tokaev` (the `interests` String.Array attribute). */
  readonly interests: readonly string[];
  /**
   * `new` for a first alert, `update` when changed content replaced a release under the same key, `reindex` when
   * a reindex with `--alert-new-matches` found entities an older parser missed (then `interests` holds only the
   * values the release did not have before, and `previousInterests` those it had).
   */
  readonly kind: 'new' | 'update' | 'reindex';
  /**
   * A `reindex` alert only: the interest values of the extraction the release held before. Table subscribers who
   * match one of them matched before and are not mailed (`notifySubscribers`).
   */
  readonly previousInterests?: readonly string[];
}

/** Sends an alert to every subscriber whose filter policy matches its interests. */
export interface AlertPublisher {
  publish(alert: Alert): Promise<void>;
}

/**
 * Why an object became a recorded failure instead of a release. Stable codes, shown by `communique failures`.
 * `retries-exhausted` is local mode's record of a message it parked after its last attempt (on AWS the message
 * waits in the dead-letter queue and its alarm fires). `alert-failed`: the release was stored, but building its
 * alert threw (a bug to fix; retrying cannot help).
 */
export type IngestFailureReason = ReleaseParseErrorReason | 'missing' | 'retries-exhausted' | 'alert-failed';

/** An object that will not become a release, kept so that operators can list it (never retried). */
export interface IngestFailure {
  readonly bucket: string;
  readonly key: string;
  /** The object's version, else its ETag, else its sequencer: one failure per object version. */
  readonly objectVersion: string;
  readonly reason: IngestFailureReason;
  readonly message: string;
  /** ISO 8601. */
  readonly failedAt: string;
  readonly size: number;
}

/** What {@link ReleaseStore.storeRelease} needs: the parsed release and where and when it came from. */
export interface StoreReleaseInput {
  readonly ref: ObjectRef;
  readonly release: ParsedRelease;
  /** Hash of the normalised content: the release's identity. */
  readonly contentHash: string;
  /** The id a release gets when this content is new (derived from the hash). */
  readonly newReleaseId: string;
  readonly bodyBytes: number;
  /** ISO 8601. */
  readonly at: string;
  /** The parser that read it: `PARSER_VERSION` (parse/parser-version.ts) in the ingest path, recorded on the release. */
  readonly parserVersion: string;
  /**
   * This delivery's publish lease (as {@link ReleaseStore.acquireAlertLease} takes it, less the release and
   * content, which storing decides): a release this call creates holds it from its first write, and the result
   * says so ({@link StoreReleaseResult.alertLease}), so that the caller needs no request of its own for it.
   */
  readonly alertLease?: Pick<AlertLeaseRequest, 'holder' | 'now' | 'until'>;
}

/**
 * What storing did.
 * - `created`: a new release: this content is held by no other key (first time, or its earlier release has
 *   since been updated to other content). When the key held another release shared with other keys, the key
 *   moved off it and that release stays.
 * - `duplicate`: the content is already a release (same or other key); the location was added to it.
 * - `updated`: changed content under a key that alone held its release replaced the release's fields (same id).
 * - `stale`: an older event of a key whose newer event was already stored; nothing changed.
 */
export interface StoreReleaseResult {
  readonly outcome: 'created' | 'duplicate' | 'updated' | 'stale';
  readonly releaseId: string;
  /**
   * Set, when the input has an {@link StoreReleaseInput.alertLease}, if storing decided the lease already: what
   * {@link ReleaseStore.acquireAlertLease} would have answered. `acquired` (kind `new`): this call created the
   * release, which holds the input's lease; `alerted`: the release was found with this content alerted or
   * history. Absent: ask for the lease.
   */
  readonly alertLease?: AlertLease;
}

/** What {@link ReleaseStore.reindexRelease} needs: the current parser's reading of the object a key holds. */
export interface ReindexReleaseInput {
  readonly ref: ObjectRef;
  readonly release: ParsedRelease;
  readonly contentHash: string;
  readonly parserVersion: string;
  /** ISO 8601. */
  readonly at: string;
  /**
   * `--alert-new-matches`: when the extraction changes on an `alerted` release, record the interests it held
   * before (`alertInterests` of the old extraction) on the release, in the same conditional write, so that an alert is owed until
   * {@link ReleaseStore.completeReindexAlert} clears it, whatever crash comes in between. @default false
   */
  readonly alertNewMatches?: boolean;
}

/**
 * What reindexing one key did.
 * - `changed`: the release of this key took the new extraction (fields, pointers, profiles; same id, status kept).
 * - `unchanged`: the extraction and the parser version were already these (pointers and profiles made complete).
 * - `content-changed`: the key's release holds another content than this reading gives (the object changed
 *   since, or the parser now reads another date, title or body): nothing written; the object's own upload event
 *   stores it, or uploading it again does (an update of the release).
 * - `not-stored`: no release holds this key (never ingested, or a recorded failure).
 */
export type ReindexReleaseResult =
  | {
      readonly outcome: 'changed' | 'unchanged';
      readonly releaseId: string;
      /** The extraction the release held before. */
      readonly previous: Pick<ParsedRelease, 'countries' | 'officials'>;
      /** The release's status (a `history` release is never alerted, reindexed or not). */
      readonly releaseStatus: StoredRelease['status'];
      /**
       * A reindex alert owed on this release (written by this call or by an earlier one that crashed before
       * clearing it): the interest values the release had before. Only when the input asked for alerts.
       */
      readonly owedAlert?: { readonly previousInterests: readonly string[] };
    }
  | { readonly outcome: 'content-changed'; readonly releaseId: string }
  | { readonly outcome: 'not-stored' };

/** Outcome of asking for the right to publish a release's alert. */
export type AlertLease =
  /** This caller publishes; `kind` is `update` when an earlier content of the release was alerted already. */
  | { readonly state: 'acquired'; readonly kind: 'new' | 'update' }
  /** This content was alerted already, or stored as history: nothing to send. */
  | { readonly state: 'alerted' }
  /** The release holds other content now; that content's delivery alerts. */
  | { readonly state: 'superseded' }
  /** Another delivery holds an unexpired lease: retry later. */
  | { readonly state: 'held' };

/** Identifies one publish attempt on one release content. */
export interface AlertLeaseRequest {
  readonly releaseId: string;
  readonly contentHash: string;
  /** Unique per attempt, so that only the holder can complete or give back the lease. */
  readonly holder: string;
  /** ISO 8601. */
  readonly now: string;
  /** ISO 8601; the lease must expire before SQS makes the message visible again. */
  readonly until: string;
}

/**
 * Stores releases idempotently and arbitrates their alert, with conditional writes only (no transactions:
 * dynalite has none). Every method is safe to repeat after a crash at any point.
 */
export interface ReleaseStore {
  storeRelease(input: StoreReleaseInput): Promise<StoreReleaseResult>;
  acquireAlertLease(request: AlertLeaseRequest): Promise<AlertLease>;
  /** Marks the content alerted; a no-op when the lease was lost or the content changed meanwhile. */
  completeAlert(request: AlertLeaseRequest): Promise<void>;
  /**
   * Marks the content `history`: stored from a `history/` key, never alerted. Like {@link completeAlert} it ends
   * the lease and makes later leases on this content answer `alerted` (nothing to send), so that the same content
   * uploaded elsewhere later stays silent; unlike it, it records no alert (the next content is alerted as new).
   */
  completeHistory(request: AlertLeaseRequest): Promise<void>;
  /** Gives the lease back after a failed publish, so that the retry need not wait for it to expire. */
  releaseAlertLease(request: AlertLeaseRequest): Promise<void>;
  /** Records a failure once per object version (repeats keep the first record). */
  recordFailure(failure: IngestFailure): Promise<void>;
  /**
   * Replaces the extraction (format, source, URL, summary, countries, officials, parser version) of the release
   * this key holds, when it holds this content, and its country/official pointers and official profiles. Ids,
   * locations, status and lease stay. Conditional on the content hash, and repeatable after a crash at any point.
   */
  reindexRelease(input: ReindexReleaseInput): Promise<ReindexReleaseResult>;
  /** Clears the reindex alert owed on a release (see {@link ReindexReleaseInput.alertNewMatches}) once published. */
  completeReindexAlert(releaseId: string, contentHash: string): Promise<void>;
  /**
   * Whether this object version (its `versionId`, else its ETag) was ingested: its key holds that version's
   * release, or a failure is recorded for it. False for an object without either (nothing to tell it by).
   * Local mode asks at start, to find uploads whose event was lost.
   */
  hasProcessed(ref: ObjectRef): Promise<boolean>;
}

/** A release as stored: parsed fields without the body (which stays in S3), plus bookkeeping. */
export interface StoredRelease {
  readonly id: string;
  readonly format: ParsedRelease['format'];
  readonly date: string | null;
  readonly title: string;
  readonly source: string | null;
  readonly url: string | null;
  readonly summary: string;
  readonly countries: ParsedRelease['countries'];
  readonly officials: ParsedRelease['officials'];
  /** `s3://bucket/key` of the keys holding this content (the first 100; every key has its own object record). */
  readonly locations: readonly string[];
  readonly contentHash: string;
  /**
   * `stored`: its alert is not sent yet (or is being sent); `alerted`: sent; `history`: imported under `history/`
   * and never alerted (nor is the same content uploaded elsewhere later).
   */
  readonly status: 'stored' | 'alerted' | 'history';
  readonly ingestedAt: string;
  readonly updatedAt: string;
  readonly bodyBytes: number;
  /** Version of the parser that read this content, where the item records one (absent: not recorded). */
  readonly parserVersion?: string;
  /**
   * The body's distinct folded words (`core/search/search-text.ts`): an index for the text search, set only when
   * the query asks for it ({@link ReleaseQuery.withSearchText}), and absent for releases stored before search
   * texts were kept.
   */
  readonly searchText?: string;
}

/** An official across all releases, for `communique officials`. */
export interface OfficialSummary {
  readonly id: string;
  readonly name: string;
  readonly variants: readonly string[];
  readonly roles: readonly string[];
  readonly releaseCount: number;
}

/** Filters of {@link ReleaseArchive.listReleases}; dates are `YYYY-MM-DD`, inclusive, on the release date. */
export interface ReleaseQuery {
  readonly country?: string;
  readonly official?: string;
  readonly since?: string;
  readonly until?: string;
  /** Only releases after this one in the release-date order (needs a country, official or date filter). */
  readonly after?: ReleasePosition;
  /** Give each release its `searchText`. @default false (no list or page shows it) */
  readonly withSearchText?: boolean;
  /** @default 50 */
  readonly limit?: number;
}

/**
 * Where a release stands in the release-date order (newest date first, then the highest id; undated last): the
 * sort key of the country, official and year indexes.
 */
export interface ReleasePosition {
  readonly date: string | null;
  readonly id: string;
}

/**
 * Read side of the archive, for the CLI, local mode and a web app: no AWS types cross it. Every query of the
 * DynamoDB adapter uses a key or an index, never a scan; `MemoryReleaseStore` answers the same from memory.
 */
export interface ReleaseArchive {
  /** The release with this id, or null. */
  getRelease(id: string): Promise<StoredRelease | null>;
  /**
   * Newest first, each release once: by release date (then id) when a date, country or official filter is
   * given, else by ingest time. A country or official filter matches the release's current content only.
   */
  listReleases(query: ReleaseQuery): Promise<StoredRelease[]>;
  /** Every official seen, by folded name; `releaseCount` counts releases whose current content names them. */
  listOfficials(): Promise<OfficialSummary[]>;
  /** Recorded failures, newest first. @param limit @default 100 */
  listFailures(limit?: number): Promise<IngestFailure[]>;
}

/** The time, injected so that the core stays free of the clock. */
export interface Clock {
  now(): Date;
}

/** Structured log lines. Fields carry keys, ids, reasons and counts: never a subscriber's address. */
export interface IngestLogger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Counters of the ingest path (CloudWatch metrics on AWS). */
export type IngestMetric =
  | 'ReleaseStored'
  | 'DuplicateSkipped'
  | 'ReleaseUpdated'
  | 'AlertPublished'
  | 'AlertSuppressed'
  | 'IngestFailed'
  | 'StaleEventSkipped'
  /** Reindex: the extraction changed / was already current / the key holds other content or no release. */
  | 'ReleaseReindexed'
  | 'ReindexUnchanged'
  | 'ReindexSkipped';

export interface IngestMetrics {
  count(metric: IngestMetric, value?: number): void;
}

/** Thrown by a {@link ReleaseSource} when the object is gone (deleted before it was read): not worth a retry. */
export class ObjectNotFoundError extends Error {
  override readonly name = 'ObjectNotFoundError';
}
