import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseRelease } from '../../lambdas/core/parse/parse-release';
import { ReleaseParseError } from '../../lambdas/core/text/release-parse-error';
import type { Command } from '../command';
import { UsageError } from '../command';
import { walkFolder } from '../walk-folder';

/** One line of `communique parse` output: the parsed release, or why the file failed. */
export type ParseOutput =
  | {
      file: string;
      format: string;
      date: string | null;
      title: string;
      source: string | null;
      url: string | null;
      summary: string;
      countries: Array<{ code: string; name: string; mentions: readonly string[] }>;
      officials: Array<{
        id: string;
        name: string;
        variants: readonly string[];
        roles: readonly string[];
        country: string | null;
      }>;
    }
  | { file: string; error: string; reason: string };

/** Parses one file from disk; never throws. */
export async function parseFile(file: string): Promise<ParseOutput> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'unreadable');
    return { file, error: `Cannot read the file: ${reason}.`, reason: 'unreadable' };
  }
  try {
    const r = parseRelease(bytes, { fileName: file });
    return {
      file,
      format: r.format,
      date: r.date,
      title: r.title,
      source: r.source,
      url: r.url,
      summary: r.summary,
      countries: r.countries.map((c) => ({ code: c.code, name: c.name, mentions: c.mentions })),
      officials: r.officials.map((o) => ({
        id: o.id,
        name: o.name,
        variants: o.variants,
        roles: o.roles,
        country: o.country,
      })),
    };
  } catch (error) {
    if (error instanceof ReleaseParseError) return { file, error: error.message, reason: error.reason };
    throw error;
  }
}

/** A folder's files (see {@link walkFolder}); anything else as given, so that `parseFile` reports it. */
function expandFolder(given: string): string[] {
  let folder = false;
  try {
    folder = statSync(given).isDirectory();
  } catch {
    // Missing or unreadable: parseFile says why, in the file's own output object.
  }
  return folder ? walkFolder(given) : [given];
}

export const command: Command = {
  name: 'parse',
  summary: 'parse release files and print what was extracted, as JSON',
  help: [
    'Usage: communique parse PATH...',
    '',
    'Parses each release file (text, HTML, JSON, Markdown; UTF-8, UTF-16, Windows-1251/1252) without any',
    'AWS or local services, and prints one JSON array with an object per file:',
    '  { file, format, date, title, source, url, summary, countries: [{ code, name, mentions }],',
    '    officials: [{ id, name, variants, roles, country }] }',
    'A folder stands for every file under it, recursively, as `upload` reads it (hidden files skipped).',
    'A file that cannot be parsed gets { file, error, reason }; the others are still printed.',
    '',
    'Exit code: 0 when every file parsed, 1 when any failed, 2 on a usage error.',
    '',
    'Examples:',
    '  npm run --silent cli -- parse releases/*.txt | jq ".[].countries"',
    '  npm run --silent cli -- parse ./releases | jq -r ".[] | select(.error) | .file"',
  ].join('\n'),
  async run(args) {
    const files = args.filter((a) => a !== '--');
    const unknown = files.find((a) => a.startsWith('-') && a !== '-');
    if (unknown) throw new UsageError(`unknown option '${unknown}'. Run \`communique parse --help\`.`);
    if (files.length === 0)
      throw new UsageError('give at least one release file or folder: communique parse PATH...');
    const results: ParseOutput[] = [];
    for (const file of files.flatMap(expandFolder)) results.push(await parseFile(file));
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return results.some((r) => 'error' in r) ? 1 : 0;
  },
};
