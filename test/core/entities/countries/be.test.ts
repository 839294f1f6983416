import { codes } from './codes';

// Belarusian: one row per inflection class and form kind, then texts that must name no country.
describe('Belarusian country forms', () => {
  test.each([
    ['name, locative', 'Пасол Беларусі ў Казахстане сустрэўся з міністрам.', ['BY', 'KZ']],
    ['long name', 'Візіт у Злучаныя Штаты Амерыкі.', ['US']],
    ['adjective, case form', 'Дэлегацыя польскага парламента і нямецкіх кампаній.', ['DE', 'PL']],
    ['people', 'Сустрэча з прадстаўнікамі казахаў.', ['KZ']],
    ['abbreviation', 'Дэлегацыі ЗША і РФ.', ['RU', 'US']],
    ['region and city', 'Форум у Лацінскай Амерыцы і ў Мінску.', []],
  ] as const)('%s: %s', (_kind, text, expected) => {
    expect(codes(text)).toEqual([...expected].sort());
  });
});
