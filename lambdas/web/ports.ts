import type { ReleaseArchive, StoredRelease } from '../core/ports';

/**
 * The text of a stored release. The table keeps no bodies (they stay in S3, README "Table design"), so the
 * release page reads the object again: from the first location whose content is still this release's.
 */
export interface ReleaseBodies {
  /** The body paragraphs as parsed, or null when no location holds this content any more. */
  bodyOf(release: StoredRelease): Promise<readonly string[] | null>;
}

/** What the web app reads: the archive port and the bodies. No AWS type crosses either. */
export interface WebDeps {
  readonly archive: ReleaseArchive;
  readonly bodies: ReleaseBodies;
}
