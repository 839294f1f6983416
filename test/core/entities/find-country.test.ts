import { findCountries } from '../../../lambdas/core/entities/find-countries';
import { findCountryCode } from '../../../lambdas/core/entities/find-country';
import { tokenize } from '../../../lambdas/core/text/tokenize';

const codes = (text: string) =>
  findCountries(text, tokenize(text))
    .map((c) => c.code)
    .sort();

describe('findCountryCode', () => {
  test.each([
    ['Slovenia', 'SI'],
    ['SI', 'SI'],
    ['si', 'SI'],
    ['Словения', 'SI'],
    ['slowenisch', 'SI'],
    ['Slovenian', 'SI'],
    ['Kazakh', 'KZ'],
    ['the Republic of Kazakhstan', 'KZ'],
    ['Kyrgyz Republic', 'KG'],
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
    ['ОАЭ', 'AE'],
    ['United States', 'US'],
    ['Российская Федерация', 'RU'],
    ['Қазақстан', 'KZ'],
    ['Hrvaška', 'HR'],
  ])('%s -> %s', (name, code) => {
    expect(findCountryCode(name)).toBe(code);
  });

  test.each(['Central Asia', 'European Union', 'Astana', 'XX', '', 'Eurasian', 'Turkic'])(
    '%s names no country',
    (name) => {
      expect(findCountryCode(name)).toBeNull();
    },
  );
});

describe('findCountries', () => {
  test('a Cyrillic name ending in a vowel and й declines without it: Китая, Кітаем, Парагвая', () => {
    expect(codes('Посол Китая встретился с послом Парагвая.')).toEqual(['CN', 'PY']);
    expect(codes('Пасол сустрэўся з Міністрам гандлю Кітая.')).toEqual(['CN']);
    expect(codes('Переговори з Китаєм і Уругваєм.')).toEqual(['CN', 'UY']);
    // A surname on the stem is no country.
    expect(codes('Министр принял Олега Китаева.')).toEqual([]);
  });

  test('English names, long forms, demonyms, compounds and abbreviations', () => {
    expect(codes('The Kazakh-Slovenian talks in Astana, Kazakhstan.')).toEqual(['KZ', 'SI']);
    expect(codes('ROK-Uzbekistan meeting; the U.S. and the UK; 10 billion US Dollars')).toEqual([
      'GB',
      'KR',
      'US',
      'UZ',
    ]);
    expect(codes('Turkmen-American cooperation and the Kyrgyz-Hungarian relations')).toEqual([
      'HU',
      'KG',
      'TM',
      'US',
    ]);
  });

  test('keeps the surface mentions, whole compounds included', () => {
    const text = 'Kazakh-Slovenian cooperation with Slovenia and the Republic of Slovenia';
    const si = findCountries(text, tokenize(text)).find((c) => c.code === 'SI');
    expect(si).toEqual({
      code: 'SI',
      name: 'Slovenia',
      mentions: ['Kazakh-Slovenian', 'Slovenia', 'Republic of Slovenia'],
    });
  });

  test('Russian and Kazakh inflections', () => {
    expect(codes('Президент Российской Федерации и казахско-японских связей')).toEqual(['JP', 'KZ', 'RU']);
    expect(codes('визит делегации Узбекистана в Польшу, узбекско-польского сотрудничества')).toEqual([
      'PL',
      'UZ',
    ]);
    expect(codes('Қазақстанның және Ресейдің')).toEqual(['KZ', 'RU']);
  });

  test('German, Slovenian, Croatian and French forms', () => {
    expect(codes('den kasachischen Präsidenten; Kirgisistans; russische Angriffskrieg')).toEqual([
      'KG',
      'KZ',
      'RU',
    ]);
    expect(codes('na Hrvaškem in v Sloveniji')).toEqual(['HR', 'SI']);
    expect(codes('u etiopskoj prijestolnici; veleposlanik u RH')).toEqual(['ET', 'HR']);
    expect(codes('la République kirghize et le Tadjikistan')).toEqual(['KG', 'TJ']);
  });

  test('regions, organisations, cities and lowercase words do not count', () => {
    expect(
      codes(
        'Central Asia, the Middle East, the EU, the UN, NATO, OSCE and Eurasian states met in Astana and Moscow.',
      ),
    ).toEqual([]);
    expect(codes('Tell us about it; we polish the china and eat turkey in Latin America.')).toEqual([]);
    expect(codes('Special Representative for Central Asia, the Caucasus and GUAM Ikegami Masaki')).toEqual(
      [],
    );
    expect(codes('Storm warning for East Kazakhstan region')).toEqual([]);
  });

  test('a name in capitals counts inside an all-caps headline', () => {
    expect(codes('MEETING WITH THE AMBASSADOR OF THE USA TO TURKMENISTAN')).toEqual(['TM', 'US']);
  });
});
