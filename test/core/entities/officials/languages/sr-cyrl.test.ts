import {
  caseAfter,
  type NameCase,
  nominativeOf,
} from '../../../../../lambdas/core/entities/officials/languages/language';
import { srCyrl } from '../../../../../lambdas/core/entities/officials/languages/sr-cyrl';
import {
  srLatn,
  toCyrillic,
  toCyrillicPattern,
} from '../../../../../lambdas/core/entities/officials/languages/sr-latn';
import { wordsOf } from '../../../../../lambdas/core/entities/officials/lexicon';
import { fold } from '../../../../../lambdas/core/text/fold';
import { listedIn } from './table-checks';

describe('sr-cyrl table is well formed', () => {
  test('office forms in every case are found through stems and endings', () => {
    const forms =
      'председник председника председнику председником председница председнице председницом ' +
      'министар министра министру министром министарка министарком премијер премијером амбасадор ' +
      'амбасадора шеф шефица секретар секретаром заменик заменика саветник саветником посланик ' +
      'градоначелник градоначелника портпарол конзул краљ краља краљем краљица краљицом принц принцем ' +
      'канцелар колега колегом члан чланица председавајући';
    expect(forms.split(' ').filter((w) => !listedIn(srCyrl, 'offices', w))).toEqual([]);
  });

  test('plural and institution words', () => {
    for (const w of ['министри', 'министара', 'амбасадори', 'посланици'])
      expect(listedIn(srCyrl, 'pluralOffices', w)).toBe(true);
    for (const w of ['Министарства', 'Владе', 'Скупштине', 'Републике', 'Београду', 'Љубљани', 'Њујорку'])
      expect(listedIn(srCyrl, 'institutions', w)).toBe(true);
    for (const w of ['господин', 'господина', 'госпођа', 'госпођом', 'екселенција', 'г-дин'])
      expect(listedIn(srCyrl, 'honorifics', w)).toBe(true);
    for (const w of ['министарство', 'амбасада', 'конзулат'])
      expect(listedIn(srCyrl, 'offices', w)).toBe(false);
  });
});

describe('Serbian transliteration', () => {
  test.each([
    ['Ljubljana', 'Љубљана'],
    ['NJUJORK', 'ЊУЈОРК'],
    ['Njegoš', 'Његош'],
    ['Džaković', 'Џаковић'],
    ['đak Ćirić', 'ђак Ћирић'],
    ['g-din', 'г-дин'],
  ])('%s -> %s', (latin, cyrillic) => {
    expect(toCyrillic(latin)).toBe(cyrillic);
  });

  test('a character class keeps its letters apart and gains the digraph letters', () => {
    expect(toCyrillicPattern(/([čćj]|lj)em$/).source).toBe('([чћјљњ]|љ)ем$');
    expect(toCyrillicPattern(/[^aeiou]a$/).source).toBe('[^аеиоу]а$');
    expect(toCyrillicPattern(/[žn]u$/).source).toBe('[жнџ]у$');
    expect(() => toCyrillicPattern(/\bx/)).toThrow();
  });

  test('both scripts have the same rules, one for one', () => {
    expect(srCyrl.officeCase?.length).toBe(srLatn.officeCase?.length);
    for (const nameCase of ['genitive', 'dative', 'instrumental', 'locative'] as const)
      expect(srCyrl.nominative?.[nameCase]?.length).toBe(srLatn.nominative?.[nameCase]?.length);
    expect(wordsOf(srCyrl.offices).length).toBe(wordsOf(srLatn.offices).length);
  });
});

describe('sr-cyrl case after an office word', () => {
  test.each([
    ['председником', 'instrumental'],
    ['министром', 'instrumental'],
    ['председницом', 'instrumental'],
    ['краљем', 'instrumental'],
    ['председавајућим', 'instrumental'],
    ['председника', 'genitive'],
    ['министра', 'genitive'],
    ['краља', 'genitive'],
    ['председавајућег', 'genitive'],
    ['председнице', 'genitive'],
    ['колеге', 'genitive'],
    ['председницу', 'genitive'],
    ['председнику', 'dative'],
    ['министру', 'dative'],
    ['краљу', 'dative'],
    ['председавајућем', 'dative'],
    ['колеги', 'dative'],
  ] as const)('%s -> %s', (office, nameCase) => {
    expect(caseAfter(srCyrl, fold(office))).toBe(nameCase);
  });

  test.each(
    'председник министар председница министарка колега папа муфтија вођа нунције председавајући председавајућа краљ'.split(
      ' ',
    ),
  )('%s (nominative) gives no case', (office) => {
    expect(caseAfter(srCyrl, fold(office))).toBeNull();
  });
});

describe('sr-cyrl nominative of a name word', () => {
  const cases: [NameCase | null, string, string][] = [
    ['genitive', 'Пендаровског', 'Пендаровски'],
    ['genitive', 'Ентонија', 'Ентони'],
    ['genitive', 'Марије', 'Марија'],
    ['genitive', 'Александра', 'Александар'],
    ['genitive', 'Марка', 'Марко'],
    ['genitive', 'Ане', 'Ана'],
    ['genitive', 'Вучића', 'Вучић'],
    ['genitive', 'Лаврова', 'Лавров'],
    ['genitive', 'Краља', 'Краљ'],
    ['genitive', 'Ђорђа', 'Ђорђе'],
    ['instrumental', 'Ђорђем', 'Ђорђе'],
    ['dative', 'Павлу', 'Павле'],
    ['dative', 'Марији', 'Марија'],
    ['dative', 'Ентонију', 'Ентони'],
    ['dative', 'Вучићу', 'Вучић'],
    ['dative', 'Ањи', 'Ања'],
    ['dative', 'Ани', 'Ана'],
    ['instrumental', 'Маријом', 'Марија'],
    ['instrumental', 'Ентонијем', 'Ентони'],
    ['instrumental', 'Ивицом', 'Ивица'],
    ['instrumental', 'Александром', 'Александар'],
    ['instrumental', 'Вучићем', 'Вучић'],
    ['instrumental', 'Сергејем', 'Сергеј'],
    ['instrumental', 'Краљем', 'Краљ'],
    ['instrumental', 'Шолцем', 'Шолц'],
    ['instrumental', 'Макроном', 'Макрон'],
    ['instrumental', 'Блинкеном', 'Блинкен'],
    ['genitive', 'Брнабић', 'Брнабић'],
    ['dative', 'Рубио', 'Рубио'],
    [null, 'Вучића', 'Вучића'],
  ];
  test.each(cases)('%s %s -> %s', (nameCase, word, expected) => {
    expect(nominativeOf(srCyrl, word, nameCase)).toBe(expected);
  });

  test('a foreign name after an office word', () => {
    const rebuild = (office: string, name: string) =>
      name
        .split(' ')
        .map((w) => nominativeOf(srCyrl, w, caseAfter(srCyrl, fold(office))))
        .join(' ');
    expect(rebuild('секретаром', 'Ентонијем Блинкеном')).toBe('Ентони Блинкен');
    expect(rebuild('председника', 'Емануела Макрона')).toBe('Емануел Макрон');
    expect(rebuild('министру', 'Сергеју Лаврову')).toBe('Сергеј Лавров');
  });
});
