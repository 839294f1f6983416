import { codes } from './codes';

// Ukrainian: one row per inflection class and form kind, then texts that must name no country.
describe('Ukrainian country forms', () => {
  test.each([
    [
      'name, genitive and locative',
      'Посол України в Казахстані зустрівся з міністром Польщі.',
      ['KZ', 'PL', 'UA'],
    ],
    ['name, instrumental', 'Переговори з Німеччиною та Туреччиною тривають.', ['DE', 'TR']],
    [
      'adjective, case form',
      'Делегація казахстанського парламенту відвідала естонську столицю.',
      ['EE', 'KZ'],
    ],
    ['people, plural', 'Зустріч з представниками узбеків і казахів.', ['KZ', 'UZ']],
    ['compound', 'Українсько-польські відносини.', ['PL', 'UA']],
    ['abbreviation', 'Делегації США та ОАЕ.', ['AE', 'US']],
    ['region and city', 'Форум у Латинській Америці та в Києві.', []],
    ['surname like a country stem', 'Виступив Олег Перов і Тимур Оманов.', []],
  ] as const)('%s: %s', (_kind, text, expected) => {
    expect(codes(text)).toEqual([...expected].sort());
  });
});
