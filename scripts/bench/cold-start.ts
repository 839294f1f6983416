import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { build } from 'esbuild';
import { RELEASE_TABLE } from '../../lambdas/adapters/release-table';
import { ENV } from '../../lambdas/ingest/env';
import { FUNCTIONS, findAsset } from './bundle';
import { sqsEventFor, startBenchComponents } from './handler';
import { buildReferenceBundle } from './reference-bundle';
import { atMost, type BenchSection, ms, percentile, printSections, ratio } from './section';
import { startSnsEndpoint } from './sns-endpoint';

const ROOT = path.resolve(__dirname, '..', '..');
const CDK_OUT = path.join(ROOT, 'cdk.out');
/** Fresh processes per bundle (issue 14: at least 21), taken in turn with the reference's. */
const PROCESSES = 25;
/** Fresh processes for the first release and the first error, each. */
const FIRST_RUNS = 9;
const FIXTURE = path.join(__dirname, 'fixtures', 'two-countries-two-officials.txt');
/** Nothing listens there: a client that calls out at load time (the web function's secret) fails at once. */
const NOWHERE = 'http://127.0.0.1:9';

// What the Lambda runtime itself sets; credentials come as these variables only (s3rver accepts only S3RVER).
const RUNTIME = 'nodejs24.x';
const RUNTIME_ENV: NodeJS.ProcessEnv = {
  PATH: process.env.PATH ?? '',
  AWS_REGION: 'us-east-1',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'S3RVER',
  AWS_SECRET_ACCESS_KEY: 'S3RVER',
  AWS_SESSION_TOKEN: 'session-token',
  AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '512',
  AWS_EXECUTION_ENV: `AWS_Lambda_${RUNTIME}`,
  // The SDK's notice for Node 20 (this machine's); Lambda runs Node 24, where the SDK prints none.
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  TZ: ':UTC',
  AWS_ENDPOINT_URL: NOWHERE,
};

interface TemplateResource {
  readonly Type: string;
  readonly Metadata?: Record<string, unknown>;
  readonly Properties?: { Environment?: { Variables?: Record<string, unknown> } };
}

/**
 * The environment the stack gives the function whose asset is `assetDir` (its template's Variables), with the
 * references to other resources (`Ref`, `Fn::GetAtt`) replaced by stand-ins of the same shape.
 */
export function templateEnvironment(assetDir: string, cdkOut = CDK_OUT): Record<string, string> {
  const template = JSON.parse(readFileSync(path.join(cdkOut, 'Communique.template.json'), 'utf8')) as {
    Resources: Record<string, TemplateResource>;
  };
  const fn = Object.values(template.Resources).find(
    (r) => r.Type === 'AWS::Lambda::Function' && r.Metadata?.['aws:asset:path'] === path.basename(assetDir),
  );
  if (!fn) throw new Error(`no function of ${assetDir} in the template`);
  const variables = fn.Properties?.Environment?.Variables ?? {};
  return Object.fromEntries(
    Object.entries(variables).map(([name, value]) => {
      if (typeof value === 'string') return [name, value];
      if (/ARN$/.test(name)) return [name, 'arn:aws:sns:us-east-1:123456789012:bench'];
      if (/URL$/.test(name)) return [name, 'https://bench.example'];
      return [name, `bench-${name.toLowerCase()}`];
    }),
  );
}

// The function logs to stdout too: the figures come on a line of their own.
const MARK = 'bench-figures ';
const figures = (stdout: string): Record<string, unknown> => {
  const line = stdout.split('\n').find((l) => l.startsWith(MARK));
  if (!line) throw new Error(`no figures in ${stdout.slice(0, 200)}`);
  return JSON.parse(line.slice(MARK.length)) as Record<string, unknown>;
};

const script = (file: string, after: string) => `
  const MARK = ${JSON.stringify(MARK)};
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  import(${JSON.stringify(pathToFileURL(file).href)}).then(async (m) => {
    const handler = m.handler ?? m.default?.handler;
    if (typeof handler !== 'function') throw new Error('no handler export');
    const ready = performance.now() - t0;
    const used = process.cpuUsage(c0);
    const out = { ready, cpu: (used.user + used.system) / 1000 };
    ${after}
    process.stdout.write('\\n' + MARK + JSON.stringify(out) + '\\n');
    process.exit(0);
  });`;

/**
 * Loads `file` in a fresh Node process: milliseconds from first import to a ready handler, wall clock and CPU
 * time (all threads; less disturbed than the wall clock when other work shares the cores).
 */
export function loadTimes(file: string, env: NodeJS.ProcessEnv): { wall: number; cpu: number } {
  const out = execFileSync(process.execPath, ['-e', script(file, '')], {
    env,
    cwd: path.dirname(file),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const { ready, cpu } = figures(out) as { ready: number; cpu: number };
  return { wall: ready, cpu };
}

/** Wall-clock milliseconds from first import to a ready handler, in a fresh Node process. */
export const loadOnce = (file: string, env: NodeJS.ProcessEnv): number => loadTimes(file, env).wall;

/** Runs `after` (a snippet that fills `out`) once the handler is ready, in a fresh process; async, so that the
 * local servers of this process keep answering. */
function runOnce(file: string, env: NodeJS.ProcessEnv, after: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-e', script(file, after)],
      { env, cwd: path.dirname(file), encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else resolve(figures(stdout));
      },
    );
  });
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

