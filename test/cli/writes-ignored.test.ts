import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { defaultDataDir } from '../../cli/local/local-state';

const ROOT = path.resolve(__dirname, '..', '..');

// Running the CLI from a clone must leave `git status` clean. What it writes inside the repository, measured
// with a whole local session (start, subscribe, upload, releases, officials, failures, Ctrl-C) and `cdk synth`:
// the data folder of local mode, and CDK's cloud assembly. The environment-agnostic stack does no context
// lookups, so `cdk synth` writes no cdk.context.json.
test.each(
  [
    path.join(defaultDataDir({}), 'local.json'),
    path.join(defaultDataDir({}), 'subscriptions.json'),
    path.join(defaultDataDir({}), 's3', 'releases', 'a.txt._S3rver_object'),
    path.join(defaultDataDir({}), 'dynamodb', 'CURRENT'),
    path.join(ROOT, 'cdk.out', 'manifest.json'),
  ].map((file) => path.relative(ROOT, file)),
)('%s is ignored by git', (file) => {
  expect(file.startsWith('..')).toBe(false);
  const check = spawnSync('git', ['check-ignore', '--no-index', '--quiet', file], { cwd: ROOT });
  expect(check.status).toBe(0);
});
