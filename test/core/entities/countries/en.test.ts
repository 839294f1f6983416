import { codes } from './codes';

// English: one row per inflection class and form kind, then texts that must name no country.
describe('English country forms', () => {
  test.each([
    ['name, possessive', "Kazakhstan's and Slovenia’s foreign ministers met.", ['KZ', 'SI']],
    ['demonym, plural', 'Kazakhs and Uzbeks celebrated Nauryz.', ['KZ', 'UZ']],
    ['compound', 'Turkmen-American cooperation.', ['TM', 'US']],
    ['abbreviation', 'The UAE and the ROK.', ['AE', 'KR']],
    ['region, organisation, city', 'Central Asia, Latin America, the EU and Astana.', []],
    ['ordinary words', 'We polish the china and eat turkey; Pacific islanders.', []],
  ] as const)('%s: %s', (_kind, text, expected) => {
    expect(codes(text)).toEqual([...expected].sort());
  });
});
