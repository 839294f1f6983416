/**
 * Runs the per-language case sentences (`<code>.cases.ts`: sentences written in the style of real releases, with
 * the officials they name) through the parser and scores them by the corpus rules. Usage, for the misses:
 * npx tsx test/core/entities/officials/cases/score-cases.ts [code]
 */
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { parseRelease } from '../../../../../lambdas/core/parse/parse-release';
import { type FileScore, scoreFile, summarise } from '../../../../../scripts/eval/score';

export interface Case {
  readonly text: string;
  readonly officials: readonly string[];
  readonly countries?: readonly string[];
}

/** The language codes that have a cases file beside this one. */
export function caseLanguages(): string[] {
  return readdirSync(__dirname)
    .filter((f) => f.endsWith('.cases.ts'))
    .map((f) => f.replace(/\.cases\.ts$/, ''))
    .sort();
}

export function loadCases(code: string): readonly Case[] {
  return (require(path.join(__dirname, `${code}.cases.ts`)) as { cases: readonly Case[] }).cases;
}

/** Scores one language's cases: each sentence is the body of a release with a neutral headline. */
export function scoreCases(code: string): { scores: FileScore[]; f1: number } {
  const scores = loadCases(code).map((c, i) => {
    const bytes = new TextEncoder().encode(`date 2024-01-01 example.org\n\n*\n\n${c.text}`);
    const got = parseRelease(bytes);
    return scoreFile(
      {
        file: `${code}#${i + 1}`,
        date: '2024-01-01',
        title: '*',
        countries: [...(c.countries ?? got.countries.map((x) => x.code))].sort(),
        officials: c.officials.map((name) => ({ name, variants: [] })),
      },
      got,
    );
  });
  return { scores, f1: summarise(scores).officials.f1 };
}

if (require.main === module) {
  const only = process.argv[2];
  for (const code of caseLanguages()) {
    if (only && only !== code) continue;
    const { scores, f1 } = scoreCases(code);
    process.stdout.write(`${code}: officials F1 ${f1.toFixed(3)} over ${scores.length} sentences\n`);
    for (const s of scores) {
      const bad = [
        ...s.officialFn.map((n) => `missing ${n}`),
        ...s.officialFp.map((n) => `extra ${n}`),
        ...s.canonicalWrong.map((n) => `canonical ${n}`),
        ...s.countryFn.map((n) => `country missing ${n}`),
        ...s.countryFp.map((n) => `country extra ${n}`),
      ];
      if (bad.length) process.stdout.write(`  ${s.file}: ${bad.join(' | ')}\n`);
    }
  }
}
