import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { type AlertInput, buildAlert } from '../../lambdas/core/alert';
import { consoleLink } from '../../lambdas/core/alert/alert-body';
import { MAX_SUBJECT_LENGTH } from '../../lambdas/core/alert/alert-subject';
import { foldToAscii } from '../../lambdas/core/alert/fold-ascii';
import { officialId } from '../../lambdas/core/identity/official-identity';
import type { Official, ParsedRelease } from '../../lambdas/core/release';

const SNS_MESSAGE_LIMIT = 256 * 1024;

const release = (over: Partial<ParsedRelease> = {}): ParsedRelease => ({
  format: 'text',
  date: '2025-11-29',
  title: 'Ambassador of Kazakhstan meets Speaker of Slovenian Parliament',
  source: 'gov.kz',
  url: 'https://www.gov.kz/memleket/entities/mfa/press/news/details/1',
  body: ['First paragraph.'],
  summary:
    'Ambassador Altay Abibullayev held a meeting with the President of the National Assembly of Slovenia.',
  countries: [
    { code: 'KZ', name: 'Kazakhstan', mentions: ['Kazakhstan'] },
    { code: 'SI', name: 'Slovenia', mentions: ['Slovenia'] },
  ],
  officials: [
    {
      id: 'kasim-jomart-tokaev',
      name: 'Kassym\u2011Jomart Tokayev',
      variants: ['K.K.Tokayev'],
      roles: ['President'],
      country: 'KZ',
    },
    {
      id: 'urska-klakocar-zupancic',
      name: 'Urška Klakočar Zupančič',
      variants: [],
      roles: ['President of the National Assembly of Slovenia'],
      country: 'SI',
    },
  ],
  ...over,
});

const input = (over: Partial<AlertInput> = {}): AlertInput => ({
  releaseId: 'r-1',
  kind: 'new',
  release: release(),
  location: { bucket: 'communique-releases', key: 'releases/2025 11/Klakočar.txt', region: 'eu-central-1' },
  ...over,
});

/** What SNS accepts as a Subject: printable ASCII, no line breaks, 1..99 characters, no edge spaces. */
const isValidSubject = (s: string): boolean =>
  s.length >= 1 && s.length <= MAX_SUBJECT_LENGTH && /^[\x20-\x7E]+$/.test(s) && s.trim() === s;

