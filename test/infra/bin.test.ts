import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

describe('bin/communique.ts', () => {
  let outdir: string;
  beforeAll(() => {
    outdir = mkdtempSync(path.join(os.tmpdir(), 'communique-bin-'));
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  test('a bad cdk.json entry ends the synth with its message and no stack trace', () => {
    // The CDK CLI hands the app its context this way (cdk.json merged with -c options).
    const context = { subscriptions: [{ email: 'x@y.org', countries: ['Atlantis'] }] };
    const run = spawnSync(process.execPath, [TSX, path.join(ROOT, 'bin', 'communique.ts')], {
      cwd: ROOT,
      env: { ...process.env, CDK_CONTEXT_JSON: JSON.stringify(context), CDK_OUTDIR: outdir },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `cdk.json context "subscriptions"[0] (x***@y.org): unknown country 'Atlantis'`,
    );
  });
});
