import { codes } from './codes';

// French: one row per inflection class and form kind, then texts that must name no country.
describe('French country forms', () => {
  test.each([
    ['name', 'La République kirghize et le Tadjikistan.', ['KG', 'TJ']],
    ['adjective from the demonym', "L'ambassadeur kazakhstanais et la délégation ouzbèke.", ['KZ', 'UZ']],
    ['adjective, feminine plural', 'Les autorités maltaises et éthiopiennes.', ['ET', 'MT']],
    ['compound', 'Les relations ouzbéko-kazakhes.', ['KZ', 'UZ']],
    [
      'region, city, organisation',
      "L'Asie centrale, l'Union européenne, Bruxelles et l'Amérique latine.",
      [],
    ],
    ['a meeting is not Réunion; a pôle is not a Pole', 'Réunion des ministres au Pôle emploi.', []],
  ] as const)('%s: %s', (_kind, text, expected) => {
    expect(codes(text)).toEqual([...expected].sort());
  });
});
