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
    'Tokayev',
    'K.K. Tokayev',
    'K. K. Tokayev',
    'K.K.Tokayev',
    'Kassym-Jomart Tokayev',
    'kassym jomart tokayev',
    'President Tokayev',
  ])('%s resolves to one id', (name) => {
    expect(officials([name])).toEqual(['official:kasim-jomart-tokaev', 'official:tokaev']);
  });

  test('a full name resolves without any archive, with its surname form', () => {
    expect(officials(['Kassym\u2011Jomart Tokayev'], [])).toEqual([
      'official:kasim-jomart-tokaev',
      'official:tokaev',
    ]);
    expect(officials(['Vladimir Putin'], [])).toEqual(['official:vladimir-putin', 'official:putin']);
    expect(officials(['Nataša Pirc Musar'], [])).toEqual([
      'official:natasha-pirc-musar',
      'official:pirc-musar',
      'official:musar',
    ]);
  });

  test('a bare surname without archive fails and asks for the full name', () => {
    expect(error(() => officials(['Tokayev'], []))).toBe(
      "official 'Tokayev' is a surname only: give the full name as releases write it, e.g. 'Firstname Tokayev' (no archive of known officials was available to resolve it)",
    );
    expect(error(() => officials(['K.K. Tokayev'], []))).toMatch(
      /^official 'K.K. Tokayev' has initials: give the full name/,
    );
  });

  test('a family-name-first surname is learnt from the archive variants', () => {
    expect(officials(['Kim Sung-Hwan'])).toEqual([
      'official:kim-sung-hwan',
      'official:sung-hwan',
      'official:kim',
    ]);
  });

  test('an ambiguous surname lists the candidates', () => {
    expect(error(() => officials(['Kim']))).toBe(
      "official 'Kim' is ambiguous: it names 2 known officials: Kim Sung-Hwan (kim-sung-hwan), Kim Jong-un (kim-jong-un). Give the full name.",
    );
    expect(error(() => officials(['Lavrov']))).toMatch(
      /ambiguous.*Sergey Lavrov \(sergey-lavrov\), Sergei Lavrov/,
    );
  });

  test('a surname-only archive entry is the same person as the full name that shares it', () => {
    expect(officials(['Kamilov'])).toEqual(['official:abdulaziz-kamilov', 'official:kamilov']);
  });

  test('another romanisation or script of a known surname resolves to the same person', () => {
    for (const name of ['Tokaev', 'Токаев', 'Тоқаев', 'Toqaev'])
      expect(officials([name])).toEqual(['official:kasim-jomart-tokaev', 'official:tokaev']);
  });

  test('an unknown surname suggests similar known names', () => {
    expect(error(() => officials(['Tokoyev']))).toBe(
      "official 'Tokoyev' is a surname only: give the full name as releases write it, e.g. 'Firstname Tokoyev'; known officials with a similar name: Kassym\u2011Jomart Tokayev (kasim-jomart-tokaev)",
    );
    expect(error(() => officials(['Putin']))).toMatch(/no known official has that name$/);
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
