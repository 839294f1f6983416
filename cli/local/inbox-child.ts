import { childRequest, runServerChild } from './server-child';
import { type InboxOptions, startInbox } from './start-inbox';

/**
 * Entry of local mode's inbox process (started by `startInboxProcess`): maildev's SMTP server and web inbox on
 * 127.0.0.1 in a process of its own, so that receiving, parsing and storing every alert, and answering the REST
 * API, runs on another core than the ingest handler.
 */
const options = childRequest() as InboxOptions;
void runServerChild(async () => {
  const inbox = await startInbox(options);
  return { port: inbox.smtpPort, webPort: inbox.webPort, close: () => inbox.close() };
});
