import { feedparserPython, parseFeed } from '../support/feedparser';
import { HOSTILE, HOSTILE_KEY, seedRelease, webWorld } from './web-world';

const python = feedparserPython();
if (!python) {
  process.stderr.write(
    'Atom feed validation skipped: no Python with feedparser (Debian: apt-get install -y python3-feedparser; .ci/run installs it).\n',
  );
}
const describeWithParser = python ? describe : describe.skip;

describeWithParser('Atom feeds, read by feedparser', () => {
  test('every feed is well-formed Atom 1.0 (bozo false), hostile text included, with permanent entry ids', async () => {
    const world = webWorld();
    const seedId = await world.add('seed.txt', seedRelease(), '2025-11-29T10:00:00.000Z');
    const hostileId = await world.add(HOSTILE_KEY, HOSTILE, '2025-11-30T10:00:00.000Z');
    for (const path of [
      '/feeds/all.atom',
      '/feeds/countries/SI.atom',
      '/feeds/officials/mallory-eve.atom',
      '/feeds/countries/ZW.atom',
    ]) {
      const xml = await (await world.get(path)).text();
      const feed = parseFeed(python as string, xml);
      expect({ path, bozo: feed.bozo, why: feed.bozoException, version: feed.version }).toEqual({
        path,
        bozo: false,
        why: null,
        version: 'atom10',
      });
    }
    const si = parseFeed(python as string, await (await world.get('/feeds/countries/SI.atom')).text());
    expect(si.title).toBe('communique: Slovenia');
    expect(si.updated).toBe('2025-11-30T10:00:00.000Z');
    expect(si.entries.map((e) => e.id)).toEqual([
      `urn:communique:release:${hostileId}`,
      `urn:communique:release:${seedId}`,
    ]);
    expect(si.entries[1]?.link).toBe(`http://127.0.0.1/releases/${seedId}`);
    // The payload comes back as the text it was, not as markup.
    expect(si.entries[0]?.title).toContain('<script>window.__pwned = 1</script>');
  });
});
