import { az as lang } from '../../../../../lambdas/core/entities/officials/languages/az';
import { caseAfter, nominativeOf } from '../../../../../lambdas/core/entities/officials/languages/language';

const fold = (w: string): string => w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const words = (block: string): string[] => block.split(/\s+/).filter((w) => w.length > 0);
const has = (block: string, word: string): boolean => words(block).map(fold).includes(fold(word));

describe('az table is well formed', () => {
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

describe('az offices, institutions and honorifics in their suffixed forms', () => {
  test.each([
    ['offices', 'Prezidenti'],
    ['offices', 'Prezidentinin'],
    ['offices', 'naziri'],
    ['offices', 'nazirinin'],
    ['offices', 'nazirin'],
    ['offices', 'müavini'],
    ['offices', 'səfiri'],
    ['offices', 'Səfirimiz'],
    ['offices', 'vəkili'],
    ['offices', 'nümayəndəsi'],
    ['offices', 'Sədri'],
    ['offices', 'sədrinin'],
    ['offices', 'köməkçisi'],
    ['offices', 'katibi'],
    ['offices', 'müdiri'],
    ['offices', 'üzvü'],
    ['offices', 'həmkarı'],
    ['offices', 'müvəkkili'],
    ['pluralOffices', 'nazirləri'],
    ['pluralOffices', 'səfirlər'],
    ['pluralOffices', 'deputatları'],
    ['institutions', 'Nazirliyi'],
    ['institutions', 'Nazirliyinin'],
    ['institutions', 'Respublikasının'],
    ['institutions', 'Məclisin'],
    ['institutions', 'Səfirliyi'],
    ['institutions', 'Konsulluğu'],
    ['institutions', 'Administrasiyasının'],
    ['institutions', 'Bakıda'],
    ['institutions', 'Bakıdakı'],
    ['institutions', 'noyabrda'],
    ['connectors', 'xarici'],
    ['connectors', 'işlər'],
    ['connectors', 'üzrə'],
    ['honorifics', 'cənab'],
    ['honorifics', 'xanım'],
    ['honorifics', 'xanımın'],
    ['honorifics', 'Zati-aliləri'],
    ['cues', 'şirkətinin'],
    ['cues', 'jurnalist'],
    ['regions', 'Qafqazda'],
    ['callWords', 'danışığı'],
  ] as const)('%s holds %s', (field, word) => {
    expect(has(lang[field], word)).toBe(true);
  });

  test.each(['Ceyhun', 'İlham', 'Sahibə', 'Əliyev', 'Bayramov'])(
    '%s is not an office or institution word',
    (name) => {
      expect(has(lang.offices, name) || has(lang.institutions, name) || has(lang.connectors, name)).toBe(
        false,
      );
    },
  );
});

describe('az case suffixes come off surname-shaped words only', () => {
  test.each([
    // Masculine -ov (back vowel).
    ['Bayramovun', 'Bayramov'],
    ['Bayramovu', 'Bayramov'],
    ['Bayramovla', 'Bayramov'],
    ['Bayramovda', 'Bayramov'],
    ['Bayramovdan', 'Bayramov'],
    // Masculine -ev/-yev (front vowel).
    ['Əliyevin', 'Əliyev'],
    ['Əliyevi', 'Əliyev'],
    ['Əliyevə', 'Əliyev'],
    ['Əliyevlə', 'Əliyev'],
    ['Əliyevdən', 'Əliyev'],
    ['Tokayevin', 'Tokayev'],
    // Feminine -ova/-eva.
    ['Qafarovanın', 'Qafarova'],
    ['Əliyevaya', 'Əliyeva'],
    ['Hüseynovanı', 'Hüseynova'],
    ['Qafarovayla', 'Qafarova'],
    ['Məmmədovadan', 'Məmmədova'],
    // -zadə and -lı/-li/-lu.
    ['Paşazadənin', 'Paşazadə'],
    ['Rəsulzadəyə', 'Rəsulzadə'],
    ['Qasımlının', 'Qasımlı'],
    ['Cəfərliyə', 'Cəfərli'],
    ['Novruzluya', 'Novruzlu'],
    // Foreign surnames of a known shape.
    ['Putinin', 'Putin'],
    ['Putinlə', 'Putin'],
    ['Zelenskinin', 'Zelenski'],
    ['Şevçenkonun', 'Şevçenko'],
    ['Kobaidzenin', 'Kobaidze'],
    ['Qelaşviliyə', 'Qelaşvili'],
    ["Blinken'in", 'Blinken'],
  ])('%s -> %s', (word, nominative) => {
    expect(nominativeOf(lang, word, null)).toBe(nominative);
  });

  test.each([
    // Bayramova is a feminine nominative and a masculine dative alike: it is left as written.
    'Bayramova',
    'Əliyeva',
    'Əliyev',
    'Bayramov',
    'Qasımlı',
    'Paşazadə',
    'Mədinə',
    'Səbinə',
    'Aminə',
    'Əli',
    'Ceyhun',
    'Sahibə',
    'Lalə',
    'Blinken',
    'Putin',
    'Bellini',
    'Kobaidze',
  ])('%s stays as it is', (word) => {
    expect(nominativeOf(lang, word, null)).toBe(word);
  });

  test('an office word does not set a case on the name', () => {
    expect(caseAfter(lang, fold('naziri'))).toBeNull();
  });
});