describe('buildAlert subject', () => {
  test('country codes then the title', () => {
    expect(buildAlert(input()).subject).toBe(
      '[KZ, SI] Ambassador of Kazakhstan meets Speaker of Slovenian Parliament',
    );
  });

  test('update prefix', () => {
    expect(buildAlert(input({ kind: 'update' })).subject).toMatch(/^Update: \[KZ, SI\] Ambassador/);
  });

  test('folds diacritics, special letters and Cyrillic to ASCII', () => {
    const subject = buildAlert(
      input({
        release: release({
          countries: [],
          title: 'Klakočar Zupančič, Grlić Radman, Çavuşoğlu, Straße, Łódź, Đurić',
        }),
      }),
    ).subject;
    expect(subject).toBe('Klakocar Zupancic, Grlic Radman, Cavusoglu, Strasse, Lodz, Duric');
    expect(foldToAscii('Встреча с Министром иностранных дел Узбекистана')).toBe(
      'Vstrecha s Ministrom inostrannykh del Uzbekistana',
    );
  });

  test('removes CR/LF, NUL, bidi controls and collapses whitespace', () => {
    const title = 'Line one\r\nline\u0000 two\u202E\u2066 three\u2028four\t\tfive\u00A0six';
    expect(buildAlert(input({ release: release({ countries: [], title }) })).subject).toBe(
      'Line one line two three four five six',
    );
  });

  test('an RFC 2047 encoded word in the title cannot decode in a mail client', () => {
    // "=?utf-8?B?4oCu...?=" decodes to U+202E (right-to-left override) followed by text.
    const title = 'Minister meets =?utf-8?B?4oCuZ25pdGVlbQ==?= and =?UTF-8?Q?=E2=80=AE?= delegation';
    const subject = buildAlert(input({ release: release({ countries: [], title }) })).subject;
    expect(subject).not.toMatch(/=\?/);
    expect(subject).toBe(
      'Minister meets = ?utf-8?B?4oCuZ25pdGVlbQ== ?= and = ?UTF-8?Q?=E2=80=AE?= delegation',
    );
  });

  test('property: no subject holds the start of an encoded word, whatever folds into it', () => {
    const piece = fc.constantFrom('=', '?', '\uFF1F', '\uFE56', '\uFF1D', 'B', 'utf-8', ' ', '\u202E');
    const title = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(title, (t) => {
        expect(buildAlert(input({ release: release({ countries: [], title: t }) })).subject).not.toMatch(
          /=\?/,
        );
      }),
      { numRuns: 1000 },
    );
  });

  test('cuts long titles at a word boundary with an ASCII ellipsis', () => {
    const title = 'Minister '.repeat(30);
    const subject = buildAlert(input({ release: release({ title }) })).subject;
    expect(subject.length).toBeLessThanOrEqual(99);
    expect(subject).toMatch(/^\[KZ, SI\] (Minister )+Minister\.\.\.$/);
  });

  test('many countries are summarised as +N', () => {
    const countries = ['AF', 'AM', 'AZ', 'KZ', 'KG', 'TJ'].map((code) => ({
      code,
      name: code,
      mentions: [],
    }));
    expect(buildAlert(input({ release: release({ countries, title: 'Summit' }) })).subject).toBe(
      '[AF, AM, AZ, KZ +2] Summit',
    );
  });

  test('never empty: a title with nothing foldable falls back to the release id', () => {
    const subject = buildAlert(
      input({ release: release({ countries: [], title: '会谈 \u200F\u0000' }) }),
    ).subject;
    expect(subject).toBe('communique release r-1');
  });

  test('property: any Unicode title, codes and id give a subject SNS accepts', () => {
    const nasty = fc.constantFrom(
      '\r',
      '\n',
      '\u0000',
      '\u202E',
      '\u2066',
      '\u200F',
      '\u2028',
      '\uFEFF',
      '\uD83D',
      ' ',
    );
    const text = fc
      .array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), nasty), {
        maxLength: 40,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 12 }), text, fc.boolean(), (title, codes, id, update) => {
        const countries = codes.map((code) => ({ code, name: code, mentions: [] }));
        const alert = buildAlert(
          input({ releaseId: id, kind: update ? 'update' : 'new', release: release({ title, countries }) }),
        );
        expect(isValidSubject(alert.subject)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('buildAlert body', () => {
  test('reads as plain text with every section', () => {
    const body = buildAlert(input()).body;
    expect(body).toContain('Ambassador of Kazakhstan meets Speaker of Slovenian Parliament\n');
    expect(body).toContain('Date:    2025-11-29');
    expect(body).toContain('Source:  gov.kz');
    expect(body).toContain('  - Kazakhstan (KZ)\n  - Slovenia (SI)');
    expect(body).toContain('  - Kassym\u2011Jomart Tokayev, President');
    expect(body).toContain(
      '  - Urška Klakočar Zupančič, President of the National Assembly of\n    Slovenia',
    );
    expect(body).toContain('Summary\n  Ambassador Altay Abibullayev');
    expect(body).toContain('  s3://communique-releases/releases/2025 11/Klakočar.txt');
    expect(body).toContain(
      'https://s3.console.aws.amazon.com/s3/object/communique-releases?region=eu-central-1&prefix=releases%2F2025%2011%2FKlako%C4%8Dar.txt',
    );
    for (const line of body.split('\n')) {
      if (!line.includes('https://')) expect(line.length).toBeLessThanOrEqual(72);
    }
  });

  test('states what is missing instead of printing null', () => {
    const body = buildAlert(
      input({
        release: release({ date: null, source: null, url: null, countries: [], officials: [], summary: '' }),
      }),
    ).body;
    expect(body).toContain('Date:    not stated');
    expect(body).toContain('Source:  not stated');
    expect(body).not.toContain('null');
    expect(body).not.toContain('Summary');
  });

  test('console link omits the region when unknown', () => {
    expect(consoleLink({ bucket: 'b', key: 'a b/ü.txt' })).toBe(
      'https://s3.console.aws.amazon.com/s3/object/b?prefix=a%20b%2F%C3%BC.txt',
    );
  });

  test('a key over the 1,100-character cap, cut through an emoji, still gives a body and a link', () => {
    const key = `${'k'.repeat(1_099)}\u{1F600}tail.txt`;
    const alert = buildAlert(input({ location: { bucket: 'b', key } }));
    expect(alert.body).toContain(`s3://b/${'k'.repeat(1_099)}`);
    expect(consoleLink({ bucket: 'b', key })).toBe(
      `https://s3.console.aws.amazon.com/s3/object/b?prefix=${'k'.repeat(1_099)}`,
    );
  });

  test('no control, line separator or bidi control from any field reaches the body', () => {
    const evil = 'x\r\nForged: line\u0000\u001B[31m\u202E\u2066\u2028\u2029\u0085\u200F y';
    const alert = buildAlert(
      input({
        releaseId: evil,
        release: release({
          title: evil,
          date: evil,
          source: evil,
          url: evil,
          summary: evil,
          countries: [{ code: evil, name: evil, mentions: [] }],
          officials: [{ id: evil, name: evil, variants: [], roles: [evil], country: null }],
        }),
        location: { bucket: evil, key: evil, region: evil },
      }),
    );
    const lines = alert.body.split('\n');
    for (const line of lines) {
      expect(line).not.toMatch(/[\p{Cc}\p{Zl}\p{Zp}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u);
      expect(line.startsWith('Forged')).toBe(false);
    }
  });

  test('property: huge inputs stay far under the SNS message limit', () => {
    const big = fc.string({ unit: 'grapheme', minLength: 0, maxLength: 20_000 });
    const official = fc.record({
      id: fc.string(),
      name: big,
      variants: fc.constant([]),
      roles: fc.array(big, { maxLength: 6 }),
      country: fc.constant(null),
    }) as fc.Arbitrary<Official>;
    fc.assert(
      fc.property(
        big,
        big,
        fc.array(official, { maxLength: 80 }),
        fc.string({ maxLength: 1024 }),
        (title, summary, officials, key) => {
          const alert = buildAlert(
            input({ release: release({ title, summary, officials }), location: { bucket: 'b', key } }),
          );
          expect(Buffer.byteLength(alert.body, 'utf8')).toBeLessThan(SNS_MESSAGE_LIMIT / 4);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('buildAlert interests', () => {
  test('country codes and official ids, deduplicated', () => {
    const r = release({
      countries: [
        { code: 'si', name: 'Slovenia', mentions: [] },
        { code: 'SI', name: 'Slovenia', mentions: [] },
      ],
    });
    expect(buildAlert(input({ release: r })).interests).toEqual([
      'country:SI',
      'official:kasim-jomart-tokaev',
      'official:urska-klakocar-zupancic',
      'surname:tokaev',
      'surname:zupanchich',
    ]);
  });

  test('one sorted pair per two countries, and the surnames of one-word variants', () => {
    const r = release({
      countries: ['SI', 'KZ', 'HR'].map((code) => ({ code, name: code, mentions: [] })),
      officials: [
        {
          id: 'kim-sung-hwan',
          name: 'Kim Sung-Hwan',
          variants: ['Kim', 'Minister Kim'],
          roles: [],
          country: null,
        },
      ],
    });
    expect(buildAlert(input({ release: r })).interests).toEqual([
      'country:SI',
      'country:KZ',
      'country:HR',
      'official:kim-sung-hwan',
      'surname:hwan',
      'surname:kim',
      'pair:KZ-SI',
      'pair:HR-SI',
      'pair:HR-KZ',
    ]);
  });

  test('pairs of the first 12 countries only: 66 values', () => {
    const codes = Array.from({ length: 20 }, (_, i) => `A${String.fromCharCode(65 + i)}`);
    const r = release({
      countries: codes.map((code) => ({ code, name: code, mentions: [] })),
      officials: [],
    });
    expect(buildAlert(input({ release: r })).interests.filter((i) => i.startsWith('pair:'))).toHaveLength(66);
  });
});

// Real releases: every annotated file of the corpus turned into an alert (countries and officials from its annotation).
const CORPUS = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus');
const corpusDescribe = existsSync(path.join(CORPUS, 'expected')) ? describe : describe.skip;

corpusDescribe('buildAlert on the annotated corpus', () => {
  interface Expected {
    file: string;
    date: string | null;
    title: string;
    countries: string[];
    officials: { name: string; variants: string[]; role: string | null }[];
  }
  const files = existsSync(path.join(CORPUS, 'expected')) ? readdirSync(path.join(CORPUS, 'expected')) : [];

  test.each(files)('%s', (file) => {
    const e = JSON.parse(readFileSync(path.join(CORPUS, 'expected', file), 'utf8')) as Expected;
    const r = release({
      date: e.date,
      title: e.title,
      countries: e.countries.map((code) => ({ code, name: code, mentions: [] })),
      officials: e.officials.map((o) => ({
        id: officialId(o.name),
        name: o.name,
        variants: o.variants,
        roles: o.role ? [o.role] : [],
        country: null,
      })),
    });
    const alert = buildAlert(input({ releaseId: file, release: r }));
    expect(isValidSubject(alert.subject)).toBe(true);
    expect(
      alert.subject.startsWith(
        e.countries.length > 0 ? `[${e.countries[0]}` : foldToAscii(e.title).slice(0, 5),
      ),
    ).toBe(true);
    expect(alert.interests).toEqual(
      expect.arrayContaining([
        ...e.countries.map((c) => `country:${c}`),
        ...e.officials.map((o) => `official:${officialId(o.name)}`),
      ]),
    );
    for (const o of e.officials) expect(alert.body).toContain(o.name);
  });
});
