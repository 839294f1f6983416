import { alertInterests } from '../../core/alert';
import { releaseIdFor } from '../../core/content-hash';
import { extractionOf, sameExtraction } from '../../core/extraction';
import { capRelease, capText } from '../../core/parse/cap-release';
import type {
  AlertLease,
  AlertLeaseRequest,
  IngestFailure,
  ObjectRef,
  OfficialSummary,
  ReindexReleaseInput,
  ReindexReleaseResult,
  ReleaseArchive,
  ReleaseQuery,
  ReleaseStore,
  StoredRelease,
  StoreReleaseInput,
  StoreReleaseResult,
} from '../../core/ports';
import type { ParsedRelease } from '../../core/release';
import { searchText } from '../../core/search/search-text';
import { fold } from '../../core/text/fold';
import { MAX_LOCATIONS } from '../dynamodb/release-item';
import { location } from '../dynamodb/release-keys';
import { isStaleEvent, sequencerOf } from '../dynamodb/stale-event';

interface Held {
  release: StoredRelease;
  /** Latest sequencer applied per location. */
  readonly sequencers: Map<string, string>;
  leaseUntil?: string;
  leaseHolder?: string;
  alertedHash?: string;
  /** The content's search text, kept beside the release as the table keeps it beside the fields. */
  searchText: string;
  /** A reindex alert owed on this content: the interests the release had before (the item's `reindexAlert`). */
  reindexAlert?: { contentHash: string; interests: readonly string[] };
}

const UNDATED = '0000-00-00';
const sortKey = (date: string | null, id: string) => `${date ?? UNDATED}#${id}`;
const newestFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/**
 * The archive in memory: the same rules as the DynamoDB adapter (checked by the same contract tests), each
 * method atomic. For tests of the use case and of anything built on the archive ports, without dynalite; it
 * lives with the adapters rather than the tests because it is one (a web app's tests and the benchmarks use it
 * too). Nothing of the ingest function imports it.
 *
 * Stored fields are capped as the table item would be (`capRelease`), so both tell the same story.
 */
export class MemoryReleaseStore implements ReleaseStore, ReleaseArchive {
  private readonly releases = new Map<string, Held>();
  /** Content hash -> the release holding it, and how many releases that content has started (-1: none). */
  private readonly claims = new Map<string, { releaseId: string; generation: number }>();
  private readonly objects = new Map<
    string,
    { releaseId: string; contentHash: string; sequencer?: string; version?: string }
  >();
  private readonly profiles = new Map<
    string,
    { name: string; order: string; variants: Set<string>; roles: Set<string>; releaseIds: Set<string> }
  >();
  private readonly failures = new Map<string, IngestFailure>();
  /** Pointer lists, as the table keeps them: old content's pointers stay and are checked on read. */
  private readonly pointers = new Map<string, Set<string>>();

  async storeRelease(input: StoreReleaseInput): Promise<StoreReleaseResult> {
    const { ref, contentHash } = input;
    const here = location(ref.bucket, ref.key);
    const seq = sequencerOf(ref);
    const object = this.objects.get(here);
    if (object && isStaleEvent(object.sequencer, seq))
      return { outcome: 'stale', releaseId: object.releaseId };
    const prior = object ? this.releases.get(object.releaseId) : undefined;
    if (object && isStaleEvent(prior?.sequencers.get(here), seq)) {
      return { outcome: 'stale', releaseId: object.releaseId };
    }
    const holds = prior?.release.locations.includes(here) ?? false;

    let outcome: StoreReleaseResult['outcome'];
    let target: Held;
    let dropped: readonly string[] = [];
    const claim = this.claims.get(contentHash);
    const owner = claim ? this.releases.get(claim.releaseId) : undefined;
    if (prior && holds && prior.release.contentHash === contentHash) {
      outcome = 'duplicate';
      target = prior;
    } else if (owner && owner.release.contentHash === contentHash) {
      outcome = 'duplicate';
      target = owner;
      if (target.release.locations.length < MAX_LOCATIONS) this.locate(target, here, seq);
    } else if (prior && holds && prior.release.locations.length === 1) {
      outcome = 'updated';
      target = prior;
      dropped = prior.release.officials.map((o) => o.id);
      target.release = {
        ...target.release,
        ...this.content(input),
        status: 'stored',
        contentHash,
        updatedAt: input.at,
        bodyBytes: input.bodyBytes,
        parserVersion: input.parserVersion,
      };
      target.leaseUntil = undefined;
      target.leaseHolder = undefined;
      target.searchText = searchText(input.release.body).text;
      if (seq) target.sequencers.set(here, seq);
      this.claims.set(contentHash, { releaseId: prior.release.id, generation: claim?.generation ?? -1 });
    } else {
      outcome = 'created';
      const generation = claim ? claim.generation + 1 : 0;
      const id = releaseIdFor(contentHash, generation);
      target = {
        release: {
          id,
          ...this.content(input),
          locations: [here],
          contentHash,
          status: 'stored',
          ingestedAt: input.at,
          updatedAt: input.at,
          bodyBytes: input.bodyBytes,
          parserVersion: input.parserVersion,
        },
        sequencers: new Map(seq ? [[here, seq]] : []),
        searchText: searchText(input.release.body).text,
        ...(input.alertLease
          ? { leaseUntil: input.alertLease.until, leaseHolder: input.alertLease.holder }
          : {}),
      };
      this.releases.set(id, target);
      this.claims.set(contentHash, { releaseId: id, generation });
    }
    if (prior && holds && prior !== target) {
      prior.release = { ...prior.release, locations: prior.release.locations.filter((l) => l !== here) };
    }
    // As the table does: a release found alerted has its indexes, written by the delivery that alerted it.
    if (outcome !== 'duplicate' || target.release.status === 'stored') {
      this.index(target.release.id, input.release, dropped);
    }
    if (!object || !isStaleEvent(object.sequencer, seq)) {
      const version = ref.versionId ?? ref.eTag;
      this.objects.set(here, {
        releaseId: target.release.id,
        contentHash,
        ...(seq ? { sequencer: seq } : {}),
        ...(version ? { version } : {}),
      });
    }
    const lease: AlertLease | undefined = !input.alertLease
      ? undefined
      : outcome === 'created'
        ? { state: 'acquired', kind: 'new' }
        : outcome === 'duplicate' && target.release.status !== 'stored'
          ? { state: 'alerted' }
          : undefined;
    return { outcome, releaseId: target.release.id, ...(lease ? { alertLease: lease } : {}) };
  }

