import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { UsageError } from '../../cli/command';
import { command } from '../../cli/commands/parse';

describe('communique parse', () => {
  let dir: string;
  let out: string;
  let spy: jest.SpyInstance;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'communique-parse-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => {
    out = '';
    spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
  });
  afterEach(() => spy.mockRestore());

  test('prints one object per file and exits 0 when all parse', async () => {
    const file = path.join(dir, 'a.txt');
    writeFileSync(
      file,
      'date 2024-08-09 kantei.go.jp\n\nJapan-Kazakhstan Summit\n\nPrime Minister KISHIDA Fumio held a call with President Kassym-Jomart Tokayev.',
    );
    expect(await command.run([file])).toBe(0);
    const [r] = JSON.parse(out);
    expect(r).toMatchObject({
      file,
      format: 'text',
      date: '2024-08-09',
      title: 'Japan-Kazakhstan Summit',
      source: 'kantei.go.jp',
    });
    expect(r.countries.map((c: { code: string }) => c.code)).toEqual(['JP', 'KZ']);
    expect(r.countries[0]).toEqual({ code: 'JP', name: 'Japan', mentions: ['Japan-Kazakhstan'] });
    expect(r.officials.map((o: { id: string }) => o.id)).toEqual(['kishida-fumio', 'kasim-jomart-tokaev']);
    expect(Object.keys(r.officials[0]).sort()).toEqual(['country', 'id', 'name', 'roles', 'variants']);
  });

  test('a bad file gets { file, error } and a non-zero exit, the good files are still printed', async () => {
    const good = path.join(dir, 'good.json');
    const bad = path.join(dir, 'bad.pdf');
    writeFileSync(
      good,
      JSON.stringify({ title: 'Talks', date: '2024-01-02', body: 'The Minister of Russia met.' }),
    );
    writeFileSync(bad, Buffer.from('%PDF-1.7\n\u0000\u0001binary'));
    const missing = path.join(dir, 'missing.txt');
    expect(await command.run([good, bad, missing])).toBe(1);
    const results = JSON.parse(out);
    expect(results).toHaveLength(3);
    expect(results[0]).toMatchObject({ file: good, format: 'json', date: '2024-01-02' });
    expect(results[1]).toEqual({ file: bad, error: expect.stringMatching(/binary/), reason: 'binary' });
    expect(results[2]).toMatchObject({ file: missing, reason: 'unreadable' });
  });

  test('a folder is read as upload reads it: recursively, in name order, hidden files skipped', async () => {
    const folder = mkdtempSync(path.join(dir, 'folder-'));
    mkdirSync(path.join(folder, 'b', 'c'), { recursive: true });
    mkdirSync(path.join(folder, '.git'));
    const release = (title: string) => `date 2024-08-09 mofa.go.jp\n\n${title}\n\nJapan and Kazakhstan met.`;
    writeFileSync(path.join(folder, 'a.txt'), release('First'));
    writeFileSync(path.join(folder, 'b', 'c', 'd.txt'), release('Deep'));
    writeFileSync(path.join(folder, '.hidden.txt'), release('Hidden'));
    writeFileSync(path.join(folder, '.git', 'HEAD'), 'ref: refs/heads/main');
    expect(await command.run([folder])).toBe(0);
    const results = JSON.parse(out) as Array<{ file: string; title: string }>;
    expect(results.map((r) => [path.relative(folder, r.file), r.title])).toEqual([
      ['a.txt', 'First'],
      [path.join('b', 'c', 'd.txt'), 'Deep'],
    ]);
  });

  test('no file is a usage error', async () => {
    await expect(command.run([])).rejects.toBeInstanceOf(UsageError);
    await expect(command.run(['--bogus'])).rejects.toBeInstanceOf(UsageError);
  });
});