/** The same handler compiled without bundling its dependencies: they load from node_modules. */
async function unbundled(): Promise<string> {
  const outdir = path.join(ROOT, 'node_modules', '.cache', 'communique-bench');
  mkdirSync(outdir, { recursive: true });
  const outfile = path.join(outdir, `ingest-unbundled-${process.pid}.cjs`);
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

interface Contender {
  readonly name: string;
  readonly file: string;
  readonly env: NodeJS.ProcessEnv;
  readonly times: number[];
  readonly cpu: number[];
}

const withoutSourceMaps = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => {
  const { NODE_OPTIONS: _, ...rest } = env;
  return rest;
};

/** Cold start of each function against the reference, `--enable-source-maps` at load and at the first error. */
export async function benchColdStart(): Promise<BenchSection> {
  const reference = buildReferenceBundle();
  const rows: Array<readonly [string, string]> = [];
  const functions = FUNCTIONS.map((fn) => ({ ...fn, asset: findAsset(fn.entry) })).filter((fn) => {
    if (!fn.asset)
      rows.push([fn.name, 'no bundle: run `npx cdk synth -c senderEmail=bench@example.com` first']);
    return fn.asset !== null;
  });
  const ingest = functions.find((fn) => fn.name === 'ingest');
  const ingestEnv = ingest?.asset ? { ...RUNTIME_ENV, ...templateEnvironment(ingest.asset.dir) } : null;
  // The reference runs with the ingest function's NODE_OPTIONS (source maps or not), as it would be deployed.
  const referenceEnv: NodeJS.ProcessEnv = {
    ...RUNTIME_ENV,
    ...(ingestEnv?.NODE_OPTIONS ? { NODE_OPTIONS: ingestEnv.NODE_OPTIONS } : {}),
  };
  const contenders: Contender[] = [
    { name: 'reference', file: reference.bundle, env: referenceEnv, times: [], cpu: [] },
    ...functions.map((fn) => ({
      name: fn.name,
      file: fn.asset?.bundle ?? '',
      env: { ...RUNTIME_ENV, ...templateEnvironment(fn.asset?.dir ?? '') },
      times: [],
      cpu: [],
    })),
    {
      name: 'reference, no source maps',
      file: reference.bundle,
      env: withoutSourceMaps(referenceEnv),
      times: [],
      cpu: [],
    },
    ...(ingest?.asset && ingestEnv
      ? [
          {
            name: 'ingest, no source maps',
            file: ingest.asset.bundle,
            env: withoutSourceMaps(ingestEnv),
            times: [],
            cpu: [],
          },
        ]
      : []),
  ];
  for (const c of contenders) loadOnce(c.file, c.env); // warm the OS file cache, as a Lambda's disk would be
  // In turn, one process each per round: a busy moment of the machine falls on all of them alike.
  for (let round = 0; round < PROCESSES; round++)
    for (const c of contenders) {
      const { wall, cpu } = loadTimes(c.file, c.env);
      c.times.push(wall);
      c.cpu.push(cpu);
    }
  const of = (name: string) => contenders.find((c) => c.name === name) ?? { times: [], cpu: [] };
  const p50 = (name: string) => percentile(of(name).times, 50);
  const cpu50 = (name: string) => percentile(of(name).cpu, 50);
  const figure = (name: string) =>
    `wall ${ms(p50(name))} (p99 ${ms(percentile(of(name).times, 99))}), CPU ${ms(cpu50(name))}`;
  rows.push(["NODE_OPTIONS (the template's)", referenceEnv.NODE_OPTIONS ?? 'none']);
  rows.push(['reference p50', figure('reference')]);
  for (const fn of functions) {
    const wall = p50(fn.name) / p50('reference');
    const cpu = cpu50(fn.name) / cpu50('reference');
    rows.push([`${fn.name} p50`, figure(fn.name)]);
    rows.push([
      '',
      `${ratio(wall)} the reference (CPU ${ratio(cpu)}); ${atMost(wall, 0.75, '<= 0.75x', ratio)}`,
    ]);
  }
  const cost = (name: string) => {
    const wall = p50(name) - p50(`${name}, no source maps`);
    const cpu = cpu50(name) - cpu50(`${name}, no source maps`);
    return `the option costs wall ${ms(wall)} (${((wall / p50(name)) * 100).toFixed(0)} %), CPU ${ms(cpu)} (${((cpu / cpu50(name)) * 100).toFixed(0)} %)`;
  };
  rows.push(['without --enable-source-maps: reference p50', figure('reference, no source maps')]);
  rows.push(['', cost('reference')]);
  if (ingest?.asset && ingestEnv) {
    const bare = p50('ingest, no source maps') / p50('reference, no source maps');
    rows.push(['without --enable-source-maps: ingest p50', figure('ingest, no source maps')]);
    rows.push(['', `${cost('ingest')}; ${ratio(bare)} the reference, both without it`]);
    rows.push(...(await firstError(ingest.asset.bundle, ingestEnv)));
    rows.push(...(await firstRelease(ingest.asset.bundle, ingestEnv, reference.bundle, referenceEnv)));
  }
  const plain = await unbundled();
  const plainTimes = Array.from({ length: PROCESSES }, () =>
    loadOnce(plain, { ...RUNTIME_ENV, ...ingestEnv }),
  );
  rows.push(['ingest unbundled (node_modules) p50', ms(percentile(plainTimes, 50))]);
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
    title: `Cold start: import + handler ready, fresh process x${PROCESSES} each, in turn with the reference (Node ${process.version}; Lambda runs ${RUNTIME})`,
    rows,
  };
}

