import {
  type KnownOfficial,
  resolveSubscription,
  SubscriptionError,
} from '../../../lambdas/core/subscriptions/resolve-subscription';

const email = 'kim@example.com';
const known: KnownOfficial[] = [
  {
    id: 'kasim-jomart-tokaev',
    name: 'Kassym\u2011Jomart Tokayev',
    variants: ['K.K.Tokayev', 'President Tokayev'],
  },
  { id: 'kim-sung-hwan', name: 'Kim Sung-Hwan', variants: ['Kim', 'Minister Kim'] },
  { id: 'kim-jong-un', name: 'Kim Jong-un', variants: ['Kim'] },
  { id: 'kamilov', name: 'Kamilov', variants: ['Minister Kamilov'] },
  { id: 'abdulaziz-kamilov', name: 'Abdulaziz Kamilov', variants: [] },
  { id: 'sergey-lavrov', name: 'Sergey Lavrov', variants: ['Lavrov'] },
  { id: 'sergei-lavrov', name: 'Sergei Lavrov', variants: [] },
];

const error = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof SubscriptionError) return e.message;
    throw e;
  }
  throw new Error('expected a SubscriptionError');
};

describe('countries', () => {
  test.each(['Slovenia', 'SI', 'si', 'SVN', 'Словения', 'Slowenien', 'Slovénie', ' Slovenija '])(
    '%s -> country:SI',
    (c) => {
      expect(resolveSubscription({ email, countries: [c] }).interests).toEqual(['country:SI']);
    },
  );

  test('UK is GB; duplicates collapse', () => {
    expect(resolveSubscription({ email, countries: ['UK', 'United Kingdom', 'GB'] }).interests).toEqual([
      'country:GB',
    ]);
  });

  // Names the gazetteer does not know: alpha-3 codes, the runtime's CLDR names in the supported languages, ISO
  // forms with a bracketed part or inverted around a comma.
  test.each([
    ['DEU', 'DE'],
    ['gbr', 'GB'],
    ['Čad', 'TD'],
    ['La Réunion', 'RE'],
    ['Kirghizstan', 'KG'],
    ['Mjanmar (Burma)', 'MM'],
    ['Moldova, Republic of', 'MD'],
    ['Korea, Republic of', 'KR'],
    ['Virgin Islands, British', 'VG'],
    ['Південна Корея', 'KR'],
  ])('%s -> %s', (written, code) => {
    expect(resolveSubscription({ email, countries: [written] }).interests).toEqual([`country:${code}`]);
  });

  test('a name of two countries is not guessed: both are offered', () => {
    expect(error(() => resolveSubscription({ email, countries: ['Congo'] }))).toBe(
      "unknown country 'Congo'; did you mean DR Congo (CD), Republic of the Congo (CG)?",
    );
  });

  test('unknown countries name the closest ones', () => {
    expect(error(() => resolveSubscription({ email, countries: ['Kazakstan'] }))).toBe(
      "unknown country 'Kazakstan'; did you mean Kazakhstan (KZ)?",
    );
    expect(error(() => resolveSubscription({ email, countries: ['Atlantis'] }))).toBe(
      "unknown country 'Atlantis'",
    );
    expect(error(() => resolveSubscription({ email, countries: ['XX'] }))).toMatch(/^unknown country 'XX'/);
  });
});

