import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseRelease } from '../../../lambdas/core/parse/parse-release';
import { scoreFile, scoreFold } from '../../../scripts/eval';

// Golden tests on the shared annotated corpus; skipped where the corpus is not checked out beside the repo.
const corpus = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'corpus');
const present = existsSync(path.join(corpus, 'expected'));
const files = present
  ? readdirSync(path.join(corpus, 'expected'))
      .filter((f) => f.endsWith('.json'))
      .sort()
  : [];

(present ? describe : describe.skip)('corpus golden files', () => {
  test.each(files)('%s', (name) => {
    const expected = JSON.parse(readFileSync(path.join(corpus, 'expected', name), 'utf8'));
    const got = parseRelease(readFileSync(path.join(corpus, 'releases', expected.file)), {
      fileName: expected.file,
    });
    expect(got.date).toBe(expected.date);
    expect(scoreFold(got.title)).toBe(scoreFold(expected.title));
    expect(got.countries.map((c) => c.code).sort()).toEqual(expected.countries);
    const score = scoreFile(expected, got);
    expect(score.officialFn).toEqual([]);
    expect(score.officialFp).toEqual([]);
    expect(score.canonicalWrong).toEqual([]);
    expect(got.summary.length).toBeLessThanOrEqual(301);
  });
});
