import { contentHash } from '../core/content-hash';
import { DEFAULT_MAX_OBJECT_BYTES } from '../core/limits';
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
  // The reading stage is imported on the first body read, not at load: its module scope (htmlparser2's entity
  // tables are decoded when their module runs, ~5 ms of a cold start) is paid by release pages only, not by the
  // home page, the lists or the feeds. esbuild keeps it in the one bundle file and runs it at that import.
  private static reader: Promise<typeof import('../core/parse/read-release-parts')> | null = null;

  constructor(
    private readonly source: ReleaseSource,
    private readonly maxBytes: number = DEFAULT_MAX_OBJECT_BYTES,
  ) {}

  async bodyOf(release: StoredRelease): Promise<readonly string[] | null> {
    for (const uri of release.locations) {
      const { bucket, key } = locationOf(uri);
      try {
        const bytes = await this.source.getObject({ bucket, key, size: release.bodyBytes });
        SourceReleaseBodies.reader ??= import('../core/parse/read-release-parts');
        const { readReleaseParts } = await SourceReleaseBodies.reader;
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
