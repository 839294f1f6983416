import { parseRelease } from '../../../../lambdas/core/parse/parse-release';

const officials = (body: string, title = 'Release') =>
  parseRelease(new TextEncoder().encode(`date 2024-01-01 example.org\n\n${title}\n\n${body}`)).officials;
const names = (body: string, title?: string) => officials(body, title).map((o) => o.name);

describe('patterns of the staged extractor', () => {
  test('names styled as office holders, with the country after a dash', () => {
    const o = officials(
      'The envoys presented their credentials. They included H.E. Marta Lindholm - Finland and H.E Tomas Brandt- Austria.',
    );
    expect(o.map((x) => x.name)).toEqual(['Marta Lindholm', 'Tomas Brandt']);
    expect(o.map((x) => x.country)).toEqual(['FI', 'AT']);
  });

  test('credentials lists as "Name – Country" lines, two or more', () => {
    expect(
      names(
        'The credentials were presented by:\n\nПетер Хольм – Королевство Дания,\n\nЮн Сон – Республика Корея.',
      ),
    ).toEqual(['Петер Хольм', 'Юн Сон']);
    expect(names('The winner was announced:\n\nPeter Holm – Denmark.')).toEqual([]);
  });

  test('elided particles, inner capitals and two-letter initials belong to the name', () => {
    expect(names('The Minister met the Ambassador of Italy Francesca D’Alessio.')).toEqual([
      'Francesca D’Alessio',
    ]);
    expect(names('He received the Permanent Under-Secretary Sir Alan McBride.')).toEqual(['Alan McBride']);
    const o = officials('President Kh.Bat-Erdene met the Speaker. Kh.Bat-Erdene thanked him.');
    expect(o[0]?.variants).toContain('Kh.Bat-Erdene');
  });

  test('a generational suffix ends the name', () => {
    expect(names('The call was held by President Robert T. Hale, Jr. and Prime Minister Ana Rocha.')).toEqual(
      ['Robert T. Hale, Jr.', 'Ana Rocha'],
    );
  });

  test('a lone word after an office in a title-case headline needs the body to use it as a name', () => {
    expect(
      names('The King spoke with the Crown Prince of Jordan.', 'King Discusses Trade With Crown Prince'),
    ).toEqual([]);
    // A surname shape ("-es" of Fernandes) does not make a headline verb a name.
    expect(
      names('The King exchanged views with the Emir of Qatar.', 'King Exchanges Views With Emir Of Qatar'),
    ).toEqual([]);
  });

  test('the issuer’s possessive before an apposition’s office', () => {
    expect(names('Omar bin Khalid al Harthi, the Sultanate’s Ambassador to Kenya, attended.')).toEqual([
      'Omar bin Khalid al Harthi',
    ]);
  });

  test('a surname named in full elsewhere after a given name takes the full name', () => {
    expect(names('Ambassador Turner met the Minister. Later, Andrew Turner visited the port.')).toEqual([
      'Andrew Turner',
    ]);
  });
});
