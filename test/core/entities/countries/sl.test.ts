import { codes } from './codes';

// Slovenian: one row per inflection class and form kind, then texts that must name no country.
describe('Slovenian country forms', () => {
  test.each([
    ['name, locative', 'na Hrvaškem in v Sloveniji', ['HR', 'SI']],
    ['adjective, case form', 'obiskala malteškega premierja in kazahstanske poslance', ['KZ', 'MT']],
    ['adjective derived from the name', 'kenijska in kolumbijska delegacija', ['CO', 'KE']],
    ['people, plural genitive', 'predstavniki Hrvatov in Slovencev', ['HR', 'SI']],
    ['abbreviation', 'ZDA in BiH', ['BA', 'US']],
    ['region', 'v Latinski Ameriki in Srednji Aziji', []],
    ['ordinary words', 'Danes je lepo.', []],
    [
      'a given name that is a country’s name in another language',
      'Sprejel ga je državni sekretar Franca Hrovatina.',
      [],
    ],
  ] as const)('%s: %s', (_kind, text, expected) => {
    expect(codes(text)).toEqual([...expected].sort());
  });
});
