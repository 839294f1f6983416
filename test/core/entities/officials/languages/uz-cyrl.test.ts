import { caseAfter, nominativeOf } from '../../../../../lambdas/core/entities/officials/languages/language';
import { uzCyrl as lang } from '../../../../../lambdas/core/entities/officials/languages/uz-cyrl';

const fold = (w: string): string => w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const words = (block: string): string[] => block.split(/\s+/).filter((w) => w.length > 0);
const has = (block: string, word: string): boolean => words(block).map(fold).includes(fold(word));

describe('uz-cyrl table is well formed', () => {
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

describe('uz-cyrl offices, institutions and honorifics in their suffixed forms', () => {
  test.each([
    ['offices', 'Президенти'],
    ['offices', 'Президентининг'],
    ['offices', 'вазири'],
    ['offices', 'вазирининг'],
    ['offices', 'ўринбосари'],
    ['offices', 'элчиси'],
    ['offices', 'Раиси'],
    ['offices', 'ҳокими'],
    ['offices', 'бошлиғи'],
    ['offices', 'маслаҳатчиси'],
    ['offices', 'ҳамкасби'],
    ['offices', 'аъзоси'],
    ['pluralOffices', 'вазирлари'],
    ['pluralOffices', 'элчилар'],
    ['institutions', 'вазирлиги'],
    ['institutions', 'вазирликка'],
    ['institutions', 'Республикаси'],
    ['institutions', 'Маҳкамаси'],
    ['institutions', 'Тошкентда'],
    ['institutions', 'Тошкентдаги'],
    ['connectors', 'ташқи'],
    ['connectors', 'ишлар'],
    ['honorifics', 'жаноб'],
    ['honorifics', 'хоним'],
    ['cues', 'компанияси'],
    ['regions', 'Осиёда'],
  ] as const)('%s holds %s', (field, word) => {
    expect(has(lang[field], word)).toBe(true);
  });

  test.each(['Шавкат', 'Бахтиёр', 'Саидов', 'Нарбаева'])(
    '%s is not an office or institution word',
    (name) => {
      expect(has(lang.offices, name) || has(lang.institutions, name) || has(lang.connectors, name)).toBe(
        false,
      );
    },
  );
});

describe('uz-cyrl case suffixes come off surname-shaped words only', () => {
  test.each([
    ['Саидовнинг', 'Саидов'],
    ['Мирзиёевга', 'Мирзиёев'],
    ['Норовни', 'Норов'],
    ['Тоқаевдан', 'Тоқаев'],
    ['Нарбаеванинг', 'Нарбаева'],
    ['Саидовага', 'Саидова'],
    ['Қодировани', 'Қодирова'],
    ['Путиннинг', 'Путин'],
    ['Шевченкога', 'Шевченко'],
    ['Зеленскийни', 'Зеленский'],
    ['Раҳмонзоданинг', 'Раҳмонзода'],
    ['Кобаидзенинг', 'Кобаидзе'],
  ])('%s -> %s', (word, nominative) => {
    expect(nominativeOf(lang, word, null)).toBe(nominative);
  });

  test.each(['Саидов', 'Саидова', 'Нарбаева', 'Мирзиёев', 'Бахтиёр', 'Инга', 'Путин', 'Блинкен'])(
    '%s stays as it is',
    (word) => {
      expect(nominativeOf(lang, word, null)).toBe(word);
    },
  );

  test('an office word does not set a case on the name', () => {
    expect(caseAfter(lang, fold('вазири'))).toBeNull();
  });
});
