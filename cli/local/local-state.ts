import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { writeAtomically } from './delivery-queue';

/** What a running local mode tells the other CLI commands: written at start to `<dataDir>/local.json`, removed at stop. */
export interface LocalState {
  readonly version: 1;
  readonly pid: number;
  readonly startedAt: string;
  readonly region: string;
  readonly s3Endpoint: string;
  readonly dynamodbEndpoint: string;
  readonly bucket: string;
  readonly tableName: string;
  readonly smtpPort: number;
  readonly inboxUrl: string;
  /** The web app, when local mode serves it. */
  readonly webUrl?: string;
}

/** Environment variables of local mode, declared once. */
export const LOCAL_ENV = {
  dataDir: 'COMMUNIQUE_DATA_DIR',
  s3Port: 'COMMUNIQUE_S3_PORT',
  dynamodbPort: 'COMMUNIQUE_DYNAMODB_PORT',
  smtpPort: 'COMMUNIQUE_SMTP_PORT',
  inboxPort: 'COMMUNIQUE_INBOX_PORT',
  webPort: 'COMMUNIQUE_WEB_PORT',
} as const;

const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** `.communique/` at the repository root (git-ignored), unless `COMMUNIQUE_DATA_DIR` names another folder. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[LOCAL_ENV.dataDir];
  return fromEnv ? path.resolve(fromEnv) : path.join(REPO_ROOT, '.communique');
}

const stateFile = (dataDir: string): string => path.join(dataDir, 'local.json');

export function writeLocalState(dataDir: string, state: LocalState): void {
  mkdirSync(dataDir, { recursive: true });
  writeAtomically(stateFile(dataDir), `${JSON.stringify(state, null, 2)}\n`);
}

/** The state of the local mode running on this folder, or null when none runs (a stale file is ignored). */
export function readLocalState(dataDir: string): LocalState | null {
  const file = stateFile(dataDir);
  if (!existsSync(file)) return null;
  let state: LocalState;
  try {
    state = JSON.parse(readFileSync(file, 'utf8')) as LocalState;
  } catch {
    return null;
  }
  if (state.version !== 1 || !isProcessAlive(state.pid)) return null;
  return state;
}

/** Removes the state file, only if it is this process's own. */
export function removeLocalState(dataDir: string, pid: number = process.pid): void {
  const file = stateFile(dataDir);
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as LocalState;
    if (state.pid !== pid) return;
  } catch {
    return;
  }
  rmSync(file, { force: true });
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
