/**
 * Scores the parser on one annotated set (`expected/NNN.json` beside `releases/`, languages from the table in the
 * set's README) and lays the result out as the totals, a table by language and the misses.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseRelease } from '../../lambdas/core/parse/parse-release';
import type { ParsedRelease } from '../../lambdas/core/release';
import { type Expected, type FileScore, missesOf, type ScoreTotals, scoreFile, summarise } from './score';

/** The shared annotated sets, beside the repository; each is skipped where it is absent. */
export const SETS = {
  corpus: path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus'),
  world: path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus-world'),
} as const;

export type SetName = keyof typeof SETS;

export interface LanguageScore {
  readonly lang: string;
  readonly totals: ScoreTotals;
}

export interface SetScore {
  readonly dir: string;
  readonly scores: readonly (FileScore & { readonly lang: string })[];
  readonly totals: ScoreTotals;
  readonly byLanguage: readonly LanguageScore[];
}

const EMPTY: ParsedRelease = {
  format: 'plain',
  date: null,
  title: '',
  source: null,
  url: null,
  body: [],
  summary: '',
  countries: [],
  officials: [],
};

/** File number -> language code, from the README's "Files and sources" table (`| 033 | txt | en | ...`). */
export function languagesOf(readme: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of readme.matchAll(/^\|\s*(\d{3})\s*\|\s*[^|]*\|\s*([a-z]{2})\s*\|/gm))
    out.set(m[1] as string, m[2] as string);
  return out;
}

/** Scores every annotated file of the set in `dir`, or null when the set is not there. */
export function scoreSet(dir: string): SetScore | null {
  if (!existsSync(path.join(dir, 'expected'))) return null;
  const readme = path.join(dir, 'README.md');
  const langs = languagesOf(existsSync(readme) ? readFileSync(readme, 'utf8') : '');
  const scores: (FileScore & { lang: string })[] = [];
  for (const name of readdirSync(path.join(dir, 'expected'))
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected', name), 'utf8')) as Expected;
    const lang = langs.get(name.replace(/\.json$/, '')) ?? '??';
    const bytes = readFileSync(path.join(dir, 'releases', expected.file));
    try {
      scores.push({ ...scoreFile(expected, parseRelease(bytes, { fileName: expected.file })), lang });
    } catch (error) {
      scores.push({ ...scoreFile(expected, EMPTY), error: (error as Error).message, lang });
    }
  }
  const groups = new Map<string, FileScore[]>();
  for (const s of scores) groups.set(s.lang, [...(groups.get(s.lang) ?? []), s]);
  const byLanguage = [...groups]
    .map(([lang, list]) => ({ lang, totals: summarise(list) }))
    .sort((a, b) => b.totals.files - a.totals.files || a.lang.localeCompare(b.lang));
  return { dir, scores, totals: summarise(scores), byLanguage };
}

const f3 = (x: number) => x.toFixed(3);
const prf = (s: ScoreTotals['officials']) => `${f3(s.precision)} ${f3(s.recall)} ${f3(s.f1)}`;

/** The set's report: totals, the table by language, then one line of misses per file that has any. */
export function reportLines(set: SetScore): string[] {
  const t = set.totals;
  return [
    `files: ${t.files}`,
    `countries  precision ${f3(t.countries.precision)}  recall ${f3(t.countries.recall)}  F1 ${f3(t.countries.f1)}`,
    `officials  precision ${f3(t.officials.precision)}  recall ${f3(t.officials.recall)}  F1 ${f3(t.officials.f1)}`,
    `canonical  ${f3(t.canonical)} of ${t.matchedOfficials} matched officials`,
    `date       ${f3(t.date)}`,
    `title      ${f3(t.title)}`,
    '',
    'by language  files  officials P     R     F1     countries P     R     F1     canonical',
    ...[
      { lang: 'English', totals: summarise(set.scores.filter((s) => s.lang === 'en')) },
      { lang: 'others', totals: summarise(set.scores.filter((s) => s.lang !== 'en')) },
    ]
      .filter((g) => g.totals.files > 0 && g.totals.files < set.totals.files)
      .concat(set.byLanguage)
      .map(
        ({ lang, totals: l }) =>
          `  ${lang.padEnd(10)} ${String(l.files).padStart(5)}  ${prf(l.officials).padEnd(24)} ${prf(l.countries).padEnd(24)} ${f3(l.canonical)}`,
      ),
    '',
    'misses:',
    ...set.scores.flatMap((score) => {
      const misses = missesOf(score);
      return misses.length > 0 ? [`  ${score.file} (${score.lang}): ${misses.join(' | ')}`] : [];
    }),
  ];
}
