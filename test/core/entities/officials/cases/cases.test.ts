import { LANGUAGES } from '../../../../../lambdas/core/entities/officials/languages';
import { caseLanguages, scoreCases } from './score-cases';

// Each language's sentences, written in the style of its releases, scored as a set (misses:
// npx tsx test/core/entities/officials/cases/score-cases.ts <code>). The floors are a ratchet: raise them as
// the extractor improves.
const FLOOR: Readonly<Record<string, number>> = {
  az: 0.9,
  be: 0.96,
  en: 0.99,
  es: 0.99,
  it: 0.99,
  kk: 1,
  ky: 0.93,
  pl: 0.92,
  pt: 0.94,
  'sr-cyrl': 0.92,
  sl: 0.95,
  'sr-latn': 0.96,
  tr: 0.96,
  uk: 0.93,
  'uz-cyrl': 0.98,
  'uz-latn': 0.96,
};

const read = new Set(LANGUAGES.map((l) => l.code));

test('every language the extractor reads has sentences and a floor', () => {
  const withCases = caseLanguages().filter((code) => read.has(code));
  expect(withCases.filter((code) => FLOOR[code] === undefined)).toEqual([]);
});

test.each(Object.entries(FLOOR))('%s sentences hold their floor', (code, floor) => {
  const { scores, f1 } = scoreCases(code);
  expect(scores.length).toBeGreaterThanOrEqual(10);
  expect(f1).toBeGreaterThanOrEqual(floor);
});
