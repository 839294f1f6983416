import { codes } from './codes';

// Spanish: one row per inflection class and form kind, then texts that must name no country.
describe('Spanish country forms', () => {
  test.each([
    ['name', 'El ministro de Kazajistán se reunió con el embajador de Chile.', ['CL', 'KZ']],
    ['adjective, feminine', 'La delegación kazaja y la parte uzbeka.', ['KZ', 'UZ']],
    ['adjective, plural', 'Los empresarios alemanes y estadounidenses.', ['DE', 'US']],
    ['abbreviation', 'Los EE. UU. y los EAU.', ['AE', 'US']],
    ['region and organisation', 'En Asia Central, Oriente Medio, América Latina y la Unión Europea.', []],
    ['city named like a country', 'La conferencia se celebró en Granada.', []],
    ['a meeting is not Réunion', 'Reunión de ministros en Madrid.', []],
  ] as const)('%s: %s', (_kind, text, expected) => {
    expect(codes(text)).toEqual([...expected].sort());
  });
});
