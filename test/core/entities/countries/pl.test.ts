import { codes } from './codes';

// Polish: one row per inflection class and form kind, then texts that must name no country.
describe('Polish country forms', () => {
  test.each([
    [
      'name, genitive and locative',
      'Minister spraw zagranicznych Kazachstanu przebywał w Czadzie.',
      ['KZ', 'TD'],
    ],
    ['name, instrumental', 'Rozmowy z Niemcami i z Turcją.', ['DE', 'TR']],
    ['adjective, case form', 'Delegacja kazachskiego parlamentu i maltańskich firm.', ['KZ', 'MT']],
    ['adjective derived from the name', 'Spotkanie z hiszpańską i belgijską delegacją.', ['BE', 'ES']],
    ['people', 'Przedstawiciele Polaków i Kazachów.', ['KZ', 'PL']],
    ['region', 'Na Bliskim Wschodzie i w Azji Środkowej.', []],
    ['ordinary words', 'Mali przedsiębiorcy pracowali na polach. Chęć współpracy.', []],
    ['a given name is not Brunei', 'Bruno Kowalski przyjechał do Warszawy.', []],
  ] as const)('%s: %s', (_kind, text, expected) => {
    expect(codes(text)).toEqual([...expected].sort());
  });
});
