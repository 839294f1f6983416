import { codes } from './codes';

// Serbian: one row per inflection class and form kind, then texts that must name no country.
describe('Serbian country forms', () => {
  test.each([
    [
      'Cyrillic name, genitive',
      'Министар спољних послова Србије састао се са амбасадором Казахстана.',
      ['KZ', 'RS'],
    ],
    [
      'Latin name, genitive',
      'Ministar spoljnih poslova Srbije sastao se sa ambasadorom Kazahstana.',
      ['KZ', 'RS'],
    ],
    ['Latin name, locative', 'Sastanak u Nemačkoj i Mađarskoj.', ['DE', 'HU']],
    ['Cyrillic adjective', 'Делегација руског парламента.', ['RU']],
    ['Latin people', 'Srbi i Hrvati u Austriji.', ['AT', 'HR', 'RS']],
    ['abbreviation', 'Delegacija SAD i БиХ.', ['BA', 'US']],
    ['region', 'u Latinskoj Americi i Centralnoj Aziji', []],
    ['the province’s Serbian name', 'Ministar je govorio o situaciji na Kosovu i Metohiji.', []],
  ] as const)('%s: %s', (_kind, text, expected) => {
    expect(codes(text)).toEqual([...expected].sort());
  });
});
