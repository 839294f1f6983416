import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { HISTORY_PREFIX } from '../../lambdas/core/history-prefix';
import { type Command, UsageError } from '../command';
import { ProgressBar } from '../local/progress-bar';
import { resolveTarget, TARGET_OPTIONS_HELP, type Target } from '../target';
import { walkFolder } from '../walk-folder';

const HELP = `Usage: communique upload PATH... [options]

Uploads release files to the releases bucket: local mode when it is running, or a deployed stack.
Folders are uploaded recursively, keys relative to the folder; hidden files are skipped.

Options:
  --prefix P     put the keys under this prefix (e.g. 2025/11/)
  --history      import past releases without alerting anyone: keys go under history/
${TARGET_OPTIONS_HELP}

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

/** Uploads the items a few at a time; calls `onUploaded` after each. Resolves to the bytes sent. */
export async function uploadAll(
  target: Pick<Target, 's3' | 'bucket'>,
  items: readonly UploadItem[],
  onUploaded: (item: UploadItem) => void = () => undefined,
  concurrency = 8,
): Promise<number> {
  let next = 0;
  let bytes = 0;
  const worker = async (): Promise<void> => {
    for (let item = items[next++]; item; item = items[next++]) {
      const body = readFileSync(item.file);
      await target.s3.send(
        new PutObjectCommand({
          Bucket: target.bucket,
          Key: item.key,
          Body: body,
          ContentType: CONTENT_TYPES[path.extname(item.file).toLowerCase()] ?? 'application/octet-stream',
        }),
      );
      bytes += body.length;
      onUploaded(item);
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
} {
  const paths: string[] = [];
  let prefix = '';
  let stack: string | undefined;
  let history = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--history') {
      history = true;
    } else if (arg === '--prefix' || arg === '--stack') {
      const value = args[i + 1];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      i += 1;
      if (arg === '--prefix') prefix = normalisePrefix(value);
      else stack = value;
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option '${arg}' (see --help)`);
    } else {
      paths.push(arg);
    }
  }
  if (paths.length === 0) throw new UsageError('name at least one file or folder to upload');
  // Stored and indexed, never alerted (see lambdas/core/history-prefix.ts).
  if (history) prefix = `${HISTORY_PREFIX}${prefix}`;
  return { paths, prefix, ...(stack !== undefined ? { stack } : {}) };
}

export const command: Command = {
  name: 'upload',
  summary: 'upload release files and folders to the releases bucket',
  help: HELP,
  async run(args) {
    const { paths, prefix, stack } = parseUploadArgs(args);
    const items = collectUploads(paths, prefix);
    if (items.length === 0) throw new UsageError('no files to upload in the given folders');
    const target = await resolveTarget(stack !== undefined ? { stack } : {});
    const started = Date.now();
    // A bar only when there are many files: for a few, the summary says it all.
    const bar = items.length >= 20 ? new ProgressBar(items.length, process.stderr, 'uploading') : null;
    try {
      const bytes = await uploadAll(target, items, () => bar?.tick());
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const where = `s3://${target.bucket}/${prefix}`;
      process.stdout.write(
        `Uploaded ${items.length} file${items.length === 1 ? '' : 's'} (${(bytes / 1024).toFixed(0)} KiB) to ${where} on ${target.description} in ${seconds} s.\n`,
      );
      if (target.kind === 'local') process.stdout.write('Local mode logs each release as it is processed.\n');
      return 0;
    } finally {
      target.s3.destroy();
      target.dynamodb.destroy();
      target.sns?.destroy();
    }
  },
};
