import { parseRelease } from '../../../lambdas/core/parse/parse-release';

const officials = (body: string, title = 'Title') =>
  parseRelease(new TextEncoder().encode(`date 2024-01-01 x.org\n\n${title}\n\n${body}`)).officials;

describe('officials', () => {
  test('role before the name, initials and title variants resolve to one person', () => {
    const o = officials(
      'President Kassym\u2011Jomart Tokayev met the Ambassador of Slovenia. Later K.K.Tokayev said that President Tokayev values the talks.',
    );
    expect(o).toHaveLength(1);
    expect(o[0]).toMatchObject({
      id: 'kasim-jomart-tokaev',
      name: 'Kassym\u2011Jomart Tokayev',
      roles: ['President'],
    });
    expect(o[0]?.variants).toEqual(
      expect.arrayContaining(['Kassym\u2011Jomart Tokayev', 'K.K.Tokayev', 'President Tokayev', 'Tokayev']),
    );
  });

  test('role with complement gives the role and its country; compound surnames with diacritics', () => {
    const o = officials(
      'Ambassador of the Republic of Kazakhstan to the Republic of Slovenia Altay Abibullayev met the President of the National Assembly of Slovenia Urška Klakočar Zupančič. U.Klakočar Zupančič thanked him.',
    );
    expect(o.map((x) => x.name)).toEqual(['Altay Abibullayev', 'Urška Klakočar Zupančič']);
    expect(o[0]).toMatchObject({
      roles: ['Ambassador of the Republic of Kazakhstan to the Republic of Slovenia'],
      country: 'KZ',
    });
    expect(o[1]?.country).toBe('SI');
    expect(o[1]?.variants).toContain('U.Klakočar Zupančič');
  });

  test('name, comma, role (apposition) and family-name-first capitals', () => {
    const o = officials(
      'Mr. KISHIDA Fumio, Prime Minister of Japan, called Mukhtar Tleuberdi, Deputy Prime Minister of Kazakhstan. Prime Minister Kishida thanked him.',
    );
    expect(o.map((x) => x.name)).toEqual(['KISHIDA Fumio', 'Mukhtar Tleuberdi']);
    expect(o[0]?.variants).toContain('Kishida');
    expect(o[0]?.country).toBe('JP');
  });

  test('surname-only officials keep the surname as the name', () => {
    const o = officials(
      'Foreign Minister Kim Sung-Hwan met Uzbek Foreign Minister Kamilov. Minister Kim and Minister Kamilov agreed.',
    );
    expect(o.map((x) => x.name)).toEqual(['Kim Sung-Hwan', 'Kamilov']);
    expect(o[0]?.variants).toContain('Minister Kim');
    expect(o[1]).toMatchObject({ country: 'UZ' });
  });

  test('Russian: inflected names get a nominative canonical name', () => {
    const o = officials(
      'Министр иностранных дел Республики Узбекистан Владимир Норов принял Посла Республики Польша Радослава Грука. В.Норов отметил.',
    );
    expect(o.map((x) => x.name)).toEqual(['Владимир Норов', 'Радослав Грук']);
    expect(o[0]?.variants).toContain('В.Норов');
    expect(o[1]?.variants).toEqual(['Радослава Грука']);
  });

  test('German and Croatian roles', () => {
    expect(
      officials(
        'Außenminister Sebastian Kurz traf Außenminister Jerlan Idrissow. Außenminister Kurz sagte.',
      ).map((x) => x.name),
    ).toEqual(['Sebastian Kurz', 'Jerlan Idrissow']);
    expect(
      officials(
        'Državni tajnik za političke poslove Frano Matušić primio je veleposlanika Republike Malavija u RH Josepha Johna Mpinganjiru.',
      ).map((x) => x.name),
    ).toEqual(['Frano Matušić', 'Joseph John Mpinganjiru']);
  });

  test('journalists, company staff and people without an office are not officials', () => {
    expect(
      officials('Посол Таджикистана в Японии Хамрохон Зарифи принял журналиста Исикаву Итиё.').map(
        (x) => x.name,
      ),
    ).toEqual(['Хамрохон Зарифи']);
    expect(
      officials('The CEO of Acme Corporation John Smith met reporters. Jane Doe wrote a novel.'),
    ).toEqual([]);
    expect(officials('The Head of State expressed condolences.')).toEqual([]);
  });

  test('a full name coordinated with an official, and two transliterations of one name', () => {
    const o = officials(
      'Vladimir Putin and Emomali Rahmon noted the work of the services.',
      'President Emomali Rahmon phoned',
    );
    expect(o.map((x) => x.name).sort()).toEqual(['Emomali Rahmon', 'Vladimir Putin']);
    const t = officials(
      'Minister of Foreign Affairs of Tajikistan Sirodjiddin Mukhriddin met colleagues.',
      'Sirojiddin Muhriddin met colleagues',
    );
    expect(t).toHaveLength(1);
    expect(t[0]?.name).toBe('Sirojiddin Muhriddin');
    expect(t[0]?.variants).toEqual(
      expect.arrayContaining(['Sirojiddin Muhriddin', 'Sirodjiddin Mukhriddin']),
    );
  });
});
