import { contentHash } from '../core/content-hash';
import { DEFAULT_MAX_OBJECT_BYTES } from '../core/limits';
import { readReleaseParts } from '../core/parse/read-release-parts';
import { ObjectNotFoundError, type ReleaseSource, type StoredRelease } from '../core/ports';
import { ReleaseParseError } from '../core/text/release-parse-error';
import { locationOf } from './pages/release-item';
import type { ReleaseBodies } from './ports';

/**
 * Bodies read back from the release's objects and read again by the parser's reading stage (the same as the
 * ingest's, so the paragraphs are those the entities were found in; the entities themselves are stored, so the
 * extractor and its tables stay out of the web bundle). A location whose object now holds other content (its key
 * moved to another release) or is gone is passed over: only a matching content hash counts.
 */
export class SourceReleaseBodies implements ReleaseBodies {
  constructor(
    private readonly source: ReleaseSource,
    private readonly maxBytes: number = DEFAULT_MAX_OBJECT_BYTES,
  ) {}

  async bodyOf(release: StoredRelease): Promise<readonly string[] | null> {
    for (const uri of release.locations) {
      const { bucket, key } = locationOf(uri);
      try {
        const bytes = await this.source.getObject({ bucket, key, size: release.bodyBytes });
        const { parts } = readReleaseParts(bytes, { fileName: key, maxBytes: this.maxBytes });
        if (contentHash(parts) === release.contentHash) return parts.body;
      } catch (error) {
        if (error instanceof ObjectNotFoundError || error instanceof ReleaseParseError) continue;
        throw error;
      }
    }
    return null;
  }
}
