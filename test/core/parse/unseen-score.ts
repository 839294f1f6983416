/**
 * Scores the parser on the hand-annotated releases in test/fixtures/releases/unseen (written and annotated by the
 * corpus README's rules before the parser ran on them), with the corpus scorer. Usage:
 * npx tsx test/core/parse/unseen-score.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseRelease } from '../../../lambdas/core/parse/parse-release';
import { type FileScore, scoreFile } from '../../../scripts/eval';

export const UNSEEN_DIR = path.resolve(__dirname, '..', '..', 'fixtures', 'releases', 'unseen');

export interface UnseenTotals {
  files: number;
  countryF1: number;
  officialF1: number;
  canonical: number;
  date: number;
  title: number;
}

function f1(tp: number, fp: number, fn: number): number {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function scoreUnseen(): { scores: FileScore[]; totals: UnseenTotals; misses: string[] } {
  const scores: FileScore[] = [];
  for (const name of readdirSync(UNSEEN_DIR)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()) {
    const expected = JSON.parse(readFileSync(path.join(UNSEEN_DIR, name), 'utf8'));
    const got = parseRelease(readFileSync(path.join(UNSEEN_DIR, expected.file)), { fileName: expected.file });
    scores.push(scoreFile(expected, got));
  }
  const sum = (f: (s: FileScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const matched = sum((s) => s.officialTp);
  const totals: UnseenTotals = {
    files: scores.length,
    countryF1: f1(
      sum((s) => s.countryTp),
      sum((s) => s.countryFp.length),
      sum((s) => s.countryFn.length),
    ),
    officialF1: f1(
      matched,
      sum((s) => s.officialFp.length),
      sum((s) => s.officialFn.length),
    ),
    canonical: matched === 0 ? 1 : sum((s) => s.canonicalRight) / matched,
    date: sum((s) => (s.dateRight ? 1 : 0)) / scores.length,
    title: sum((s) => (s.titleRight ? 1 : 0)) / scores.length,
  };
  const misses: string[] = [];
  for (const s of scores) {
    const parts: string[] = [];
    if (s.countryFp.length) parts.push(`countries extra ${s.countryFp.join(',')}`);
    if (s.countryFn.length) parts.push(`countries missing ${s.countryFn.join(',')}`);
    if (s.officialFp.length) parts.push(`officials extra ${s.officialFp.join('; ')}`);
    if (s.officialFn.length) parts.push(`officials missing ${s.officialFn.join('; ')}`);
    if (s.canonicalWrong.length) parts.push(`canonical ${s.canonicalWrong.join('; ')}`);
    if (!s.dateRight) parts.push('date wrong');
    if (!s.titleRight) parts.push('title wrong');
    if (parts.length) misses.push(`${s.file}: ${parts.join(' | ')}`);
  }
  return { scores, totals, misses };
}

if (require.main === module) {
  const { totals, misses } = scoreUnseen();
  const f = (x: number) => x.toFixed(3);
  process.stdout.write(
    `files: ${totals.files}\ncountries F1 ${f(totals.countryF1)}\nofficials F1 ${f(totals.officialF1)}\n` +
      `canonical  ${f(totals.canonical)}\ndate       ${f(totals.date)}\ntitle      ${f(totals.title)}\n\nmisses:\n` +
      `${misses.map((m) => `  ${m}`).join('\n')}\n`,
  );
}