  async reindexRelease(input: ReindexReleaseInput): Promise<ReindexReleaseResult> {
    const object = this.objects.get(location(input.ref.bucket, input.ref.key));
    if (!object) return { outcome: 'not-stored' };
    const held = this.releases.get(object.releaseId);
    if (!held) return { outcome: 'not-stored' };
    if (object.contentHash !== input.contentHash || held.release.contentHash !== input.contentHash) {
      return { outcome: 'content-changed', releaseId: held.release.id };
    }
    const before = held.release;
    const next = extractionOf(input.release);
    const same = sameExtraction(before, next) && before.parserVersion === input.parserVersion;
    let owed = held.reindexAlert?.contentHash === input.contentHash ? held.reindexAlert.interests : null;
    if (input.alertNewMatches && !same && !owed && before.status === 'alerted') {
      const had = new Set(alertInterests(before));
      if (alertInterests(next).some((i) => !had.has(i))) owed = [...had];
    }
    if (!same) {
      held.release = { ...before, ...next, parserVersion: input.parserVersion };
      held.searchText = searchText(input.release.body).text;
      if (input.alertNewMatches && owed)
        held.reindexAlert = { contentHash: input.contentHash, interests: owed };
    }
    this.index(
      before.id,
      input.release,
      before.officials.map((o) => o.id),
    );
    return {
      outcome: same ? 'unchanged' : 'changed',
      releaseId: before.id,
      previous: { countries: before.countries, officials: before.officials },
      releaseStatus: before.status,
      ...(input.alertNewMatches && owed ? { owedAlert: { previousInterests: owed } } : {}),
    };
  }

  async completeReindexAlert(releaseId: string, contentHash: string): Promise<void> {
    const held = this.releases.get(releaseId);
    if (held && held.release.contentHash === contentHash) held.reindexAlert = undefined;
  }

  async acquireAlertLease(request: AlertLeaseRequest): Promise<AlertLease> {
    const held = this.releases.get(request.releaseId);
    if (!held) throw new Error(`Release ${request.releaseId} is not stored.`);
    if (held.release.contentHash !== request.contentHash) return { state: 'superseded' };
    if (held.release.status !== 'stored') return { state: 'alerted' };
    if (held.leaseUntil !== undefined && held.leaseUntil >= request.now) return { state: 'held' };
    held.leaseUntil = request.until;
    held.leaseHolder = request.holder;
    return { state: 'acquired', kind: held.alertedHash ? 'update' : 'new' };
  }

  async completeAlert(request: AlertLeaseRequest, as: 'alerted' | 'history' = 'alerted'): Promise<void> {
    const held = this.releases.get(request.releaseId);
    if (!held) return;
    if (held.leaseHolder === request.holder && held.release.contentHash === request.contentHash) {
      held.release = { ...held.release, status: as };
      if (as === 'alerted') held.alertedHash = request.contentHash;
    }
    if (held.leaseHolder === request.holder) {
      held.leaseHolder = undefined;
      held.leaseUntil = undefined;
    }
  }

  completeHistory(request: AlertLeaseRequest): Promise<void> {
    return this.completeAlert(request, 'history');
  }

  async releaseAlertLease(request: AlertLeaseRequest): Promise<void> {
    const held = this.releases.get(request.releaseId);
    if (held?.leaseHolder !== request.holder) return;
    held.leaseHolder = undefined;
    held.leaseUntil = undefined;
  }

