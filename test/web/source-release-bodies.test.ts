import { readFileSync } from 'node:fs';
import { contentHash } from '../../lambdas/core/content-hash';
import {
  ObjectNotFoundError,
  type ObjectRef,
  type ReleaseSource,
  type StoredRelease,
} from '../../lambdas/core/ports';
import { SourceReleaseBodies } from '../../lambdas/web/source-release-bodies';
import { SEED_FILE, seedRelease } from './web-world';

class MapSource implements ReleaseSource {
  readonly objects = new Map<string, Uint8Array>();
  async getObject(ref: ObjectRef): Promise<Uint8Array> {
    const bytes = this.objects.get(`${ref.bucket}/${ref.key}`);
    if (!bytes) throw new ObjectNotFoundError('gone');
    return bytes;
  }
}

const stored = (locations: string[]): StoredRelease => ({
  id: 'x'.repeat(24),
  format: 'text',
  date: null,
  title: '',
  source: null,
  url: null,
  summary: '',
  countries: [],
  officials: [],
  locations,
  contentHash: contentHash(seedRelease()),
  status: 'alerted',
  ingestedAt: '',
  updatedAt: '',
  bodyBytes: 0,
});

describe('SourceReleaseBodies', () => {
  test('reads the first location that still holds this content, passing over gone and changed objects', async () => {
    const source = new MapSource();
    source.objects.set('releases/changed.txt', new TextEncoder().encode('Another release\n\nOther text.'));
    source.objects.set('releases/broken.json', new TextEncoder().encode('{ not json'));
    source.objects.set('releases/seed.txt', readFileSync(SEED_FILE));
    const bodies = new SourceReleaseBodies(source);
    const body = await bodies.bodyOf(
      stored([
        's3://releases/gone.txt',
        's3://releases/changed.txt',
        's3://releases/broken.json',
        's3://releases/seed.txt',
      ]),
    );
    expect(body).toEqual(seedRelease().body);
    expect(await bodies.bodyOf(stored(['s3://releases/gone.txt', 's3://releases/changed.txt']))).toBeNull();
  });

  test('an S3 outage is an error, not a missing body', async () => {
    const bodies = new SourceReleaseBodies({ getObject: () => Promise.reject(new Error('throttled')) });
    await expect(bodies.bodyOf(stored(['s3://releases/seed.txt']))).rejects.toThrow('throttled');
  });
});
