import { ky as lang } from '../../../../../lambdas/core/entities/officials/languages/ky';
import { caseAfter, nominativeOf } from '../../../../../lambdas/core/entities/officials/languages/language';

const fold = (w: string): string => w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const words = (block: string): string[] => block.split(/\s+/).filter((w) => w.length > 0);
const has = (block: string, word: string): boolean => words(block).map(fold).includes(fold(word));

describe('ky table is well formed', () => {
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

describe('ky offices, institutions and honorifics in their suffixed forms', () => {
  test.each([
    ['offices', 'Президенти'],
    ['offices', 'Президентинин'],
    ['offices', 'министри'],
    ['offices', 'министринин'],
    ['offices', 'министрдин'],
    ['offices', 'басары'],
    ['offices', 'Төрагасы'],
    ['offices', 'Төрагасынын'],
    ['offices', 'Төрайымы'],
    ['offices', 'Элчиси'],
    ['offices', 'элчисине'],
    ['offices', 'өкүлү'],
    ['offices', 'катчысы'],
    ['offices', 'кесиптеши'],
    ['offices', 'Акыйкатчы'],
    ['offices', 'мүчөсү'],
    ['pluralOffices', 'министрлери'],
    ['pluralOffices', 'депутаттар'],
    ['pluralOffices', 'өкүлдөрү'],
    ['pluralOffices', 'губернаторлор'],
    ['institutions', 'министрлиги'],
    ['institutions', 'министрлигинин'],
    ['institutions', 'Республикасынын'],
    ['institutions', 'Республикасындагы'],
    ['institutions', 'Кеңештин'],
    ['institutions', 'Кабинетинин'],
    ['institutions', 'Элчилиги'],
    ['institutions', 'Бишкекте'],
    ['institutions', 'Бишкектеги'],
    ['institutions', 'дүйшөмбүдө'],
    ['connectors', 'тышкы'],
    ['connectors', 'иштер'],
    ['connectors', 'боюнча'],
    ['honorifics', 'мырза'],
    ['honorifics', 'айым'],
    ['honorifics', 'Урматтуу'],
    ['cues', 'компаниясынын'],
    ['regions', 'Азиядагы'],
    ['callWords', 'сүйлөшүүлөр'],
  ] as const)('%s holds %s', (field, word) => {
    expect(has(lang[field], word)).toBe(true);
  });

  test.each(['Садыр', 'Жээнбек', 'Жапаров', 'Айгүл'])('%s is not an office or institution word', (name) => {
    expect(has(lang.offices, name) || has(lang.institutions, name) || has(lang.connectors, name)).toBe(false);
  });
});

describe('ky case suffixes come off surname-shaped words and patronymics only', () => {
  test.each([
    ['Жээнбековдун', 'Жээнбеков'],
    ['Жапаровго', 'Жапаров'],
    ['Жапаровду', 'Жапаров'],
    ['Жапаровдон', 'Жапаров'],
    ['Казакбаевге', 'Казакбаев'],
    ['Казакбаевдин', 'Казакбаев'],
    ['Кулубаевди', 'Кулубаев'],
    ['Жапарованын', 'Жапарова'],
    ['Жапаровага', 'Жапарова'],
    ['Жапарованы', 'Жапарова'],
    ['Казакбаевадан', 'Казакбаева'],
    ['уулунун', 'уулу'],
    ['уулуна', 'уулу'],
    ['кызын', 'кызы'],
    ['кызынын', 'кызы'],
    ['Путиндин', 'Путин'],
    ['Путинге', 'Путин'],
    ['Зеленскийдин', 'Зеленский'],
    ['Шевченконун', 'Шевченко'],
    ['Кобаидзенин', 'Кобаидзе'],
  ])('%s -> %s', (word, nominative) => {
    expect(nominativeOf(lang, word, null)).toBe(nominative);
  });

  test.each([
    'Жапаров',
    'Жапарова',
    'Казакбаева',
    'Садыр',
    'Жээнбек',
    'уулу',
    'кызы',
    'Путин',
    'Инге',
    'Бишкек',
    'Блинкен',
  ])('%s stays as it is', (word) => {
    expect(nominativeOf(lang, word, null)).toBe(word);
  });

  test('an office word does not set a case on the name', () => {
    expect(caseAfter(lang, fold('министри'))).toBeNull();
  });
});