describe('officials', () => {
  const officials = (names: string[], knownOfficials: KnownOfficial[] = known) =>
    resolveSubscription({ email, officials: names }, { knownOfficials }).interests;

  test.each([
    'K.K. Tokayev',
    'K. K. Tokayev',
    'K.K.Tokayev',
    'Kassym-Jomart Tokayev',
    'kassym jomart tokayev',
    'Касым-Жомарт Токаев',
    'Kasym-Zhomart Tokaev',
    'President Tokayev',
  ])('%s resolves to one id', (name) => {
    expect(officials([name])).toEqual(['official:kasim-jomart-tokaev', 'official:tokaev']);
  });

  test.each(['Tokayev', 'Tokaev', 'Токаев', 'Тоқаев', 'Toqaev'])(
    'the surname %s alone is everyone with that surname, listing the known ones',
    (name) => {
      const s = resolveSubscription({ email, officials: [name] }, { knownOfficials: known });
      expect(s.interests).toEqual(['surname:tokaev', 'official:tokaev']);
      expect(s.officials?.[0]).toMatchObject({ kind: 'surname', id: 'tokaev' });
      expect(s.officials?.[0]?.covers.map((o) => o.id)).toEqual(['kasim-jomart-tokaev']);
    },
  );

  test('a surname alone is accepted on an empty archive', () => {
    expect(officials(['Scholz'], [])).toEqual(['surname:scholz', 'official:scholz']);
    expect(officials(['Kallas'], [])).toEqual(['surname:kalas', 'official:kalas']);
    // Initials that fit no known official: the surname.
    expect(officials(['K.K. Tokayev'], [])).toEqual(['surname:tokaev', 'official:tokaev']);
  });

  test('a full name resolves without any archive, with its surname form', () => {
    expect(officials(['Kassym\u2011Jomart Tokayev'], [])).toEqual([
      'official:kasim-jomart-tokaev',
      'official:tokaev',
    ]);
    expect(officials(['Vladimir Putin'], [])).toEqual(['official:vladimir-putin', 'official:putin']);
    expect(officials(['Владимир Путин'], [])).toEqual(['official:vladimir-putin', 'official:putin']);
    expect(officials(['Nataša Pirc Musar'], [])).toEqual([
      'official:natasha-pirc-musar',
      'official:pirc-musar',
      'official:musar',
    ]);
  });

  test('a family-name-first surname is learnt from the archive variants', () => {
    expect(officials(['Kim Sung-Hwan'])).toEqual([
      'official:kim-sung-hwan',
      'official:sung-hwan',
      'official:kim',
    ]);
  });

  test('a surname shared by several known officials covers them all', () => {
    const s = resolveSubscription({ email, officials: ['Kim'] }, { knownOfficials: known });
    expect(s.officials?.[0]?.covers.map((o) => o.id)).toEqual(['kim-sung-hwan', 'kim-jong-un']);
    expect(s.interests).toEqual(['surname:kim', 'official:kim']);
  });

  test('a surname-only archive entry is the same person as the full name that shares it', () => {
    const s = resolveSubscription({ email, officials: ['Kamilov'] }, { knownOfficials: known });
    expect(s.officials?.[0]?.covers.map((o) => o.id)).toEqual(['abdulaziz-kamilov']);
  });

  test('an unknown full name is accepted with near matches; --strict refuses it', () => {
    const archive: KnownOfficial[] = [
      ...known,
      { id: 'johan-wadephul', name: 'Johann Wadephul', variants: [], releaseCount: 3 },
    ];
    const s = resolveSubscription({ email, officials: ['Johann Wadefuhl'] }, { knownOfficials: archive });
    expect(s.interests).toEqual(['official:johan-wadefuhl', 'official:wadefuhl']);
    expect(s.officials?.[0]?.suggestions.map((o) => o.name)).toEqual(['Johann Wadephul']);
    expect(
      error(() =>
        resolveSubscription(
          { email, officials: ['Johann Wadefuhl'] },
          { knownOfficials: archive, strict: true },
        ),
      ),
    ).toBe(
      "official 'Johann Wadefuhl' is not in the archive; did you mean Johann Wadephul (johan-wadephul, 3 releases)?",
    );
    expect(error(() => resolveSubscription({ email, officials: ['Olaf Scholz'] }, { strict: true }))).toBe(
      "official 'Olaf Scholz' is not in the archive (the archive knows no officials yet)",
    );
  });
});

describe('pairs', () => {
  test.each(['KZ-SI', 'SI-KZ', 'Kazakhstan+Slovenia', 'kz + Словения', 'Kazakhstan-Slovenia'])(
    '%s',
    (pair) => {
      expect(resolveSubscription({ email, pairs: [pair] }).interests).toEqual(['pair:KZ-SI']);
    },
  );

  test('a country with a dash in its name, and mistakes', () => {
    expect(resolveSubscription({ email, pairs: ['Guinea-Bissau-SN'] }).interests).toEqual(['pair:GW-SN']);
    expect(error(() => resolveSubscription({ email, pairs: ['KZ'] }))).toMatch(/needs two countries/);
    expect(error(() => resolveSubscription({ email, pairs: ['KZ-KZ'] }))).toMatch(/one country twice/);
    expect(error(() => resolveSubscription({ email, pairs: ['KZ+Atlantis'] }))).toMatch(/unknown country/);
  });
});

describe('the subscription', () => {
  test('filter policy allows exactly its interests, on the interests attribute', () => {
    const s = resolveSubscription({
      email: ' kim@example.com ',
      countries: ['Slovenia'],
      officials: ['Vladimir Putin'],
    });
    expect(s).toMatchObject({
      email: 'kim@example.com',
      interests: ['country:SI', 'official:vladimir-putin', 'official:putin'],
      filterPolicy: { interests: ['country:SI', 'official:vladimir-putin', 'official:putin'] },
      countries: ['SI'],
    });
  });

  test('needs an interest and a valid address, and never quotes the address', () => {
    expect(error(() => resolveSubscription({ email }))).toBe(
      'a subscription needs at least one country or official',
    );
    expect(error(() => resolveSubscription({ email: 'secret.person@nowhere', countries: ['SI'] }))).toBe(
      'invalid email address',
    );
  });

  test('more than 150 policy values is refused with what to do', () => {
    const names = Array.from(
      { length: 80 },
      (_, i) => `Person${String.fromCharCode(97 + (i % 26))}${i} Surname${i}`,
    );
    expect(error(() => resolveSubscription({ email, officials: names }))).toBe(
      'this subscription needs 160 filter values and SNS allows 150 per policy: split it into several subscriptions with fewer countries and officials each.',
    );
  });
});
