import { codes } from './codes';

// Uzbek: one row per inflection class and form kind, then texts that must name no country.
describe('Uzbek country forms', () => {
  test.each([
    [
      'name with ʻ, genitive',
      'Oʻzbekistonning tashqi ishlar vaziri Qozogʻistonga tashrif buyurdi.',
      ['KZ', 'UZ'],
    ],
    ["name with ', locative", "Vazir O'zbekistonda va Qirg'izistonda bo'ldi.", ['KG', 'UZ']],
    ['name with ‘, ablative', 'Delegatsiya Turkiyadan va Germaniyadan keldi.', ['DE', 'TR']],
    ['adjective in -lik', 'Oʻzbekistonlik va yaponiyalik ishbilarmonlar.', ['JP', 'UZ']],
    ['people', "O'zbek-qozoq munosabatlari va tojik xalqi.", ['KZ', 'TJ', 'UZ']],
    ['abbreviation', 'AQSH va BAA vakillari.', ['AE', 'US']],
    ['Cyrillic, genitive', 'Ўзбекистоннинг ташқи ишлар вазири Қозоғистонга ташриф буюрди.', ['KZ', 'UZ']],
    ['Cyrillic, ablative', 'Делегация Туркиядан келди.', ['TR']],
    ['region', 'Markaziy Osiyo va Lotin Amerikasi.', []],
  ] as const)('%s: %s', (_kind, text, expected) => {
    expect(codes(text)).toEqual([...expected].sort());
  });
});
