import { codes } from './codes';

// English: one row per inflection class and form kind, then texts that must name no country.
describe('English country forms', () => {
  test.each([
    ['name, possessive', "Kazakhstan's and Slovenia’s foreign ministers met.", ['KZ', 'SI']],
    ['demonym, plural', 'Kazakhs and Uzbeks celebrated Nauryz.', ['KZ', 'UZ']],
    ['compound', 'Turkmen-American cooperation.', ['TM', 'US']],
    ['abbreviation', 'The UAE and the ROK.', ['AE', 'KR']],
    ['region, organisation, city', 'Central Asia, Latin America, the EU and Astana.', []],
    ['an order named after a country', 'Credentials to the Sovereign Military Order of Malta.', []],
    ['a father’s name after bin', 'Sayyid Nasser bin Turki bin Hamad al Harthy attended.', []],
    ['ordinary words', 'We polish the china and eat turkey; Pacific islanders.', []],
    ['"Island" in a name is no Iceland', 'The Small Island States met at the Pacific Island Forum.', []],
    ['a dateline in capitals', 'NORWAY, March 3 - The delegation arrived.', ['NO']],
    ['a city and country in capitals', 'OSLO, NORWAY - The delegation arrived.', ['NO']],
    ['a word in capitals alone is not read', 'The report on CHAD was filed. JORDAN Smith signed it.', []],
  ] as const)('%s: %s', (_kind, text, expected) => {
    expect(codes(text)).toEqual([...expected].sort());
  });
});
