import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseRelease } from '../../../lambdas/core/parse/parse-release';
import { ReleaseParseError } from '../../../lambdas/core/text/release-parse-error';

const fixture = (name: string) =>
  readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'releases', name));
const utf8 = (s: string) => new TextEncoder().encode(s);

function reasonOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof ReleaseParseError) return error.reason;
    throw error;
  }
  return 'none';
}

describe('formats', () => {
  test('seed text: header with leading spaces, headline, paragraphs split by runs of blank lines', () => {
    const r = parseRelease(
      utf8('  date 2025-11-29 Images | gov.kz\n\nThe headline\n\n\n\n\nFirst paragraph.\n\n\nSecond.'),
    );
    expect(r).toMatchObject({ format: 'text', date: '2025-11-29', title: 'The headline', source: 'gov.kz' });
    expect(r.body).toEqual(['First paragraph.', 'Second.']);
    expect(r.summary).toBe('First paragraph.');
  });

  test('seed text with an unknown date', () => {
    const r = parseRelease(
      utf8('date unknown akorda.kz\n\nHeadline\n\nOn March 31 - April 1 of this year the visit took place.'),
    );
    expect(r.date).toBeNull();
    expect(r.source).toBe('akorda.kz');
  });

  test('plain text: the first line is the title and the date is unknown, even with a date in the body', () => {
    const r = parseRelease(utf8('Visit of the Minister\nOn 2024-03-01 the Minister arrived.\n\nMore.'));
    expect(r).toMatchObject({ format: 'plain', date: null, title: 'Visit of the Minister' });
  });

  test('HTML: h1 title, article:published_time, no navigation, scripts or footer', () => {
    const r = parseRelease(fixture('page.html'), { fileName: 'page.html' });
    expect(r).toMatchObject({
      format: 'html',
      date: '2024-04-18',
      title: 'Minister meets Ambassador of Austria',
      source: 'mfa.example.kz',
    });
    expect(r.body).toHaveLength(2);
    expect(r.body[1]).toBe('R.Vassilenko praised the Kazakh-Austrian dialogue & trade.');
    expect(r.countries.map((c) => c.code).sort()).toEqual(['AT', 'KZ']);
    expect(r.officials.map((o) => o.name)).toEqual(['Roman Vassilenko', 'Andreas Rendl']);
    expect(r.officials[0]?.variants).toContain('R.Vassilenko');
  });

  test('HTML: <title> with the site suffix stripped, JSON-LD datePublished, found without an extension', () => {
    const html =
      '<html><head><title>Talks in Baku | president.az</title><script type="application/ld+json">{"datePublished":"2020-07-31T12:40:00+04:00"}</script></head><body><p>President Ilham Aliyev met the President of Armenia.</p></body></html>';
    const r = parseRelease(utf8(html));
    expect(r).toMatchObject({
      format: 'html',
      title: 'Talks in Baku',
      date: '2020-07-31',
      source: 'president.az',
    });
  });

  test('HTML: <time datetime> gives the date', () => {
    const r = parseRelease(
      utf8('<article><h1>T</h1><time datetime="2019-09-05">5 Sept</time><p>Body text here.</p></article>'),
    );
    expect(r.date).toBe('2019-09-05');
  });

  test('JSON with aliases: headline, published_at, publisher object, link, paragraphs array', () => {
    const r = parseRelease(fixture('aliases.json'));
    expect(r).toMatchObject({
      format: 'json',
      date: '2023-09-28',
      title: 'Bundeskanzler empfängt den usbekischen Präsidenten',
      source: 'bundesregierung.de',
      url: 'https://example.de/a',
    });
    expect(r.countries.map((c) => c.code).sort()).toEqual(['KG', 'KZ', 'UZ']);
    expect(r.officials.map((o) => o.id)).toEqual(['olaf-scholz', 'schawkat-mirsijojew']);
  });

  test('JSON: the canonical shape, null date', () => {
    const r = parseRelease(
      utf8(JSON.stringify({ date: null, title: 'T', source: 's', url: 'u', body: 'A.\n\nB.' })),
    );
    expect(r).toMatchObject({ format: 'json', date: null, title: 'T', body: ['A.', 'B.'] });
  });

  test('Markdown with front matter', () => {
    const r = parseRelease(fixture('readout.md'), { fileName: 'readout.md' });
    expect(r).toMatchObject({
      format: 'markdown',
      date: '2024-02-05',
      source: 'mfa.uz',
      url: 'https://mfa.example/news/1',
    });
    expect(r.title).toBe('Foreign Minister of Uzbekistan meets the Ambassador of Japan');
    expect(r.body[0]).toContain('Bakhtiyor Saidov received');
    expect(r.officials.map((o) => o.name)).toEqual(['Bakhtiyor Saidov', 'Hatori Takashi']);
    expect(r.officials[0]?.variants).toContain('B.Saidov');
  });

  test('the summary is the lead, at most about 300 characters, cut at a boundary', () => {
    const long = `${'The Minister spoke at length about cooperation. '.repeat(12)}`;
    const r = parseRelease(utf8(`date 2024-01-01 x.org\n\nTitle\n\n${long}`));
    expect(r.summary.length).toBeLessThanOrEqual(301);
    expect(r.summary.endsWith('.')).toBe(true);
  });
});

