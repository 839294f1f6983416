import { LOCAL_HOST } from './local-server';
import type { InboxOptions, LocalInbox } from './start-inbox';
import { startServerProcess } from './start-server-process';

/** Starts the mail inbox (maildev) in a child process (`inbox-child.ts`): see `startServerProcess`. */
export async function startInboxProcess(
  options: InboxOptions,
): Promise<LocalInbox & { readonly pid?: number }> {
  const server = await startServerProcess({
    entry: 'inbox-child.ts',
    request: options,
    name: 'inbox (maildev)',
  });
  const webPort = server.webPort ?? 0;
  return {
    smtpPort: server.port,
    webPort,
    webUrl: `http://${LOCAL_HOST}:${webPort}`,
    get pid() {
      return server.pid;
    },
    close: () => server.close(),
  };
}
