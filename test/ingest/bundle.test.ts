import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { DynamoDbReleaseArchive } from '../../lambdas/adapters/dynamodb/dynamodb-release-archive';
import { ENV } from '../../lambdas/ingest/env';
import { findIngestAsset } from '../../scripts/bench/bundle';
import { startSnsEndpoint } from '../../scripts/bench/sns-endpoint';
import { synthStack } from '../infra/synth-stack';
import { startDynalite, type TestDynamo } from '../support/dynalite';
import { startS3rver, type TestS3 } from '../support/s3rver';
import { SAMPLE_KEY, SAMPLE_RELEASE } from '../support/sample-release';

// The deployed artifact itself: `cdk synth` bundles the ingest function (esbuild, ESM, minified, SDK clients
// and the env-only credential provider inside), and the bundle runs in a fresh Node process with the
// environment the Lambda runtime would give it, against s3rver, dynalite and a recording SNS endpoint.
// Everything else tests the TypeScript sources; only this proves the banner, the aliases, the ESM builds
// of the dependencies and the stack's environment variables add up to a function that works.

const KEY = SAMPLE_KEY;
const RELEASE = SAMPLE_RELEASE;
const TOPIC_ARN = 'arn:aws:sns:us-east-1:123456789012:Communique-Alerts';

/** Imports the bundle as the Node.js runtime does (`index.handler`), invokes it once, writes the response. */
const RUNNER = `
import { readFileSync, writeFileSync } from 'node:fs';
const [bundle, exportName, eventFile, resultFile] = process.argv.slice(2);
const mod = await import(bundle);
const context = { awsRequestId: 'c0ffee00-0000-4000-8000-000000000001', functionName: 'Communique-Ingest',
  getRemainingTimeInMillis: () => 30000 };
const result = await mod[exportName](JSON.parse(readFileSync(eventFile, 'utf8')), context);
writeFileSync(resultFile, JSON.stringify(result));
`;

/** Message attributes of a Query-protocol Publish, by name. */
function messageAttributes(
  params: URLSearchParams,
): Record<string, { type: string | null; value: string | null }> {
  const attributes: Record<string, { type: string | null; value: string | null }> = {};
  for (let n = 1; params.has(`MessageAttributes.entry.${n}.Name`); n++) {
    attributes[params.get(`MessageAttributes.entry.${n}.Name`) ?? ''] = {
      type: params.get(`MessageAttributes.entry.${n}.Value.DataType`),
      value: params.get(`MessageAttributes.entry.${n}.Value.StringValue`),
    };
  }
  return attributes;
}

let workDir: string;
let assemblyDir: string;
let bundleFile: string;
let bundledInputs: string[];
let handlerExport: string;
let functionEnvironment: Record<string, unknown>;
let s3: TestS3;
let dynamo: TestDynamo;
let sns: Awaited<ReturnType<typeof startSnsEndpoint>>;
let tableName: string;

beforeAll(async () => {
  const { app, stack } = synthStack({ bundle: true });
  const assembly = app.synth();
  assemblyDir = assembly.directory;
  const asset = findIngestAsset(assemblyDir);
  if (!asset) throw new Error(`No ingest bundle in ${assemblyDir}`);
  bundledInputs = Object.keys(asset.meta.inputs);
  const template = Template.fromStack(stack).toJSON() as {
    Resources: Record<string, { Properties: Record<string, unknown> }>;
  };
  const functionId = stack.getLogicalId(stack.ingest.function.node.defaultChild as CfnElement);
  const props = template.Resources[functionId]?.Properties;
  if (!props) throw new Error('ingest function not in the template');
  const [file, exportName] = String(props.Handler).split('.');
  handlerExport = exportName ?? 'handler';
  functionEnvironment = (props.Environment as { Variables: Record<string, unknown> }).Variables;
  // A folder of its own, like /var/task: nothing to resolve a bare import from, so the bundle must hold it all.
  workDir = mkdtempSync(path.join(tmpdir(), 'communique-bundle-'));
  bundleFile = path.join(workDir, path.basename(asset.bundle));
  if (path.basename(asset.bundle, path.extname(asset.bundle)) !== file) {
    throw new Error(`Handler ${String(props.Handler)} does not name the bundle ${asset.bundle}`);
  }
  copyFileSync(asset.bundle, bundleFile);
  copyFileSync(`${asset.bundle}.map`, `${bundleFile}.map`);
  writeFileSync(path.join(workDir, 'runner.mjs'), RUNNER);

  [s3, dynamo, sns] = await Promise.all([startS3rver(), startDynalite(), startSnsEndpoint()]);
  tableName = await dynamo.createTable();
  await s3.client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: KEY, Body: RELEASE }));
}, 60_000);

