import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { type BundlingOptions, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LAMBDA_ARCHITECTURE, LAMBDA_BUNDLING, LAMBDA_RUNTIME } from '../../lib/constructs/lambda-bundling';
import { findAsset } from './bundle';

const ROOT = path.resolve(__dirname, '..', '..');
const ENTRY = 'scripts/bench/reference/bare-handler.ts';

/** NodejsFunction's own choices with the SDK bundled: what a project gets before any option of its own. */
const DEFAULT_BUNDLING: BundlingOptions = {
  forceDockerBundling: false,
  minify: true,
  format: OutputFormat.ESM,
  externalModules: [],
  metafile: true,
};

export interface ReferenceBundle {
  readonly bundle: string;
  readonly bytes: number;
}

/**
 * Bundles the bare three-client handler (reference/bare-handler.ts) through a real `NodejsFunction` in a
 * throwaway app, with the runtime, architecture and bundling options the stack's functions use
 * (`LAMBDA_BUNDLING`), or with NodejsFunction's defaults (`defaults: true`). Same esbuild, same run.
 */
export function buildReferenceBundle(options: { defaults?: boolean } = {}): ReferenceBundle {
  // A folder of its own per run: the bundle imports nothing from node_modules, and runs never share it.
  const outdir = mkdtempSync(path.join(os.tmpdir(), 'communique-bench-reference-'));
  const cdkJson = JSON.parse(readFileSync(path.join(ROOT, 'cdk.json'), 'utf8')) as {
    context: Record<string, unknown>;
  };
  const app = new App({ outdir, context: cdkJson.context });
  new NodejsFunction(new Stack(app, 'BenchReference'), 'Bare', {
    entry: path.join(ROOT, ENTRY),
    handler: 'handler',
    projectRoot: ROOT,
    depsLockFilePath: path.join(ROOT, 'package-lock.json'),
    runtime: LAMBDA_RUNTIME,
    architecture: LAMBDA_ARCHITECTURE,
    bundling: options.defaults ? DEFAULT_BUNDLING : LAMBDA_BUNDLING,
  });
  app.synth();
  const asset = findAsset(ENTRY, outdir);
  if (!asset) throw new Error(`the reference bundle is missing from ${outdir}`);
  return { bundle: asset.bundle, bytes: statSync(asset.bundle).size };
}
