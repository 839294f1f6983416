import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { collectUploads, command, parseUploadArgs } from '../../cli/commands/upload';
import { writeOutcome } from '../../cli/local/object-outcomes';
import { ProgressBar } from '../../cli/local/progress-bar';
import { type LocalMode, startLocalMode } from '../../cli/local/start-local-mode';
import { formatOutcome, formatWaitSummary, waitForOutcomes } from '../../cli/local/wait-for-outcomes';
import { localTarget } from '../../cli/target';

describe('collectUploads', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'communique-upload-'));
    mkdirSync(path.join(dir, 'folder', '2025 11'), { recursive: true });
    writeFileSync(path.join(dir, 'folder', 'a.txt'), 'a');
    writeFileSync(path.join(dir, 'folder', '2025 11', 'Klakočar.html'), '<p>b</p>');
    writeFileSync(path.join(dir, 'folder', '.DS_Store'), 'x');
    writeFileSync(path.join(dir, 'single.json'), '{}');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a folder gives keys relative to it, a file its name, hidden files are skipped', () => {
    const items = collectUploads([path.join(dir, 'folder'), path.join(dir, 'single.json')]);
    expect(items.map((i) => i.key)).toEqual(['2025 11/Klakočar.html', 'a.txt', 'single.json']);
  });

  test('--prefix goes in front of every key, with one slash', () => {
    expect(collectUploads([path.join(dir, 'single.json')], 'archive').map((i) => i.key)).toEqual([
      'archive/single.json',
    ]);
    expect(collectUploads([path.join(dir, 'single.json')], 'archive/').map((i) => i.key)).toEqual([
      'archive/single.json',
    ]);
  });

  test('a missing path is a usage error', () => {
    expect(() => collectUploads([path.join(dir, 'nope')])).toThrow(/no such file or folder/);
  });
});

describe('parseUploadArgs', () => {
  test('paths, prefix and stack', () => {
    expect(parseUploadArgs(['a', '--prefix', '/x/', 'b', '--stack', 'Prod'])).toEqual({
      paths: ['a', 'b'],
      prefix: 'x/',
      stack: 'Prod',
      wait: true,
      timeoutMs: 120_000,
    });
    expect(parseUploadArgs(['a', '--no-wait', '--timeout', '5'])).toMatchObject({
      wait: false,
      timeoutMs: 5000,
    });
    expect(() => parseUploadArgs(['a', '--timeout', 'soon'])).toThrow(/--timeout takes a number/);
  });
  test('--history puts the keys under history/, before any --prefix', () => {
    expect(parseUploadArgs(['a', '--history', '--prefix', '2019/']).prefix).toBe('history/2019/');
    expect(parseUploadArgs(['a', '--history']).prefix).toBe('history/');
  });
  test('refuses no path, an unknown option, a missing value', () => {
    expect(() => parseUploadArgs([])).toThrow(/at least one/);
    expect(() => parseUploadArgs(['a', '--force'])).toThrow(/unknown option/);
    expect(() => parseUploadArgs(['a', '--prefix'])).toThrow(/needs a value/);
  });
});