afterAll(async () => {
  await Promise.all([
    s3?.close(),
    dynamo?.close(),
    sns && new Promise((resolve) => sns.server.close(resolve)),
  ]);
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  if (assemblyDir) rmSync(assemblyDir, { recursive: true, force: true });
});

/** The verbatim S3-in-SQS fixture, pointed at the object put in s3rver (key encoded as S3 encodes it). */
function event(): SQSEvent {
  const fixture = JSON.parse(
    readFileSync(path.join(__dirname, '..', 'fixtures', 'events', 's3-put-in-sqs.json'), 'utf8'),
  ) as SQSEvent;
  const record = fixture.Records[0];
  if (!record) throw new Error('fixture shape');
  const body = JSON.parse(record.body) as {
    Records: Array<{ s3: { bucket: { name: string }; object: { key: string; size: number } } }>;
  };
  const s3Record = body.Records[0];
  if (!s3Record) throw new Error('fixture shape');
  s3Record.s3.bucket.name = s3.bucket;
  s3Record.s3.object.key = KEY.split('/')
    .map((part) => encodeURIComponent(part).replace(/%20/g, '+'))
    .join('/');
  s3Record.s3.object.size = Buffer.byteLength(RELEASE);
  return { Records: [{ ...record, body: JSON.stringify(body) }] };
}

/** The local server a test client talks to. */
async function endpointOf(client: S3Client | DynamoDBClient): Promise<string> {
  const endpoint = await client.config.endpoint?.();
  if (!endpoint) throw new Error('client without endpoint');
  return `${endpoint.protocol}//${endpoint.hostname}:${endpoint.port}`;
}

/** Runs the bundle once in a child process; async, so that the servers in this process keep answering. */
function invokeBundle(
  env: Record<string, string>,
): Promise<{ result: SQSBatchResponse; stdout: string; stderr: string }> {
  const eventFile = path.join(workDir, 'event.json');
  const resultFile = path.join(workDir, 'result.json');
  writeFileSync(eventFile, JSON.stringify(event()));
  rmSync(resultFile, { force: true });
  const args = [
    path.join(workDir, 'runner.mjs'),
    pathToFileURL(bundleFile).href,
    handlerExport,
    eventFile,
    resultFile,
  ];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: workDir, env, timeout: 30_000 }, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(`bundle failed: ${error.message}\n${stdout}\n${stderr}`));
        return;
      }
      try {
        resolve({ result: JSON.parse(readFileSync(resultFile, 'utf8')) as SQSBatchResponse, stdout, stderr });
      } catch (parseError) {
        reject(new Error(`no response from the bundle: ${String(parseError)}\n${stdout}\n${stderr}`));
      }
    });
  });
}

