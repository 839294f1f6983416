import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PortInUseError } from '../../../cli/local/local-server';
import { startInboxProcess } from '../../../cli/local/start-inbox-process';
import { childProcesses, inbox, portIsFree } from '../../e2e/local-mode-harness';

// Local mode's inbox: maildev in a child process, on a temporary folder, 127.0.0.1 and ports picked at run time.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'communique-inbox-process-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('serves SMTP and the web inbox from a child process, and leaves no process when closed', async () => {
  const running = await startInboxProcess({ smtpPort: 0, webPort: 0, directory: dir });
  try {
    expect(childProcesses()).toEqual([expect.stringContaining(String(running.pid))]);
    expect(running.smtpPort).not.toBe(running.webPort);
    expect(await inbox(running.webUrl)).toEqual([]);
    expect(await portIsFree(running.smtpPort)).toBe(false);
  } finally {
    await running.close();
  }
  expect(childProcesses()).toEqual([]);
  expect(await portIsFree(running.smtpPort)).toBe(true);
  expect(await portIsFree(running.webPort)).toBe(true);
});

test('an SMTP port in use fails the start with the flag to change it', async () => {
  const running = await startInboxProcess({ smtpPort: 0, webPort: 0, directory: dir });
  try {
    const start = startInboxProcess({ smtpPort: running.smtpPort, webPort: 0, directory: dir });
    await expect(start).rejects.toThrow(PortInUseError);
    await expect(start).rejects.toThrow(/--smtp-port/);
  } finally {
    await running.close();
  }
  expect(childProcesses()).toEqual([]);
});
