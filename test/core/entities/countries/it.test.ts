import { codes } from './codes';

// Italian: one row per inflection class and form kind, then texts that must name no country.
describe('Italian country forms', () => {
  test.each([
    ['name', 'Il ministro del Kazakistan ha incontrato il collega del Ciad.', ['KZ', 'TD']],
    ['adjective', "L'omologo kazako e l'ambasciatore tedesco.", ['DE', 'KZ']],
    ['adjective, plural', 'Gli imprenditori cinesi e giapponesi.', ['CN', 'JP']],
    ['city named like a country', 'La conferenza di Monaco di Baviera.', []],
    ['region and organisation', "Nell'Unione europea, in Asia Centrale e in America Latina.", []],
    ['"mali" opening a sentence', 'Mali antichi e nuovi rimedi.', []],
    ['ordinary words', 'La lettera è stata consegnata.', []],
    ['a meeting is not Réunion', 'Riunione dei ministri degli Esteri a Roma.', []],
  ] as const)('%s: %s', (_kind, text, expected) => {
    expect(codes(text)).toEqual([...expected].sort());
  });
});
