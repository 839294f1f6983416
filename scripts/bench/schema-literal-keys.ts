import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * What aws/aws-sdk-js-v3#7607 costs: the SDK's generated schemas use computed keys (`{ [_hQ]: _ct }` over
 * `const _hQ = "httpQuery"`), which esbuild must keep as possible side effects, so unused operation schemas stay
 * in the bundle (fix proposed in smithy-lang/smithy-typescript#1889: literal keys). This plugin writes the keys
 * as literals. NodejsFunction runs the esbuild CLI, which takes no plugins: the figure says what the fix would
 * save, the stack does not use it.
 */
const literalSchemaKeys: Plugin = {
  name: 'literal-schema-keys',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist-es[\\/]schemas[\\/]schemas_\d+\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const strings = new Map<string, string>();
      for (const m of source.matchAll(/^const (_\w+) = ("(?:[^"\\]|\\.)*");$/gm))
        strings.set(m[1] ?? '', m[2] ?? '');
      const contents = source.replace(/\[(_\w+)\]:/g, (whole, name: string) => {
        const value = strings.get(name);
        return value === undefined ? whole : `${value}:`;
      });
      return { contents, loader: 'js' };
    });
  },
};

/** Bytes of `entry` bundled as the stack's options do (minified ESM, module field first, the two aliases). */
export async function bundleBytes(entry: string, plugin: boolean): Promise<number> {
  const result = await build({
    entryPoints: [path.join(ROOT, entry)],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    legalComments: 'none',
    alias: {
      '@aws-sdk/credential-provider-node': './lambdas/ingest/env-credentials.ts',
      '@smithy/core/event-streams': './lambdas/ingest/no-event-streams.ts',
    },
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    plugins: plugin ? [literalSchemaKeys] : [],
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.contents.length ?? 0;
}
