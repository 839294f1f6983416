import { caseAfter, nominativeOf } from '../../../../../lambdas/core/entities/officials/languages/language';
import { tr as lang } from '../../../../../lambdas/core/entities/officials/languages/tr';

const fold = (w: string): string => w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const words = (block: string): string[] => block.split(/\s+/).filter((w) => w.length > 0);
const has = (block: string, word: string): boolean => words(block).map(fold).includes(fold(word));

describe('tr table is well formed', () => {
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

describe('tr offices, institutions and honorifics in their suffixed forms', () => {
  test.each([
    ['offices', 'Bakanı'],
    ['offices', 'Bakan'],
    ['offices', 'Bakanımızın'],
    ['offices', 'Yardımcısı'],
    ['offices', 'Cumhurbaşkanı'],
    ['offices', 'Cumhurbaşkanımız'],
    ['offices', 'Cumhurbaşkanının'],
    ['offices', 'Başbakanı'],
    ['offices', 'Büyükelçisi'],
    ['offices', 'Büyükelçimiz'],
    ['offices', 'Maslahatgüzarı'],
    ['offices', 'Başkonsolosu'],
    ['offices', 'Temsilcisi'],
    ['offices', 'Sözcüsü'],
    ['offices', 'Milletvekili'],
    ['offices', 'Başkanvekili'],
    ['offices', 'Başdenetçisi'],
    ['offices', 'Şansölyesi'],
    ['offices', 'mevkidaşı'],
    ['offices', 'muhatabı'],
    ['offices', 'Patriği'],
    ['pluralOffices', 'Bakanları'],
    ['pluralOffices', 'bakanlar'],
    ['pluralOffices', 'Büyükelçileri'],
    ['pluralOffices', 'Milletvekilleri'],
    ['pluralOffices', 'Cumhurbaşkanları'],
    ['institutions', 'Bakanlığı'],
    ['institutions', 'Bakanlığının'],
    ['institutions', 'Cumhuriyeti'],
    ['institutions', 'Krallığı'],
    ['institutions', 'Meclisi'],
    ['institutions', 'Büyükelçiliği'],
    ['institutions', 'Cumhurbaşkanlığı'],
    ['institutions', 'Teşkilatı'],
    ['institutions', 'Kasım'],
    ['institutions', 'Pazartesi'],
    ['institutions', 'Ankara'],
    ['connectors', 'Dışişleri'],
    ['connectors', 'İçişleri'],
    ['connectors', 'İÇİŞLERİ'],
    ['honorifics', 'Sayın'],
    ['honorifics', 'Ekselansları'],
    ['honorifics', 'Hanım'],
    ['honorifics', 'Bey'],
    ['cues', 'gazeteci'],
    ['cues', 'şirketinin'],
    ['regions', 'Kafkasya'],
  ] as const)('%s holds %s', (field, word) => {
    expect(has(lang[field], word)).toBe(true);
  });

  test.each(['Hakan', 'Mevlüt', 'Ahmet', 'Ayşe', 'Aliyev', 'Çavuşoğlu'])(
    '%s is not an office or institution word',
    (name) => {
      expect(has(lang.offices, name) || has(lang.institutions, name) || has(lang.connectors, name)).toBe(
        false,
      );
    },
  );
});

describe('tr names take their suffixes after an apostrophe', () => {
  test.each([
    ["Çavuşoğlu'nun", 'Çavuşoğlu'],
    ["Aliyev'le", 'Aliyev'],
    ["Aliyev'in", 'Aliyev'],
    ["Fidan'a", 'Fidan'],
    ['Blinken’ın', 'Blinken'],
    ["Tokayev'i", 'Tokayev'],
    ["Erdoğan'dan", 'Erdoğan'],
    ["Lavrov'la", 'Lavrov'],
    ["Mirziyoyev'e", 'Mirziyoyev'],
    ["Ankara'daki", 'Ankara'],
    ["Macron'un", 'Macron'],
  ])('%s -> %s', (word, nominative) => {
    expect(nominativeOf(lang, word, null)).toBe(nominative);
  });

  test.each([
    'Çavuşoğlu',
    'Fidan',
    'Aliyev',
    'Erdoğan',
    'Kılıçdaroğlu',
    'İlham',
    "O'Brien",
    "D'Alema",
    "N'Diaye",
    'Saidov',
  ])('%s stays as it is', (word) => {
    expect(nominativeOf(lang, word, null)).toBe(word);
    expect(nominativeOf(lang, word, 'genitive')).toBe(word);
  });

  test('an office word does not set a case on the name', () => {
    expect(caseAfter(lang, fold('Bakanı'))).toBeNull();
    expect(caseAfter(lang, fold('Büyükelçisi'))).toBeNull();
  });
});
