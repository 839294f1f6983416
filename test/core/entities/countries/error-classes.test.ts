import { parseRelease } from '../../../../lambdas/core/parse/parse-release';
import { codes } from './codes';

describe('C1: short Cyrillic stems of vowel-final and short names', () => {
  test('surnames and ordinary words are not Peru, Cuba, Ghana, Mali, Chad, Oman, Iran or Togo', () => {
    expect(
      codes('Вице-премьер Олег Перов принял Посла Ислама Кубаева. Первый форум регионов прошёл в Москве.'),
    ).toEqual([]);
    expect(
      codes(
        'Сапар Ганиев, Нурлан Малиев, Алишер Чадов, Тимур Оманов и Руслан Иранов приняли участие. Того же мнения …',
      ),
    ).toEqual([]);
    expect(codes('Министр Гульнара Кубанова и депутат Пётр Перуев посетили Омск. Перовская улица.')).toEqual(
      [],
    );
    expect(codes('Того же дня министр встретился с Рустамом Иранбековым и Ганной Малиновской.')).toEqual([]);
  });

  test('the officials with such surnames are kept', () => {
    const text = 'date 2024-01-01 x.org\n\nВстреча\n\nВице-премьер Олег Перов принял Посла Ислама Кубаева.';
    const names = parseRelease(new TextEncoder().encode(text)).officials.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Олег Перов']));
  });

  test('the countries themselves, in their case forms', () => {
    expect(codes('Посол Перу и посол Мали встретились с делегациями Ганы, Кубы и Омана в Иране.')).toEqual([
      'CU',
      'GH',
      'IR',
      'ML',
      'OM',
      'PE',
    ]);
    expect(codes('Делегация Того прибыла в Чад.')).toEqual(['TD', 'TG']);
    expect(codes('Перуның елшісі Малиге барды.')).toEqual(['ML', 'PE']);
  });

  test('the same guard in Latin script', () => {
    expect(codes('Ministar Ivan Perović i veleposlanik Marko Malić razgovarali su u Zagrebu.')).toEqual([]);
    expect(codes('Gospod Janez Omanović je obiskal Ljubljano.')).toEqual([]);
    expect(codes('Veleposlanik Perua je obiskal Iran in Omana.')).toEqual(['IR', 'OM', 'PE']);
  });
});

describe('C2: peoples named as nouns in inflected languages', () => {
  test('the examples of the error classes', () => {
    expect(codes('Na srečanju so sodelovali predstavniki Hrvatov v Avstriji.')).toEqual(['AT', 'HR']);
    expect(codes('Встреча с представителями казахов прошла в Москве.')).toEqual(['KZ']);
    expect(codes('Das Treffen mit Vertretern der Kasachen fand statt.')).toEqual(['KZ']);
    expect(codes('Zunanja ministrica je v Valletti obiskala malteškega premierja Marka Zammita.')).toEqual([
      'MT',
    ]);
  });

  test('variants in other languages and cases', () => {
    expect(codes('Spotkanie z przedstawicielami Polaków na Litwie.')).toEqual(['LT', 'PL']);
    expect(codes('Форум узбеков и таджиков, живущих в России.')).toEqual(['RU', 'TJ', 'UZ']);
    expect(codes('Der Minister traf Vertreter der Usbeken und der Kirgisen.')).toEqual(['KG', 'UZ']);
    expect(codes('Veleposlanik se je srečal s Slovenci v Argentini.')).toEqual(['AR', 'SI']);
    expect(codes('Ministar je razgovarao s Hrvatima u Njemačkoj.')).toEqual(['DE', 'HR']);
  });

  test('a capitalised people-name with a surname ending is a surname', () => {
    expect(codes('Депутат Сергей Поляков и журналист Андрей Немцов выступили.')).toEqual([]);
  });
});