describe('ProgressBar', () => {
  test('renders within the width it is given', () => {
    const bar = new ProgressBar(
      4,
      { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream,
      'up',
    );
    bar.tick();
    bar.tick();
    const line = bar.render(30);
    expect(line).toMatch(/^up \[#+-+\] 2\/4$/);
    expect(line.length).toBeLessThanOrEqual(30);
  });
  test('writes a plain line every N steps and at the end when not on a terminal', () => {
    const lines: string[] = [];
    const stream = { isTTY: false, write: (s: string) => lines.push(s) } as unknown as NodeJS.WriteStream;
    const bar = new ProgressBar(5, stream, 'uploading', 2);
    for (let i = 0; i < 5; i += 1) bar.tick();
    expect(lines).toEqual(['uploading 2/5\n', 'uploading 4/5\n', 'uploading 5/5\n']);
  });
});

describe('communique upload against local mode', () => {
  let dataDir: string;
  let mode: LocalMode;
  const previous = process.env.COMMUNIQUE_DATA_DIR;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'communique-upload-local-'));
    mode = await startLocalMode({ dataDir, s3Port: 0, dynamodbPort: 0, smtpPort: 0, inboxPort: 0 });
    process.env.COMMUNIQUE_DATA_DIR = dataDir;
  });
  afterAll(async () => {
    if (previous === undefined) delete process.env.COMMUNIQUE_DATA_DIR;
    else process.env.COMMUNIQUE_DATA_DIR = previous;
    await mode.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('finds local mode by itself and uploads a folder of 25 files under the prefix', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'communique-upload-src-'));
    for (let i = 0; i < 25; i += 1)
      writeFileSync(path.join(folder, `r${i}.txt`), `Release ${i}\n\nAbout Japan.`);
    const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await command.run([folder, '--prefix', 'batch'])).toBe(0);
      expect(out.mock.calls.map((c) => String(c[0])).join('')).toMatch(
        /Uploaded 25 files .* to s3:\/\/releases\/batch\//,
      );
    } finally {
      out.mockRestore();
      err.mockRestore();
      rmSync(folder, { recursive: true, force: true });
    }
    const target = localTarget(mode.state, dataDir);
    const listed = await target.s3.send(
      new ListObjectsV2Command({ Bucket: target.bucket, Prefix: 'batch/' }),
    );
    target.s3.destroy();
    target.dynamodb.destroy();
    expect(listed.KeyCount).toBe(25);
    await mode.idle();
  });

  /** Runs `upload` with these arguments; its exit code and what it printed. */
  async function upload(args: string[]): Promise<{ code: number; out: string }> {
    const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const code = await command.run(args);
      return { code, out: out.mock.calls.map((c) => String(c[0])).join('') };
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  }

  test('waits for each file and prints its outcome: stored, duplicate, updated, failed with the reason', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'communique-upload-wait-'));
    const file = (name: string, text: string) => {
      writeFileSync(path.join(folder, name), text);
      return path.join(folder, name);
    };
    try {
      const first = await upload([
        file('a.txt', 'Talks in Ljubljana\n\nSlovenia and Japan met.'),
        '--prefix',
        'w',
      ]);
      expect(first.code).toBe(0);
      expect(first.out).toMatch(/✓ w\/a\.txt {2}stored \([0-9a-f]{24}, alerted, 0 emails\)/);
      expect(first.out).toContain('Outcomes: 1 stored.');
      // The same bytes again under the same key: this upload's outcome, not the first one's.
      const again = await upload([path.join(folder, 'a.txt'), '--prefix', 'w']);
      expect(again.out).toMatch(/· w\/a\.txt {2}duplicate of a stored release/);
      const updated = await upload([
        file('a.txt', 'Talks in Ljubljana\n\nSlovenia and Japan met again.'),
        '--prefix',
        'w',
      ]);
      expect(updated.out).toMatch(/✓ w\/a\.txt {2}updated its release \(same id\)/);
      const failed = await upload([file('empty.txt', ''), '--prefix', 'w']);
      expect(failed.code).toBe(1);
      expect(failed.out).toMatch(/✗ w\/empty\.txt {2}failed \(empty\): /);
      const noWait = await upload([
        file('b.txt', 'Other talks\n\nAbout Japan.'),
        '--prefix',
        'w',
        '--no-wait',
      ]);
      expect(noWait.code).toBe(0);
      expect(noWait.out).not.toContain('Outcomes:');
      expect(noWait.out).toContain('Local mode logs each release as it is processed.');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    await mode.idle();
  });
});

describe('waitForOutcomes', () => {
  test('gives up after the timeout and says which files local mode has not processed', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'communique-outcomes-'));
    try {
      await writeOutcome(dir, {
        key: 'a.txt',
        eTag: '"e1"',
        kind: 'ingest',
        outcome: 'stored',
        releaseId: 'r1',
        alerts: 1,
        emails: 2,
      });
      const seen: string[] = [];
      const result = await waitForOutcomes(
        dir,
        [
          { key: 'a.txt', eTag: 'e1' },
          { key: 'b.txt', eTag: 'e2' },
        ],
        { timeoutMs: 300, onOutcome: (o) => seen.push(formatOutcome(o)) },
      );
      expect(seen).toEqual(['✓ a.txt  stored (r1, alerted, 2 emails)']);
      expect(result.missing).toEqual([{ key: 'b.txt', eTag: 'e2' }]);
      expect(formatWaitSummary(result, 300)).toMatch(
        /^Outcomes: 1 stored\. Timed out after 0 s: local mode has not processed 1 file yet \(first: b\.txt\)/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
