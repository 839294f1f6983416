import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SnsRequest {
  readonly headers: IncomingMessage['headers'];
  readonly params: URLSearchParams;
}

/**
 * An SNS endpoint on 127.0.0.1 that answers `Publish` (AWS Query protocol, as the SDK's SNS client speaks it)
 * and refuses any other action; for the bundles run in a child process (bench, test/ingest/bundle.test.ts).
 * There is no local SNS emulator among the project's components.
 */
export async function startSnsEndpoint(): Promise<{ server: Server; url: string; requests: SnsRequest[] }> {
  const requests: SnsRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const params = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      requests.push({ headers: req.headers, params });
      if (params.get('Action') !== 'Publish') {
        res
          .writeHead(400, { 'content-type': 'text/xml' })
          .end(
            '<ErrorResponse><Error><Type>Sender</Type><Code>InvalidAction</Code><Message>only Publish</Message></Error><RequestId>r</RequestId></ErrorResponse>',
          );
        return;
      }
      res
        .writeHead(200, { 'content-type': 'text/xml', 'x-amzn-requestid': `req-${requests.length}` })
        .end(
          '<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult>' +
            `<MessageId>msg-${requests.length}</MessageId></PublishResult>` +
            `<ResponseMetadata><RequestId>req-${requests.length}</RequestId></ResponseMetadata></PublishResponse>`,
        );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}
