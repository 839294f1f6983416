import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildReferenceBundle } from './reference-bundle';
import { bundleBytes } from './schema-literal-keys';
import { atMost, type BenchSection, kib, printSections, ratio } from './section';

const ROOT = path.resolve(__dirname, '..', '..');
const CDK_OUT = path.join(ROOT, 'cdk.out');

export interface Metafile {
  readonly inputs: Record<string, { bytes: number }>;
  readonly outputs: Record<string, { bytes: number; inputs: Record<string, { bytesInOutput: number }> }>;
}

/**
 * The ingest function's asset folder: the one whose esbuild metafile bundles lambdas/ingest/index.ts.
 * @param cdkOut a cloud assembly folder. @default the project's `cdk.out`
 */
export function findIngestAsset(cdkOut = CDK_OUT): { dir: string; bundle: string; meta: Metafile } | null {
  return findAsset('lambdas/ingest/index.ts', cdkOut);
}

/** A function's asset folder: the one whose esbuild metafile bundles `entry` (e.g. `lambdas/web/index.ts`). */
export function findAsset(
  entry: string,
  cdkOut = CDK_OUT,
): { dir: string; bundle: string; meta: Metafile } | null {
  if (!existsSync(cdkOut)) return null;
  // cdk.out keeps the assets of earlier synths: the newest one is the current bundle.
  const names = readdirSync(cdkOut)
    .filter((name) => name.startsWith('asset.'))
    .sort((a, b) => statSync(path.join(cdkOut, b)).mtimeMs - statSync(path.join(cdkOut, a)).mtimeMs);
  for (const name of names) {
    const dir = path.join(cdkOut, name);
    const metaPath = path.join(dir, 'index.meta.json');
    if (!existsSync(metaPath)) continue;
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as Metafile;
    if (!Object.keys(meta.inputs).some((input) => input.endsWith(entry))) continue;
    const bundle = ['index.mjs', 'index.js'].map((f) => path.join(dir, f)).find((f) => existsSync(f));
    if (bundle) return { dir, bundle, meta };
  }
  return null;
}

/** The functions the stack bundles, by entry; the notifier only with context `senderEmail`. */
export const FUNCTIONS = [
  { name: 'ingest', entry: 'lambdas/ingest/index.ts' },
  { name: 'web', entry: 'lambdas/web/index.ts' },
  { name: 'notifier', entry: 'lambdas/notifier/index.ts' },
] as const;

/** The ingest bundle's ceiling (issue 14), in bytes: 450 KB read as 450,000 bytes. */
export const INGEST_MAX_BYTES = 450_000;

/**
 * Runs the real synth (with bundling) unless told not to, so the figures are those of what would deploy. With a
 * sender address the stack also deploys the subscriber path, so all three functions are bundled.
 */
export function synth(cdkOut = CDK_OUT): void {
  execFileSync(
    'npx',
    ['cdk', 'synth', '--quiet', '--output', cdkOut, '-c', 'senderEmail=bench@example.com'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

export function groupOf(input: string): string {
  const nm = input.lastIndexOf('node_modules/');
  if (nm === -1) return input.replace(/^.*?(lambdas\/)/, '$1').replace(/\/[^/]+$/, '/');
  const rest = input.slice(nm + 'node_modules/'.length).split('/');
  return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? input);
}

/** Bytes in the bundle by package (or lambdas/ folder), largest first. */
export function largestParts(meta: Metafile, count: number): Array<readonly [string, number]> {
  const output = Object.values(meta.outputs).find((o) => Object.keys(o.inputs).length > 0);
  const groups = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    groups.set(groupOf(input), (groups.get(groupOf(input)) ?? 0) + bytesInOutput);
  }
  return [...groups.entries()].sort((a, b) => b[1] - a[1]).slice(0, count);
}

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(0)} KB`;

export async function benchBundle(options: { synth?: boolean; cdkOut?: string } = {}): Promise<BenchSection> {
  const cdkOut = options.cdkOut ?? CDK_OUT;
  if (options.synth !== false) synth(cdkOut);
  const reference = buildReferenceBundle();
  const defaults = buildReferenceBundle({ defaults: true });
  const rows: Array<readonly [string, string]> = [
    ['bare three-client handler (reference)', `${kb(reference.bytes)} (${kib(reference.bytes)})`],
    ['  same, NodejsFunction defaults (no aliases)', `${kb(defaults.bytes)} (${kib(defaults.bytes)})`],
  ];
  for (const fn of FUNCTIONS) {
    const asset = findAsset(fn.entry, cdkOut);
    if (!asset) {
      rows.push([fn.name, 'not found: run `npx cdk synth -c senderEmail=bench@example.com` first']);
      continue;
    }
    const size = statSync(asset.bundle).size;
    rows.push([
      fn.name,
      `${kb(size)}, ${ratio(size / reference.bytes)} the reference; ${atMost(size, reference.bytes, '<= 1.00x', kb)}`,
    ]);
    if (fn.name === 'ingest') rows.push(['', atMost(size, INGEST_MAX_BYTES, '<= 450 KB', kb)]);
    rows.push(...largestParts(asset.meta, 6).map(([name, bytes]) => [`  ${name}`, kib(bytes)] as const));
  }
  // aws/aws-sdk-js-v3#7607, measured: the same builds through the esbuild API, without and with literal keys.
  for (const entry of ['scripts/bench/reference/bare-handler.ts', ...FUNCTIONS.map((fn) => fn.entry)]) {
    const [plain, literal] = [await bundleBytes(entry, false), await bundleBytes(entry, true)];
    rows.push([
      `schemas with literal keys (#7607): ${path.basename(path.dirname(entry))}`,
      `${kb(plain)} -> ${kb(literal)} (${kb(literal - plain)}); an esbuild plugin, which NodejsFunction cannot run`,
    ]);
  }
  return {
    title: 'Lambda bundles (esbuild metafiles of `cdk synth`, minified ESM) against a bare reference',
    rows,
  };
}

if (require.main === module) {
  // `--out DIR`: another cloud assembly folder than cdk.out (e.g. to compare two synths side by side).
  const out = process.argv.indexOf('--out');
  const cdkOut = out === -1 ? undefined : process.argv[out + 1];
  benchBundle({
    synth: !process.argv.includes('--no-synth'),
    ...(cdkOut ? { cdkOut: path.resolve(cdkOut) } : {}),
  }).then((s) => printSections([s]));
}
