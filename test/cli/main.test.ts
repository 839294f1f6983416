import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../cli/main';

const ROOT = path.resolve(__dirname, '..', '..');

describe('communique as a tool in a pipe', () => {
  let out: string;
  let err: string;
  let spies: jest.SpyInstance[];
  beforeEach(() => {
    out = '';
    err = '';
    spies = [
      jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
        out += String(chunk);
        return true;
      }),
      jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
        err += String(chunk);
        return true;
      }),
    ];
  });
  afterEach(() => {
    for (const spy of spies) spy.mockRestore();
  });

  test('--version prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(await main(['--version'])).toBe(0);
    expect(out).toBe(`communique ${version}\n`);
    expect(await main(['-V'])).toBe(0);
  });

  test('a file error is one line that names the path, exit code 1', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'communique-main-'));
    try {
      const file = path.join(dir, 'a-file');
      writeFileSync(file, '');
      const missing = path.join(dir, 'missing');
      expect(
        await main([
          'subscribe',
          '--email',
          'a@example.com',
          '--country',
          'SI',
          '--dry-run',
          '--releases',
          missing,
        ]),
      ).toBe(1);
      expect(err).toBe(`communique subscribe: ${missing}: no such file or folder (stat)\n`);
      err = '';
      // Every port 0: the data-folder error must not depend on the default ports being free on this machine.
      const anyPorts = ['--s3-port', '--dynamodb-port', '--smtp-port', '--inbox-port', '--web-port'].flatMap(
        (o) => [o, '0'],
      );
      expect(await main(['start', '--data-dir', path.join(file, 'sub'), ...anyPorts])).toBe(1);
      expect(err).toBe(
        `communique start: ${path.join(file, 'sub')}: a part of the path is a file, not a folder (mkdir)\n`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test('a reader that closes the pipe early (| head) ends the CLI quietly with exit code 0', async () => {
  // About 1 MB of output, far more than a pipe buffers (64 KiB): the CLI is still writing when the reader goes.
  const folders = Array.from({ length: 10 }, () => 'test/fixtures/releases');
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'cli/main.ts', 'parse', ...folders],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(stderr).toBe('');
  expect(code).toBe(0);
});
