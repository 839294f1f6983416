import { scoreUnseen } from './unseen-score';

// Releases written in the styles of real ones and annotated by the corpus README's rules before the parser saw
// them: a check that the rules generalise beyond the corpus they were tuned on.
describe('unseen releases', () => {
  const { scores, totals, misses } = scoreUnseen();

  test('there are enough of them to mean something', () => {
    expect(totals.files).toBeGreaterThanOrEqual(20);
  });

  test('aggregate scores hold (misses listed on failure)', () => {
    const report = { totals, misses };
    expect({ ...report, ok: totals.countries.f1 >= 0.97 && totals.officials.f1 >= 0.95 }).toEqual({
      ...report,
      ok: true,
    });
    expect(totals.canonical).toBeGreaterThanOrEqual(0.95);
    expect(totals.date).toBe(1);
    expect(totals.title).toBe(1);
  });

  test.each(scores.map((s) => [s.file, s] as const))('%s: no false official', (_file, s) => {
    expect(s.officialFp).toEqual([]);
  });
});