test('the bundled function ingests a release from S3 into DynamoDB and publishes one alert to SNS', async () => {
  // Only the function's own settings from the template; the stack's references become the local resources.
  const fromStack = Object.fromEntries(
    Object.entries(functionEnvironment).filter(([, value]) => typeof value === 'string'),
  ) as Record<string, string>;
  expect(Object.keys(functionEnvironment).sort()).toEqual(
    [...Object.keys(fromStack), ENV.bucketName, ENV.tableName, ENV.topicArn].sort(),
  );
  const env: Record<string, string> = {
    ...fromStack,
    [ENV.bucketName]: s3.bucket,
    [ENV.tableName]: tableName,
    [ENV.topicArn]: TOPIC_ARN,
    // What the Lambda runtime sets; credentials come as these variables only (s3rver accepts only S3RVER).
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_SESSION_TOKEN: 'session-token',
    AWS_LAMBDA_FUNCTION_NAME: 'Communique-Ingest',
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '512',
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
    TZ: ':UTC',
    // No shared config or credential files to fall back on.
    HOME: workDir,
    // The SDK's per-service endpoint variables. An IP address endpoint makes the S3 client address the
    // bucket in the path (its endpoint rules), as s3rver needs, with no path-style setting.
    AWS_ENDPOINT_URL_S3: await endpointOf(s3.client),
    AWS_ENDPOINT_URL_DYNAMODB: await endpointOf(dynamo.client),
    AWS_ENDPOINT_URL_SNS: sns.url,
  };

  const { result, stdout } = await invokeBundle(env);

  expect(result).toEqual({ batchItemFailures: [] });
  const store = new DynamoDbReleaseArchive(dynamo.client, tableName);
  const [release, ...others] = await store.listReleases({});
  expect(others).toEqual([]);
  expect(release?.title).toBe('Slovenia and Croatia agree on border crossings');
  expect(release?.locations).toEqual([`s3://${s3.bucket}/${KEY}`]);
  expect(release?.status).toBe('alerted');

  expect(sns.requests).toHaveLength(1);
  const [publish] = sns.requests;
  expect(publish?.params.get('Action')).toBe('Publish');
  expect(publish?.params.get('TopicArn')).toBe(TOPIC_ARN);
  expect(publish?.params.get('Subject')).toContain('Slovenia and Croatia agree on border crossings');
  // Signed with the environment's credentials, session token included.
  expect(publish?.headers.authorization).toMatch(
    /^AWS4-HMAC-SHA256 Credential=S3RVER\/\d{8}\/us-east-1\/sns\//,
  );
  expect(publish?.headers['x-amz-security-token']).toBe('session-token');
  const { interests } = messageAttributes(publish?.params ?? new URLSearchParams());
  expect(interests?.type).toBe('String.Array');
  expect(JSON.parse(interests?.value ?? '[]')).toEqual(expect.arrayContaining(['country:SI', 'country:HR']));

  // Powertools' JSON log line, with the stack's service name, and the batch's EMF metrics line.
  const lines = stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(lines).toContainEqual(
    expect.objectContaining({ message: 'Stored a release', service: fromStack.POWERTOOLS_SERVICE_NAME }),
  );
  expect(lines.some((line) => '_aws' in line)).toBe(true);
});

test("the SDK's default credential chain is not in the bundle: the env-only provider replaces it", () => {
  expect(bundledInputs.some((input) => input.endsWith('lambdas/ingest/env-credentials.ts'))).toBe(true);
  expect(bundledInputs.filter((input) => /credential-provider|nested-clients/.test(input))).toEqual([]);
});

test('the event-stream codec is not in the bundle: a stand-in that fails loudly replaces it', () => {
  expect(bundledInputs.some((input) => input.endsWith('lambdas/ingest/no-event-streams.ts'))).toBe(true);
  expect(bundledInputs.filter((input) => input.includes('/event-streams/'))).toEqual([]);
});

test('without credentials in the environment the bundle fails the message instead of looking elsewhere', async () => {
  const env = {
    [ENV.bucketName]: s3.bucket,
    [ENV.tableName]: tableName,
    [ENV.topicArn]: TOPIC_ARN,
    AWS_REGION: 'us-east-1',
    HOME: workDir,
    // Should the SDK's default chain come back, it must not reach for the instance metadata service.
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:9',
    AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:9',
    AWS_ENDPOINT_URL_SNS: 'http://127.0.0.1:9',
  };
  const { result, stdout, stderr } = await invokeBundle(env);
  expect(result.batchItemFailures).toHaveLength(1);
  // Powertools writes errors to stderr.
  expect(stderr).toContain('EnvCredentialsMissingError');
  expect(stdout).not.toContain('EnvCredentialsMissingError');
});
