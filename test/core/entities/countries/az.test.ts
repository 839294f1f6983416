import { codes } from './codes';

// Azerbaijani: one row per inflection class and form kind, then texts that must name no country.
describe('Azerbaijani country forms', () => {
  test.each([
    ['name, genitive', 'Azərbaycanın xarici işlər naziri Qazaxıstanda səfərdə olub.', ['AZ', 'KZ']],
    ['name, comitative and ablative', 'Özbəkistanla əməkdaşlıq; Türkiyədən gələn nümayəndə.', ['TR', 'UZ']],
    ['adjective in -lı', 'Azərbaycanlı və gürcüstanlı mütəxəssislər.', ['AZ', 'GE']],
    ['people', 'Qırğız və tacik nümayəndələri.', ['KG', 'TJ']],
    ['abbreviation', 'ABŞ və BƏƏ nümayəndə heyətləri.', ['AE', 'US']],
    ['organisation and region', 'Türk Dövlətləri Təşkilatı və Latın Amerikası.', []],
  ] as const)('%s: %s', (_kind, text, expected) => {
    expect(codes(text)).toEqual([...expected].sort());
  });
});
