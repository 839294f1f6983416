import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { type BundlingOptions, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';

/**
 * The runtime of every function: the newest Node.js runtime aws-cdk-lib knows (cdk-nag AwsSolutions-L1; a test
 * checks it stays so). esbuild's `--target` follows it, so `npm run bench` builds its reference bundle with it too.
 */
export const LAMBDA_RUNTIME = Runtime.NODEJS_24_X;
export const LAMBDA_ARCHITECTURE = Architecture.ARM_64;

/**
 * How both functions (ingest and web) are bundled: minified ESM by the local esbuild, with a metafile for
 * `npm run bench`. The aliases point at lambdas/ingest/ files; they serve any function built on the SDK v3.
 */
export const LAMBDA_BUNDLING: BundlingOptions = {
  // The locally installed esbuild, never Docker (not available in CI or on these machines).
  forceDockerBundling: false,
  minify: true,
  sourceMap: true,
  // Stack traces need file names and lines, not the sources: keeps the asset small.
  sourcesContent: false,
  format: OutputFormat.ESM,
  // Prefer the ESM builds of the SDK so esbuild can drop what is not used (the bare three-client handler: 765 KB
  // with NodejsFunction's defaults, 371 KB with these options; `npm run bench -- --only bundle`). Known gap: the
  // generated schema files use computed keys (`{ [_hQ]: ... }`), which esbuild must keep, so unused operation
  // schemas stay in: ~59 KB of the ingest bundle, ~106 KB of the web one (aws/aws-sdk-js-v3#7607; literal keys
  // proposed in smithy-lang/smithy-typescript#1889). A plugin could rewrite them, but NodejsFunction runs the
  // esbuild CLI, which takes no plugins, and an `--alias` cannot reach them: the clients import their schemas by
  // relative paths, and esbuild aliases package paths only (README "The Lambda bundle").
  mainFields: ['module', 'main'],
  // Some bundled CommonJS dependencies call require(); ESM output has none unless we make one.
  banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  // Bundle the SDK v3 clients too: one file loads faster than the runtime's copy from node_modules (the bench's
  // unbundled row), and the version is ours: the SDK the Node.js runtimes ship is not pinned and changes under a
  // deployed function, so nothing is external (not even `@aws-sdk/*`, NodejsFunction's default).
  externalModules: [],
  // Written as index.meta.json next to the bundle in cdk.out; `npm run bench` reads sizes from it.
  metafile: true,
  esbuildArgs: {
    // The Lambda runtime always gives the function its credentials as environment variables: an
    // env-only provider replaces the SDK's default chain (SSO, ini, IMDS, ...), ~90 KiB of the bundle.
    // esbuild resolves an alias's relative path from its working directory, the project root.
    '--alias:@aws-sdk/credential-provider-node': './lambdas/ingest/env-credentials.ts',
    // The event-stream codec (~15 KiB) serves only S3 SelectObjectContent, which the function never calls.
    '--alias:@smithy/core/event-streams': './lambdas/ingest/no-event-streams.ts',
    // Non-ASCII characters (country names, role words) as UTF-8 instead of \uXXXX escapes; Node reads
    // modules as UTF-8. Passed here: this aws-cdk-lib declares a `charset` option but never passes it on.
    '--charset': 'utf8',
    // The only comments esbuild keeps as "legal" here are coverage hints (`v8 ignore next -- @preserve`
    // in Powertools), not licence texts.
    '--legal-comments': 'none',
  },
};
