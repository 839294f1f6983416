import { codes } from './codes';

// Turkish: one row per inflection class and form kind, then texts that must name no country.
describe('Turkish country forms', () => {
  test.each([
    [
      'name, apostrophe suffix',
      "Türkiye'nin Dışişleri Bakanı Kazakistan'a ziyaret gerçekleştirdi.",
      ['KZ', 'TR'],
    ],
    ['adjective in -li', 'Kazakistanlı ve Çinli yetkililer görüştü.', ['CN', 'KZ']],
    ['people, plural', 'Kazaklar ve Özbekler bayramı kutladı.', ['KZ', 'UZ']],
    ['long name', 'Amerika Birleşik Devletleri ile görüşme.', ['US']],
    ['abbreviation', 'ABD ve BAE heyetleri.', ['AE', 'US']],
    [
      'Turkic, region, organisation',
      'Türk Devletleri Teşkilatı, Orta Asya, Avrupa Birliği ve Latin Amerika.',
      [],
    ],
    ['"mali": financial', 'Mali destek paketi açıklandı. Mali İşler Müdürü konuştu.', []],
    ['a street in an address', 'Adres: Atatürk Cad. No: 5, Ankara.', []],
  ] as const)('%s: %s', (_kind, text, expected) => {
    expect(codes(text)).toEqual([...expected].sort());
  });
});
