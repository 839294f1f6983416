/**
 * Scores the parser on the hand-annotated releases in test/fixtures/releases/unseen (written and annotated by the
 * corpus README's rules before the parser ran on them), with the corpus scorer. Usage:
 * npx tsx test/core/parse/unseen-score.ts [--from u26]
 * (--from scores only the files named from that one on, e.g. a newer round alone).
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseRelease } from '../../../lambdas/core/parse/parse-release';
import { type FileScore, missesOf, type ScoreTotals, scoreFile, summarise } from '../../../scripts/eval';

export const UNSEEN_DIR = path.resolve(__dirname, '..', '..', 'fixtures', 'releases', 'unseen');

export function scoreUnseen(from = ''): { scores: FileScore[]; totals: ScoreTotals; misses: string[] } {
  const scores: FileScore[] = [];
  for (const name of readdirSync(UNSEEN_DIR)
    .filter((f) => f.endsWith('.expected.json') && f >= from)
    .sort()) {
    const expected = JSON.parse(readFileSync(path.join(UNSEEN_DIR, name), 'utf8'));
    const got = parseRelease(readFileSync(path.join(UNSEEN_DIR, expected.file)), { fileName: expected.file });
    scores.push(scoreFile(expected, got));
  }
  const totals = summarise(scores);
  const misses = scores.flatMap((score) => {
    const parts = missesOf(score);
    return parts.length > 0 ? [`${score.file}: ${parts.join(' | ')}`] : [];
  });
  return { scores, totals, misses };
}

if (require.main === module) {
  const at = process.argv.indexOf('--from');
  const { totals, misses } = scoreUnseen(at >= 0 ? (process.argv[at + 1] ?? '') : '');
  const f = (x: number) => x.toFixed(3);
  process.stdout.write(
    `files: ${totals.files}\ncountries F1 ${f(totals.countries.f1)}\nofficials F1 ${f(totals.officials.f1)}\n` +
      `canonical  ${f(totals.canonical)}\ndate       ${f(totals.date)}\ntitle      ${f(totals.title)}\n\nmisses:\n` +
      `${misses.map((m) => `  ${m}`).join('\n')}\n`,
  );
}
