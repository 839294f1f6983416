import { runOfficials } from '../../cli/commands/officials';
import { runReleases, runShow } from '../../cli/commands/releases';
import { MemoryReleaseStore } from '../../lambdas/adapters/memory/memory-release-store';
import { PARSER_VERSION } from '../../lambdas/core/parse/parser-version';
import { input, official, release } from '../support/store-inputs';

// `releases` and `officials` tell which releases an older (or unrecorded) parser version read.

const fajon = official('Tanja Fajon', ['Tanja Fajon'], ['Minister']);
const golob = official('Robert Golob', ['Robert Golob'], ['Prime Minister']);

async function archive() {
  const store = new MemoryReleaseStore();
  const current = await store.storeRelease(
    input('a.txt', release('Current read', '2025-11-01', ['SI'], [fajon]), 't1'),
  );
  const old = await store.storeRelease(
    input('b.txt', release('Old read', '2025-11-02', ['SI'], [golob]), 't2', { parserVersion: 'ancient' }),
  );
  return { store, currentId: current.releaseId, oldId: old.releaseId };
}

async function run(fn: (out: (line: string) => void) => Promise<number>): Promise<string[]> {
  const lines: string[] = [];
  expect(await fn((line) => lines.push(...line.split('\n')))).toBe(0);
  return lines;
}

test('releases marks stale ones with *, says how many, and --stale lists only them', async () => {
  const { store, currentId, oldId } = await archive();
  const table = await run((out) =>
    runReleases({ archive: store, where: 'memory', out }, { limit: 20, json: false }),
  );
  expect(table.find((l) => l.includes(oldId))).toMatch(new RegExp(`${oldId} \\*`));
  expect(table.find((l) => l.includes(currentId))).not.toContain('*');
  expect(table.at(-1)).toBe(
    `* 1 read by an older parser than ${PARSER_VERSION} (or one that recorded none): \`communique reindex\` re-reads them.`,
  );
  const stale = await run((out) =>
    runReleases({ archive: store, where: 'memory', out }, { limit: 20, json: true, stale: true }),
  );
  expect((JSON.parse(stale.join('\n')) as Array<{ id: string }>).map((r) => r.id)).toEqual([oldId]);
});

test('releases show prints the parser version and whether it is stale', async () => {
  const { store, currentId, oldId } = await archive();
  const show = (id: string) => run((out) => runShow({ archive: store, out, err: out }, id, false));
  expect(await show(oldId)).toContain(`  parser: ancient (stale: the current parser is ${PARSER_VERSION})`);
  expect(await show(currentId)).toContain(`  parser: ${PARSER_VERSION}`);
});

test('officials counts each official’s stale releases; --stale lists only those officials', async () => {
  const { store } = await archive();
  const all = await run((out) => runOfficials({ archive: store, where: 'memory', out }, { json: false }));
  expect(all.find((l) => l.startsWith('Robert Golob'))).toMatch(/^Robert Golob\s+1\s+1\s+robert-golob/);
  expect(all.find((l) => l.startsWith('Tanja Fajon'))).toMatch(/^Tanja Fajon\s+1\s+0\s+tanja-fajon/);
  expect(all.at(-1)).toContain('1 named in releases an older parser');
  const stale = await run((out) =>
    runOfficials({ archive: store, where: 'memory', out }, { json: true, stale: true }),
  );
  expect(
    (JSON.parse(stale.join('\n')) as Array<{ id: string; staleReleases: number }>).map((o) => [
      o.id,
      o.staleReleases,
    ]),
  ).toEqual([['robert-golob', 1]]);
});
