import { statSync } from 'node:fs';
import { findAsset, groupOf } from './bundle';
import { loadOnce } from './cold-start';
import { type BenchSection, kib, ms, percentile, printSections } from './section';

const PROCESSES = 25;

// What the Lambda runtime would give the web function; its clients are built at load time, nothing is called.
const WEB_LAMBDA_ENV = {
  ...process.env,
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  ARCHIVE_TABLE_NAME: 'bench-table',
};

/** Size of the web function's bundle (from the `cdk synth` that the bundle section runs) and its cold start. */
export async function benchWeb(): Promise<BenchSection> {
  const asset = findAsset('lambdas/web/index.ts');
  if (!asset) return { title: 'Web Lambda', rows: [['bundle', 'not found: run `npx cdk synth` first']] };
  const output = Object.values(asset.meta.outputs).find((o) => Object.keys(o.inputs).length > 0);
  const groups = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    groups.set(groupOf(input), (groups.get(groupOf(input)) ?? 0) + bytesInOutput);
  }
  const largest = [...groups.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
  loadOnce(asset.bundle, WEB_LAMBDA_ENV); // warm the OS file cache, as a Lambda's disk would be
  const loads = Array.from({ length: PROCESSES }, () => loadOnce(asset.bundle, WEB_LAMBDA_ENV));
  return {
    title: `Web Lambda (bundle of \`cdk synth\`; cold start = import + handler ready, fresh process x${PROCESSES})`,
    rows: [
      ['bundle size', kib(statSync(asset.bundle).size)],
      ...largest.map(([name, bytes]) => [`  ${name}`, kib(bytes)] as const),
      ['cold start p50', ms(percentile(loads, 50))],
      ['cold start p99', ms(percentile(loads, 99))],
    ],
  };
}

if (require.main === module) benchWeb().then((s) => printSections([s]));
