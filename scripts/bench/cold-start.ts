import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { findIngestAsset } from './bundle';
import { type BenchSection, ms, percentile, printSections } from './section';

const ROOT = path.resolve(__dirname, '..', '..');
const PROCESSES = 25;

// What the Lambda runtime would give the function; the clients are built at load time, nothing is called.
const LAMBDA_ENV = {
  ...process.env,
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  BUCKET_NAME: 'bench-bucket',
  TABLE_NAME: 'bench-table',
  TOPIC_ARN: 'arn:aws:sns:us-east-1:123456789012:bench',
  POWERTOOLS_SERVICE_NAME: 'communique',
};

/** Loads `file` in a fresh Node process and returns the milliseconds from first import to a ready handler. */
export function loadOnce(file: string, env: NodeJS.ProcessEnv = LAMBDA_ENV): number {
  const script = `
    const t0 = performance.now();
    import(${JSON.stringify(pathToFileURL(file).href)}).then((m) => {
      const handler = m.handler ?? m.default?.handler;
      if (typeof handler !== 'function') throw new Error('no handler export');
      process.stdout.write(String(performance.now() - t0));
    });`;
  const out = execFileSync(process.execPath, ['-e', script], {
    env,
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return Number(out);
}

/**
 * Loads the parser bundle in a fresh process and returns the milliseconds of its first parse of `release`: the
 * tables, the name lexicon and the gazetteer unpacked, and the parser's code run cold.
 */
function firstParseOnce(bundle: string, release: string): number {
  const script = `
    const bytes = new Uint8Array(require('node:fs').readFileSync(${JSON.stringify(release)}));
    import(${JSON.stringify(pathToFileURL(bundle).href)}).then((m) => {
      const t0 = performance.now();
      m.parseRelease(bytes, { fileName: ${JSON.stringify(path.basename(release))} });
      process.stdout.write(String(performance.now() - t0));
    });`;
  const out = execFileSync(process.execPath, ['-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return Number(out);
}

/** The parser alone, bundled as the Lambda bundles it (minified ESM, UTF-8). */
async function parserBundle(): Promise<string> {
  const outdir = path.join(ROOT, 'node_modules', '.cache', 'communique-bench');
  mkdirSync(outdir, { recursive: true });
  const outfile = path.join(outdir, 'parser.mjs');
  await build({
    entryPoints: [path.join(ROOT, 'lambdas', 'core', 'parse', 'parse-release.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    charset: 'utf8',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

function sample(file: string): number[] {
  loadOnce(file); // warm the OS file cache, as a Lambda's disk would be
  return Array.from({ length: PROCESSES }, () => loadOnce(file));
}

/** The same handler compiled without bundling its dependencies: they load from node_modules. */
async function unbundled(): Promise<string> {
  const outdir = path.join(ROOT, 'node_modules', '.cache', 'communique-bench');
  mkdirSync(outdir, { recursive: true });
  const outfile = path.join(outdir, 'ingest-unbundled.cjs');
  await build({
    entryPoints: [path.join(ROOT, 'lambdas', 'ingest', 'index.ts')],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

export async function benchColdStart(): Promise<BenchSection> {
  const asset = findIngestAsset();
  const rows: Array<readonly [string, string]> = [];
  if (asset) {
    const bundled = sample(asset.bundle);
    rows.push(['bundled p50', `${ms(percentile(bundled, 50))} (target <= 60 ms)`]);
    rows.push(['bundled p99', ms(percentile(bundled, 99))]);
  } else {
    rows.push(['bundled', 'no bundle: run `npx cdk synth` first']);
  }
  const plain = sample(await unbundled());
  rows.push(['unbundled (node_modules) p50', ms(percentile(plain, 50))]);
  rows.push(['unbundled (node_modules) p99', ms(percentile(plain, 99))]);
  const corpus = path.resolve(ROOT, '..', 'shared', 'corpus', 'releases');
  if (existsSync(corpus)) {
    const release = path.join(corpus, readdirSync(corpus).sort()[0] as string);
    const bundle = await parserBundle();
    firstParseOnce(bundle, release);
    const first = Array.from({ length: PROCESSES }, () => firstParseOnce(bundle, release));
    rows.push([
      `first parse after import (${path.basename(release)}, tables loaded) p50`,
      `${ms(percentile(first, 50))} (target <= 50 ms)`,
    ]);
    rows.push(['first parse p99', ms(percentile(first, 99))]);
  } else {
    rows.push(['first parse', `skipped: no corpus at ${corpus}`]);
  }
  return {
    title: `Cold start: import + handler ready, then the first parse, fresh process x${PROCESSES}`,
    rows,
  };
}

if (require.main === module) benchColdStart().then((s) => printSections([s]));
