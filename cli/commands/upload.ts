import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { HISTORY_PREFIX } from '../../lambdas/core/history-prefix';
import { type Command, UsageError } from '../command';
import { removeOutcome } from '../local/object-outcomes';
import { ProgressBar } from '../local/progress-bar';
import {
  formatOutcome,
  formatWaitSummary,
  type UploadedObject,
  waitForOutcomes,
} from '../local/wait-for-outcomes';
import { resolveTarget, TARGET_OPTIONS_HELP, type Target } from '../target';
import { walkFolder } from '../walk-folder';

const HELP = `Usage: communique upload PATH... [options]

Uploads release files to the releases bucket: local mode when it is running, or a deployed stack.
Folders are uploaded recursively, keys relative to the folder; hidden files are skipped.

Options:
  --prefix P     put the keys under this prefix (e.g. 2025/11/)
  --history      import past releases without alerting anyone: keys go under history/
  --no-wait      in local mode, do not wait for each file's outcome (by default upload waits and prints
                 stored, duplicate, updated or failed with the reason, for each file)
  --timeout S    give up waiting after S seconds (default 120); exit code 1 then, or when a file failed
${TARGET_OPTIONS_HELP}

On a deployed stack upload does not wait: \`communique releases\` and \`communique failures\` tell the outcomes.

Examples:
  communique upload release.txt
  communique upload ./releases --prefix archive/
  communique upload ./archive --history`;

/** One file to upload and the key it gets. */
export interface UploadItem {
  readonly file: string;
  readonly key: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.txt': 'text/plain',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.json': 'application/json',
  '.md': 'text/markdown',
};

/** `archive` and `/archive/` both mean the keys `archive/...`. */
export function normalisePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+/, '');
  return trimmed === '' || trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

/** The files under the given paths with their keys: a file by its name, a folder's files relative to it. */
export function collectUploads(paths: readonly string[], prefix = ''): UploadItem[] {
  const items: UploadItem[] = [];
  const normalisedPrefix = normalisePrefix(prefix);
  for (const given of paths) {
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(given);
    } catch {
      throw new UsageError(`no such file or folder: ${given}`);
    }
    if (stats.isFile()) {
      items.push({ file: given, key: normalisedPrefix + path.basename(given) });
      continue;
    }
    for (const file of walkFolder(given)) {
      // Keys use `/` whatever the platform's separator.
      items.push({ file, key: normalisedPrefix + path.relative(given, file).split(path.sep).join('/') });
    }
  }
  return items;
}

/** Uploads the items a few at a time; calls `onUploaded` after each, with the object's ETag. Resolves to the bytes sent. */
export async function uploadAll(
  target: Pick<Target, 's3' | 'bucket'>,
  items: readonly UploadItem[],
  onUploaded: (item: UploadItem, eTag: string) => void = () => undefined,
  concurrency = 8,
  beforePut: (item: UploadItem, body: Buffer) => void = () => undefined,
): Promise<number> {
  let next = 0;
  let bytes = 0;
  const worker = async (): Promise<void> => {
    for (let item = items[next++]; item; item = items[next++]) {
      const body = readFileSync(item.file);
      beforePut(item, body);
      const put = await target.s3.send(
        new PutObjectCommand({
          Bucket: target.bucket,
          Key: item.key,
          Body: body,
          ContentType: CONTENT_TYPES[path.extname(item.file).toLowerCase()] ?? 'application/octet-stream',
        }),
      );
      bytes += body.length;
      onUploaded(item, put.ETag ?? '');
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return bytes;
}

/** Reads `PATH... [--prefix P] [--stack NAME]`. */
export function parseUploadArgs(args: readonly string[]): {
  paths: string[];
  prefix: string;
  stack?: string;
  wait: boolean;
  timeoutMs: number;
} {
  const paths: string[] = [];
  let prefix = '';
  let stack: string | undefined;
  let history = false;
  let wait = true;
  let timeoutMs = DEFAULT_WAIT_MS;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--history') {
      history = true;
    } else if (arg === '--no-wait') {
      wait = false;
    } else if (arg === '--prefix' || arg === '--stack' || arg === '--timeout') {
      const value = args[i + 1];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      i += 1;
      if (arg === '--prefix') prefix = normalisePrefix(value);
      else if (arg === '--timeout') {
        const seconds = Number(value);
        if (!Number.isFinite(seconds) || seconds <= 0)
          throw new UsageError(`--timeout takes a number of seconds above 0, not '${value}'`);
        timeoutMs = seconds * 1000;
      } else stack = value;
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option '${arg}' (see --help)`);
    } else {
      paths.push(arg);
    }
  }
  if (paths.length === 0) throw new UsageError('name at least one file or folder to upload');
  // Stored and indexed, never alerted (see lambdas/core/history-prefix.ts).
  if (history) prefix = `${HISTORY_PREFIX}${prefix}`;
  return { paths, prefix, wait, timeoutMs, ...(stack !== undefined ? { stack } : {}) };
}

/** How long `upload` waits for local mode by default (1,000 files take about 30 s). */
export const DEFAULT_WAIT_MS = 120_000;

export const command: Command = {
  name: 'upload',
  summary: 'upload release files and folders to the releases bucket',
  help: HELP,
  async run(args) {
    const { paths, prefix, stack, wait, timeoutMs } = parseUploadArgs(args);
    const items = collectUploads(paths, prefix);
    if (items.length === 0) throw new UsageError('no files to upload in the given folders');
    const target = await resolveTarget(stack !== undefined ? { stack } : {});
    const started = Date.now();
    // A bar only when there are many files: for a few, the summary says it all.
    const bar = items.length >= 20 ? new ProgressBar(items.length, process.stderr, 'uploading') : null;
    const uploaded: UploadedObject[] = [];
    try {
      const stateDir = target.stateDir;
      const bytes = await uploadAll(
        target,
        items,
        (item, eTag) => {
          uploaded.push({ key: item.key, eTag });
          bar?.tick();
        },
        8,
        // The same bytes uploaded again have the same ETag (MD5 of a single-part upload): forget the earlier
        // outcome first, so that the wait reports this upload's.
        (item, body) => {
          if (stateDir)
            removeOutcome(stateDir, item.key, createHash('md5').update(body).digest('hex'), 'ingest');
        },
      );
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const where = `s3://${target.bucket}/${prefix}`;
      process.stdout.write(
        `Uploaded ${items.length} file${items.length === 1 ? '' : 's'} (${(bytes / 1024).toFixed(0)} KiB) to ${where} on ${target.description} in ${seconds} s.\n`,
      );
      if (target.kind !== 'local' || target.stateDir === null) return 0;
      if (!wait) {
        process.stdout.write('Local mode logs each release as it is processed.\n');
        return 0;
      }
      const waited = await waitForOutcomes(target.stateDir, uploaded, {
        timeoutMs,
        onOutcome: (o) => process.stdout.write(`${formatOutcome(o)}\n`),
      });
      process.stdout.write(`${formatWaitSummary(waited, timeoutMs)}\n`);
      return waited.failed > 0 || waited.missing.length > 0 ? 1 : 0;
    } finally {
      target.s3.destroy();
      target.dynamodb.destroy();
      target.sns?.destroy();
    }
  },
};