/**
 * The first error through the handler (an event without Records, a TypeError inside the bundle): time to
 * format its stack trace, with and without source maps, and the top frame each way.
 */
async function firstError(bundle: string, env: NodeJS.ProcessEnv): Promise<Array<readonly [string, string]>> {
  const after = `
    let error; try { await handler({}, {}); } catch (e) { error = e; }
    const t1 = performance.now();
    const stack = String(error.stack);
    out.format = performance.now() - t1;
    out.frame = stack.split('\\n').slice(0, 2).join(' | ').replace(/file:\\/\\/\\S*\\//, '');`;
  const runs = { with: [] as number[], without: [] as number[] };
  const frames = { with: '', without: '' };
  for (let i = 0; i < FIRST_RUNS; i++) {
    for (const kind of ['with', 'without'] as const) {
      const out = await runOnce(bundle, kind === 'with' ? env : withoutSourceMaps(env), after);
      runs[kind].push(out.format as number);
      frames[kind] = String(out.frame).slice(0, 160);
    }
  }
  return [
    [
      'first error: format its stack trace, p50',
      `${ms(percentile(runs.with, 50))} with source maps, ${ms(percentile(runs.without, 50))} without`,
    ],
    ['  stack with source maps', frames.with],
    ['  stack without', frames.without],
  ];
}

/**
 * The first release through the ingest handler in a fresh process (first parse, tables loaded, first requests
 * on new connections), against s3rver, dynalite and a local SNS endpoint; the reference's first GetObject,
 * PutItem and Publish on the same servers.
 */
async function firstRelease(
  bundle: string,
  env: NodeJS.ProcessEnv,
  reference: string,
  referenceEnv: NodeJS.ProcessEnv,
): Promise<Array<readonly [string, string]>> {
  if (!existsSync(FIXTURE)) return [['first release', `skipped: no ${FIXTURE}`]];
  const parts = await startBenchComponents();
  const sns = await startSnsEndpoint();
  try {
    const endpoints = {
      AWS_ENDPOINT_URL_S3: parts.s3Endpoint,
      AWS_ENDPOINT_URL_DYNAMODB: parts.dynamodbEndpoint,
      AWS_ENDPOINT_URL_SNS: sns.url,
    };
    const topicArn = 'arn:aws:sns:us-east-1:123456789012:bench';
    const local = {
      ...env,
      ...endpoints,
      [ENV.bucketName]: parts.bucket,
      [ENV.tableName]: parts.tableName,
      [ENV.topicArn]: topicArn,
    };
    const template = readFileSync(FIXTURE, 'utf8');
    const ready: number[] = [];
    const first: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < FIRST_RUNS; i++) {
      // New content each time, so that every run stores and alerts a new release.
      const key = `first/${i}.txt`;
      const body = Buffer.from(`${template.trimEnd()}\n\nReference ${i}.\n`);
      await parts.s3.send(new PutObjectCommand({ Bucket: parts.bucket, Key: key, Body: body }));
      const event = JSON.stringify(sqsEventFor(key, body.length));
      const out = await runOnce(
        bundle,
        local,
        `const t1 = performance.now();
         const result = await handler(${event}, {});
         if (result.batchItemFailures.length > 0) throw new Error('the first release failed');
         out.first = performance.now() - t1;`,
      );
      ready.push(out.ready as number);
      first.push(out.first as number);
      const item = { [RELEASE_TABLE.partitionKey]: { S: `BENCH#${i}` }, [RELEASE_TABLE.sortKey]: { S: key } };
      const call = JSON.stringify({ bucket: parts.bucket, key, table: parts.tableName, item, topicArn });
      const ref = await runOnce(
        reference,
        { ...referenceEnv, ...endpoints },
        `const t1 = performance.now(); await handler(${call}); out.first = performance.now() - t1;`,
      );
      bare.push(ref.first as number);
    }
    const p50 = percentile(first, 50);
    return [
      [
        `first release through the ingest handler, p50 (x${FIRST_RUNS})`,
        `${ms(p50)} on top of ${ms(percentile(ready, 50))} to load; the reference's first three calls ${ms(percentile(bare, 50))}`,
      ],
    ];
  } finally {
    await new Promise((resolve) => sns.server.close(resolve));
    await parts.close();
  }
}

if (require.main === module) benchColdStart().then((s) => printSections([s]));
