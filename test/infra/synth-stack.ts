import { readFileSync } from 'node:fs';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { CommuniqueStack } from '../../lib/communique-stack';
import { readConfig } from '../../lib/config';

const ROOT = path.resolve(__dirname, '..', '..');

/** The context `cdk synth` would see: cdk.json's (settings and feature flags), then the test's overrides. */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(path.join(ROOT, 'cdk.json'), 'utf8')) as {
    context: Record<string, unknown>;
  };
  return cdkJson.context;
}

export interface SynthOptions {
  /** Context keys that replace cdk.json's. */
  readonly context?: Record<string, unknown>;
  /** Run esbuild on the ingest function (seconds); off, CDK uses a placeholder asset. */
  readonly bundle?: boolean;
}

/** Builds the app as bin/communique.ts does, with cdk.json's context. */
export function synthStack(options: SynthOptions = {}): { app: App; stack: CommuniqueStack } {
  const context: Record<string, unknown> = { ...cdkJsonContext(), ...options.context };
  // CDK's own switch: bundle only the listed stacks.
  if (!options.bundle) context['aws:cdk:bundling-stacks'] = [];
  const app = new App({ context });
  const config = readConfig((key) => app.node.tryGetContext(key));
  const stack = new CommuniqueStack(app, 'Communique', { config });
  return { app, stack };
}
