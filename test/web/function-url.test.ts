import type { LambdaFunctionURLEvent } from 'aws-lambda';
import { handle } from 'hono/aws-lambda';
import { seedRelease, webWorld } from './web-world';

// The web Lambda's path: a Function URL event (payload format 2.0) through Hono's Lambda adapter, as
// lambdas/web/index.ts wires it, on the in-memory archive instead of DynamoDB.
const event = (rawPath: string, headers: Record<string, string> = {}): LambdaFunctionURLEvent => ({
  version: '2.0',
  routeKey: '$default',
  rawPath,
  rawQueryString: '',
  headers: { host: 'abc123.lambda-url.eu-central-1.on.aws', 'x-forwarded-proto': 'https', ...headers },
  isBase64Encoded: false,
  requestContext: {
    accountId: 'anonymous',
    apiId: 'abc123',
    domainName: 'abc123.lambda-url.eu-central-1.on.aws',
    domainPrefix: 'abc123',
    http: { method: 'GET', path: rawPath, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'test' },
    requestId: 'r1',
    routeKey: '$default',
    stage: '$default',
    time: '01/Dec/2025:00:00:00 +0000',
    timeEpoch: 0,
  },
});

test('a Function URL request gets the page, its headers, https links, and 304 on a matching ETag', async () => {
  const world = webWorld();
  const id = await world.add('seed.txt', seedRelease(), '2025-11-29T10:00:00.000Z');
  const handler = handle(world.app) as unknown as (e: LambdaFunctionURLEvent) => Promise<{
    statusCode: number;
    headers: Record<string, string>;
    body: string;
  }>;
  const feed = await handler(event('/feeds/countries/SI.atom'));
  expect(feed.statusCode).toBe(200);
  expect(feed.headers['content-security-policy']).toContain("default-src 'none'");
  expect(feed.body).toContain(`href="https://abc123.lambda-url.eu-central-1.on.aws/releases/${id}"`);
  const again = await handler(
    event('/feeds/countries/SI.atom', { 'if-none-match': feed.headers.etag ?? '' }),
  );
  expect(again.statusCode).toBe(304);
  expect((await handler(event('/?page=0'))).statusCode).toBe(400);
});