describe('encodings', () => {
  const text =
    'date 2024-05-01 mfa.example\n\nВстреча с Послом Польши\n\nМинистр иностранных дел Республики Узбекистан Владимир Норов принял Посла Республики Польша.';

  test('UTF-8 with a BOM', () => {
    const r = parseRelease(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]));
    expect(r.title).toBe('Встреча с Послом Польши');
  });

  test('UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1] as number, be[i] as number];
    expect(parseRelease(le).title).toBe('Встреча с Послом Польши');
    expect(
      parseRelease(be)
        .countries.map((c) => c.code)
        .sort(),
    ).toEqual(['PL', 'UZ']);
  });

  test('Windows-1251 Cyrillic', () => {
    // Encoded by hand: the alphabet maps to 0xC0-0xFF in order (ё aside).
    const encode = (s: string) =>
      Uint8Array.from(
        [...s].map((ch) => {
          const c = ch.charCodeAt(0);
          if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
          if (c < 0x80) return c;
          throw new Error(`unmapped ${ch}`);
        }),
      );
    const r = parseRelease(encode(text));
    expect(r.title).toBe('Встреча с Послом Польши');
    expect(r.officials[0]?.name).toBe('Владимир Норов');
  });

  test('Windows-1252 with the 0x80-0x9F range (curly quotes, euro) and Latin-1 letters', () => {
    const bytes = Uint8Array.from([
      ...utf8('date 2024-01-01 x.org\n\n'),
      0x93,
      ...utf8('Talks'),
      0x94,
      0x20,
      0x96,
      0x20,
      ...utf8('Minister Mevl'),
      0xfc,
      ...utf8('t '),
      0xc7,
      ...utf8('avu'),
      0xfe,
      ...utf8('o'),
      0xf0,
      ...utf8('lu in T'),
      0xfc,
      ...utf8('rkiye'),
    ]);
    const r = parseRelease(bytes);
    expect(r.title).toBe('\u201cTalks\u201d \u2013 Minister Mevlüt Çavuþoðlu in Türkiye');
    expect(r.countries.map((c) => c.code)).toEqual(['TR']);
  });

  test('binary and undecodable files raise typed errors that name the reason', () => {
    expect(reasonOf(() => parseRelease(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])))).toBe('binary');
    expect(
      reasonOf(() => parseRelease(new Uint8Array([0x41, 0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x10]))),
    ).toBe('binary');
    expect(reasonOf(() => parseRelease(new Uint8Array([0x41, 0x81, 0x8d, 0x42])))).toBe('undecodable');
    expect(reasonOf(() => parseRelease(new Uint8Array([])))).toBe('empty');
    expect(reasonOf(() => parseRelease(utf8('  \n\n  ')))).toBe('no-content');
    expect(reasonOf(() => parseRelease(utf8('{"title": '), { fileName: 'a.json' }))).toBe('malformed');
  });
});

describe('properties', () => {
  const typedOnly = (input: Uint8Array) => {
    try {
      parseRelease(input);
    } catch (error) {
      if (!(error instanceof ReleaseParseError)) throw error;
    }
  };

  test('never throws anything but ReleaseParseError, on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => typedOnly(bytes)),
      { numRuns: 400 },
    );
  });

  test('never throws anything but ReleaseParseError, on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => typedOnly(utf8(s))),
      { numRuns: 400 },
    );
    const pieces = fc.constantFrom(
      'date 2024-01-01 x\n',
      '<p>',
      '</p>',
      '<h1>',
      '{"title":',
      '"',
      '---\n',
      'President ',
      'Kim ',
      'K.',
      'Tokayev',
      ', ',
      'of the ',
      'Kazakh-',
      '\n\n',
      'Минист',
      'ра ',
      'Аль ',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => typedOnly(utf8(parts.join('')))),
      { numRuns: 400 },
    );
  });

  test('is deterministic', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'President ',
            'Ilham ',
            'Aliyev ',
            'met ',
            'Russia',
            '. ',
            '\n\n',
            'Minister ',
            'Kim ',
            'Sung-Hwan',
          ),
          { maxLength: 30 },
        ),
        (parts) => {
          const bytes = utf8(`Title\n${parts.join('')}`);
          expect(JSON.stringify(parseRelease(bytes))).toBe(JSON.stringify(parseRelease(bytes)));
        },
      ),
      { numRuns: 200 },
    );
  });
});
