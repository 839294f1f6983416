import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { SubscriberAccounts } from '../../lambdas/core/delivery/subscriber-accounts';
import type { ReleaseArchive, ReleaseSource } from '../../lambdas/core/ports';
import { createWebApp } from '../../lambdas/web/create-web-app';
import { SourceReleaseBodies } from '../../lambdas/web/source-release-bodies';
import { closeHttpServer, LOCAL_HOST, type LocalServer, portOf } from './local-server';

export interface StartWebOptions {
  /** 0 picks a free port. */
  readonly port: number;
  readonly archive: ReleaseArchive;
  /** Where release bodies are read back from (local mode's S3). */
  readonly source: ReleaseSource;
  readonly maxObjectBytes: number;
  /** Serves the subscription pages (issue 13). @default not served */
  readonly accounts?: SubscriberAccounts;
}

/** The web app on a Node server on 127.0.0.1: the same app the web Lambda serves behind its Function URL. */
export async function startWeb(options: StartWebOptions): Promise<LocalServer & { readonly url: string }> {
  const app = createWebApp({
    archive: options.archive,
    bodies: new SourceReleaseBodies(options.source, options.maxObjectBytes),
    ...(options.accounts ? { accounts: options.accounts } : {}),
    onError: (error) =>
      process.stderr.write(`! web: ${error instanceof Error ? error.message : String(error)}\n`),
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port: options.port, hostname: LOCAL_HOST }, () =>
      resolve(started as Server),
    ) as Server;
    started.once('error', reject);
  });
  const port = portOf(server);
  const endpoint = `http://${LOCAL_HOST}:${port}`;
  return { port, endpoint, url: endpoint, close: () => closeHttpServer(server) };
}
