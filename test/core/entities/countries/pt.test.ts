import { codes } from './codes';

// Portuguese: one row per inflection class and form kind, then texts that must name no country.
describe('Portuguese country forms', () => {
  test.each([
    ['name', 'O ministro do Cazaquistão recebeu o embaixador do Chade.', ['KZ', 'TD']],
    ['adjective', 'O embaixador cazaque e a delegação norte-americana.', ['KZ', 'US']],
    ['adjective, plural', 'Os empresários alemães e russos.', ['DE', 'RU']],
    ['abbreviation', 'Os EUA e os EAU.', ['AE', 'US']],
    ['region and organisation', 'Na América Latina, na Ásia Central e na União Europeia.', []],
    ['adjective of a region', 'Os países latino-americanos.', []],
    ['a meeting is not Réunion', 'Reunião de ministros em Lisboa.', []],
  ] as const)('%s: %s', (_kind, text, expected) => {
    expect(codes(text)).toEqual([...expected].sort());
  });
});
