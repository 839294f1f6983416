import { hr } from '../../../../../lambdas/core/entities/officials/languages/hr';
import { kk } from '../../../../../lambdas/core/entities/officials/languages/kk';
import { nominativeOf } from '../../../../../lambdas/core/entities/officials/languages/language';
import { sl } from '../../../../../lambdas/core/entities/officials/languages/sl';

describe('Slovenian and Croatian nominatives', () => {
  test.each([
    [sl, 'Petra', 'genitive', 'Peter'],
    [hr, 'Dimitra', 'genitive', 'Dimitar'],
    [sl, 'Aleksandrom', 'instrumental', 'Aleksander'],
    [hr, 'Dimitrom', 'instrumental', 'Dimitar'],
    [hr, 'Kovačevskim', 'instrumental', 'Kovačevski'],
    [hr, 'Kovačevskog', 'genitive', 'Kovačevski'],
    [sl, 'Novackemu', 'dative', 'Novacki'],
    [hr, 'Grlićem', 'instrumental', 'Grlić'],
    [hr, 'Janeza', 'genitive', 'Janez'],
  ] as const)('%#: %s in the %s', (lang, word, nameCase, expected) => {
    expect(nominativeOf(lang, word, nameCase)).toBe(expected);
  });
});

describe('Kazakh case suffixes on names', () => {
  test.each([
    ['Тоқаевтың', 'Тоқаев'],
    ['Усмоновпен', 'Усмонов'],
    ['Эрдоғанның', 'Эрдоған'],
    ['Мирзиёевтің', 'Мирзиёев'],
    // The comitative on a name of any shape, by the sound before it.
    ['Дюбуамен', 'Дюбуа'],
    ['Ердоғанмен', 'Ердоған'],
    ['Шольцпен', 'Шольц'],
  ])('%s', (word, expected) => {
    expect(nominativeOf(kk, word, null)).toBe(expected);
  });

  test('a short name or one without a suffix stays', () => {
    expect(nominativeOf(kk, 'Ерлан', null)).toBe('Ерлан');
    expect(nominativeOf(kk, 'Айың', null)).toBe('Айың');
  });
});
