import { codes } from './codes';

// German: one row per inflection class and form kind, then texts that must name no country.
describe('German country forms', () => {
  test.each([
    ['name, genitive', 'Der Besuch des Präsidenten Kirgisistans und Usbekistans.', ['KG', 'UZ']],
    [
      'adjective, case form',
      'Der kasachische Präsident traf den maltesischen Premierminister.',
      ['KZ', 'MT'],
    ],
    ['adjective derived from the name', 'Die kenianische und die kolumbianische Delegation.', ['CO', 'KE']],
    ['people', 'Vertreter der Kasachen, Iraner und Kroaten.', ['HR', 'IR', 'KZ']],
    ['compound', 'Die deutsch-usbekischen Beziehungen.', ['DE', 'UZ']],
    ['abbreviation', 'Die USA und die BRD.', ['DE', 'US']],
    ['region, city, organisation', 'Treffen in Zentralasien, Wien und bei der OSZE.', []],
    ['ordinary words', 'Indem er die armen Länder unterstützt, rüsten sie nicht.', []],
  ] as const)('%s: %s', (_kind, text, expected) => {
    expect(codes(text)).toEqual([...expected].sort());
  });
});