  async recordFailure(failure: IngestFailure): Promise<void> {
    const id = `${failure.bucket}/${failure.key}|${failure.objectVersion}`;
    if (!this.failures.has(id))
      this.failures.set(id, { ...failure, message: capText(failure.message, 2000) });
  }

  async hasProcessed(ref: ObjectRef): Promise<boolean> {
    const version = ref.versionId ?? ref.eTag;
    if (!version) return false;
    if (this.objects.get(location(ref.bucket, ref.key))?.version === version) return true;
    return this.failures.has(`${ref.bucket}/${ref.key}|${version}`);
  }

  async getRelease(id: string): Promise<StoredRelease | null> {
    const held = this.releases.get(id);
    return held ? { ...held.release, locations: [...held.release.locations].sort() } : null;
  }

  async listReleases(query: ReleaseQuery): Promise<StoredRelease[]> {
    const limit = query.limit ?? 50;
    const inRange = (date: string | null) =>
      (!query.since || (date !== null && date >= query.since)) &&
      (!query.until || (date !== null && date <= query.until));
    const all = [...this.releases.values()].map((h) =>
      query.withSearchText ? { ...h.release, searchText: h.searchText } : h.release,
    );
    const after = query.after ? sortKey(query.after.date, query.after.id) : undefined;
    const beyond = (r: StoredRelease) => after === undefined || sortKey(r.date, r.id) < after;
    let chosen: Array<{ release: StoredRelease; order: string }>;
    if (query.country || query.official) {
      const country = query.country?.toUpperCase();
      const list = country ? `COUNTRY#${country}` : `OFFICIAL#${query.official}`;
      const pointed = this.pointers.get(list) ?? new Set<string>();
      chosen = all
        .filter(
          (r) =>
            pointed.has(sortKey(r.date, r.id)) &&
            (!country || r.countries.some((c) => c.code === country)) &&
            (!query.official || r.officials.some((o) => o.id === query.official)) &&
            inRange(r.date) &&
            beyond(r),
        )
        .map((release) => ({ release, order: sortKey(release.date, release.id) }));
    } else if (query.since || query.until) {
      chosen = all
        .filter((r) => r.date !== null && inRange(r.date) && beyond(r))
        .map((release) => ({ release, order: sortKey(release.date, release.id) }));
    } else if (after !== undefined) {
      throw new Error(
        'listReleases: `after` pages the release-date order; give a country, official or date.',
      );
    } else {
      chosen = all.map((release) => ({ release, order: `${release.ingestedAt}#${release.id}` }));
    }
    return chosen
      .sort((a, b) => newestFirst(a.order, b.order))
      .slice(0, limit)
      .map(({ release }) => ({ ...release, locations: [...release.locations].sort() }));
  }

  async listOfficials(): Promise<OfficialSummary[]> {
    return [...this.profiles.entries()]
      .sort(([, a], [, b]) => -newestFirst(a.order, b.order))
      .map(([id, p]) => ({
        id,
        name: p.name,
        variants: [...p.variants].sort(),
        roles: [...p.roles].sort(),
        releaseCount: p.releaseIds.size,
      }));
  }

  async listFailures(limit = 100): Promise<IngestFailure[]> {
    return [...this.failures.values()]
      .sort((a, b) => newestFirst(`${a.failedAt}#${a.bucket}/${a.key}`, `${b.failedAt}#${b.bucket}/${b.key}`))
      .slice(0, limit);
  }

  private content(input: StoreReleaseInput) {
    const r = capRelease(input.release);
    return {
      format: r.format,
      date: r.date,
      title: r.title,
      source: r.source,
      url: r.url,
      summary: r.summary,
      countries: r.countries,
      officials: r.officials,
    };
  }

  private locate(target: Held, here: string, seq: string | undefined): void {
    if (!target.release.locations.includes(here)) {
      target.release = { ...target.release, locations: [...target.release.locations, here] };
    }
    const applied = target.sequencers.get(here);
    if (seq && !isStaleEvent(applied, seq)) target.sequencers.set(here, seq);
  }

  private index(releaseId: string, parsed: ParsedRelease, dropped: readonly string[]): void {
    const release = capRelease(parsed);
    const point = (list: string) => {
      const set = this.pointers.get(list) ?? new Set<string>();
      set.add(sortKey(release.date, releaseId));
      this.pointers.set(list, set);
    };
    for (const c of release.countries) point(`COUNTRY#${c.code.toUpperCase()}`);
    for (const official of release.officials) {
      point(`OFFICIAL#${official.id}`);
      const profile = this.profiles.get(official.id) ?? {
        name: official.name,
        order: `${fold(official.name)}#${official.id}`,
        variants: new Set<string>(),
        roles: new Set<string>(),
        releaseIds: new Set<string>(),
      };
      for (const v of official.variants) profile.variants.add(v);
      for (const r of official.roles) profile.roles.add(r);
      profile.releaseIds.add(releaseId);
      this.profiles.set(official.id, profile);
    }
    const kept = new Set(release.officials.map((o) => o.id));
    for (const id of dropped) if (!kept.has(id)) this.profiles.get(id)?.releaseIds.delete(releaseId);
  }
}
