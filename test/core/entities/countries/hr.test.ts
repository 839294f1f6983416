import { codes } from './codes';

// Croatian: one row per inflection class and form kind, then texts that must name no country.
describe('Croatian country forms', () => {
  test.each([
    ['name, locative', 'u Hrvatskoj i Sloveniji', ['HR', 'SI']],
    ['adjective, case form', 'u etiopskoj prijestolnici; veleposlanik u RH', ['ET', 'HR']],
    ['people', 'Razgovarao je s Hrvatima i Slovencima.', ['HR', 'SI']],
    ['abbreviation', 'Veleposlanik SAD-a.', ['US']],
    ['region', 'u Latinskoj Americi', []],
    ['ordinary words', 'Polako, sveden na minimum.', []],
    ['a given name is not El Salvador', 'Salvador Illa posjetio je Zagreb.', []],
  ] as const)('%s: %s', (_kind, text, expected) => {
    expect(codes(text)).toEqual([...expected].sort());
  });
});
