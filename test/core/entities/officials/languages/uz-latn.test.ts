import { caseAfter, nominativeOf } from '../../../../../lambdas/core/entities/officials/languages/language';
import { uzLatn as lang } from '../../../../../lambdas/core/entities/officials/languages/uz-latn';

const fold = (w: string): string => w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const words = (block: string): string[] => block.split(/\s+/).filter((w) => w.length > 0);
const has = (block: string, word: string): boolean => words(block).map(fold).includes(fold(word));

describe('uz-latn table is well formed', () => {
  test('rules are anchored regular expressions', () => {
    const patterns = [
      ...(lang.nameSuffixes ?? []).map(([p]) => p),
      ...(lang.officeCase ?? []).map(([p]) => p),
      ...Object.values(lang.nominative ?? {}).flatMap((rules) => (rules ?? []).map(([p]) => p)),
    ];
    expect(patterns.length).toBeGreaterThan(0);
    for (const p of patterns) {
      expect(p).toBeInstanceOf(RegExp);
      expect(p.source.endsWith('$')).toBe(true);
      expect(() => 'Test'.replace(p, '$1')).not.toThrow();
    }
  });

  test('the stop words tell the language from its neighbours', () => {
    expect(words(lang.stopWords).length).toBeGreaterThanOrEqual(30);
    expect(words(lang.stopWords).length).toBeLessThanOrEqual(80);
  });
});

describe('uz-latn offices, institutions and honorifics in their suffixed forms', () => {
  test.each([
    ['offices', 'Prezidenti'],
    ['offices', 'Prezidentining'],
    ['offices', 'Prezidentimiz'],
    ['offices', 'vaziri'],
    ['offices', 'vazirining'],
    ['offices', 'oʻrinbosari'],
    ['offices', 'elchisi'],
    ['offices', 'elchisiga'],
    ['offices', 'Raisi'],
    ['offices', 'hokimi'],
    ['offices', 'kotibi'],
    ['offices', 'boshligʻi'],
    ['offices', 'maslahatchisi'],
    ['offices', 'yordamchisi'],
    ['offices', 'hamkasbi'],
    ['offices', 'aʼzosi'],
    ['pluralOffices', 'vazirlari'],
    ['pluralOffices', 'elchilar'],
    ['pluralOffices', 'deputatlari'],
    ['institutions', 'vazirligi'],
    ['institutions', 'vazirligining'],
    ['institutions', 'Respublikasi'],
    ['institutions', 'Mahkamasi'],
    ['institutions', 'palatasi'],
    ['institutions', 'Toshkentda'],
    ['institutions', 'Toshkentdagi'],
    ['institutions', 'noyabr'],
    ['connectors', 'tashqi'],
    ['connectors', 'ishlar'],
    ['connectors', 'boʻyicha'],
    ['honorifics', 'janob'],
    ['honorifics', 'xonim'],
    ['honorifics', 'Oliylari'],
    ['cues', 'kompaniyasi'],
    ['cues', 'jurnalist'],
    ['regions', 'Osiyoda'],
    ['callWords', 'muzokaralar'],
  ] as const)('%s holds %s', (field, word) => {
    expect(has(lang[field], word)).toBe(true);
  });

  test.each(['Shavkat', 'Baxtiyor', 'Saidov', 'Narbayeva'])(
    '%s is not an office or institution word',
    (name) => {
      expect(has(lang.offices, name) || has(lang.institutions, name) || has(lang.connectors, name)).toBe(
        false,
      );
    },
  );
});

describe('uz-latn case suffixes come off surname-shaped words only', () => {
  test.each([
    ['Saidovning', 'Saidov'],
    ['Mirziyoyevga', 'Mirziyoyev'],
    ['Norovni', 'Norov'],
    ['Tokayevdan', 'Tokayev'],
    ['Saidovda', 'Saidov'],
    ['Toʻxtayevning', 'Toʻxtayev'],
    ['Narbayevaning', 'Narbayeva'],
    ['Saidovaga', 'Saidova'],
    ['Qodirovani', 'Qodirova'],
    ['Ikramovadan', 'Ikramova'],
    ['Putinning', 'Putin'],
    ['Shevchenkoga', 'Shevchenko'],
    ['Zelenskiyni', 'Zelenskiy'],
    ['Rahmonzodaning', 'Rahmonzoda'],
    ['Kobaidzening', 'Kobaidze'],
  ])('%s -> %s', (word, nominative) => {
    expect(nominativeOf(lang, word, null)).toBe(nominative);
  });

  test.each([
    'Saidov',
    'Saidova',
    'Narbayeva',
    'Mirziyoyev',
    'Baxtiyor',
    'Shavkat',
    'Manning',
    'Henning',
    'Malinga',
    'Inga',
    'Blinken',
    'Putin',
    'Rahmonzoda',
  ])('%s stays as it is', (word) => {
    expect(nominativeOf(lang, word, null)).toBe(word);
  });

  test('an office word does not set a case on the name', () => {
    expect(caseAfter(lang, fold('vaziri'))).toBeNull();
  });
});
