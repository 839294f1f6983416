import fc from 'fast-check';
import { FIELD_CAPS } from '../../../lambdas/core/limits';
import { capRelease, cutAtBoundary } from '../../../lambdas/core/parse/cap-release';
import { parseRelease } from '../../../lambdas/core/parse/parse-release';
import type { ParsedRelease } from '../../../lambdas/core/release';
import { oneLineRelease, participantList } from '../../../scripts/bench/hostile-releases';

// Hostile inputs (issue 10, item 4): long lists of capitalised names and a release on one line. Only output
// sizes are asserted here; time and memory per size are the bench's (`npm run bench -- --only memory`).

function expectBounded(release: ParsedRelease): void {
  expect(release.title.length).toBeLessThanOrEqual(FIELD_CAPS.title);
  expect(release.summary.length).toBeLessThanOrEqual(FIELD_CAPS.summary);
  expect(release.officials.length).toBeLessThanOrEqual(FIELD_CAPS.officials);
  expect(release.countries.length).toBeLessThanOrEqual(FIELD_CAPS.countries);
  for (const o of release.officials) {
    expect(o.variants.length).toBeLessThanOrEqual(FIELD_CAPS.variantsPerOfficial);
    expect(o.roles.length).toBeLessThanOrEqual(FIELD_CAPS.rolesPerOfficial);
    for (const phrase of [o.name, ...o.variants, ...o.roles])
      expect(phrase.length).toBeLessThanOrEqual(FIELD_CAPS.phrase);
  }
  const entities = Buffer.byteLength(JSON.stringify([release.countries, release.officials]));
  expect(entities).toBeLessThanOrEqual(FIELD_CAPS.entitiesBytes + 2);
}

describe('hostile input: bounded output', () => {
  test('a long list of distinct participants: officials and variants capped', () => {
    const release = parseRelease(participantList('distinct', 16_000), { fileName: 'list.txt' });
    expectBounded(release);
    expect(release.officials.length).toBe(FIELD_CAPS.officials);
    expect(release.title).toBe('Ministerial meeting: list of participants');
  });

  test('one person on every line: one official, one variant', () => {
    const release = parseRelease(participantList('repeated', 16_000), { fileName: 'list.txt' });
    expectBounded(release);
    expect(release.officials).toHaveLength(1);
    expect(release.officials[0]?.variants).toEqual(['Aleksandr Kakakaov']);
    expect(release.officials[0]?.roles).toHaveLength(FIELD_CAPS.rolesPerOfficial);
  });

  test('the list on one line: a short title, the whole line kept as the body', () => {
    const bytes = participantList('one-line', 16_000);
    const release = parseRelease(bytes, { fileName: 'list.txt' });
    expectBounded(release);
    expect(release.title.length).toBeGreaterThan(FIELD_CAPS.title / 2);
    expect(release.body).toEqual([bytes.toString('utf8')]);
    expect(release.officials.length).toBeGreaterThan(0);
  });

  test('a release on one line: title cut at a sentence end, the text in the body', () => {
    const bytes = oneLineRelease(100_000);
    const release = parseRelease(bytes, { fileName: 'release.txt' });
    expectBounded(release);
    expect(release.title).toMatch(/\.$/);
    expect(bytes.toString('utf8').startsWith(release.title)).toBe(true);
    expect(release.body).toHaveLength(1);
    expect(release.summary.length).toBeGreaterThan(0);
  });

  test('an HTML headline over the cap is cut; the whole of it leads the body', () => {
    const headline = 'Minister Jan Novak spoke about cooperation and trade '.repeat(30).trim();
    const html = `<html><body><article><h1>${headline}</h1><p>Short text of the release.</p></article></body></html>`;
    const release = parseRelease(Buffer.from(html), { fileName: 'page.html' });
    expect(release.title.length).toBeLessThanOrEqual(FIELD_CAPS.title);
    expect(release.title.endsWith('…')).toBe(true);
    expect(release.body[0]).toBe(headline);
    expect(release.officials.map((o) => o.name)).toContain('Jan Novak');
  });

  test('random long lists of names stay bounded', () => {
    const given = fc.constantFrom('Anna', 'Carlos', 'Elena', 'Hans', 'Maria', 'Rashid', 'Sergey', 'Yuki');
    const syllable = fc.constantFrom('ka', 'mi', 'ro', 'sa', 'tu', 'ne', 'li', 'bo');
    const surname = fc
      .tuple(fc.array(syllable, { minLength: 2, maxLength: 4 }), fc.constantFrom('ov', 'son', 'ić', 'ez'))
      .map(([s, e]) => {
        const word = `${s.join('')}${e}`;
        return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
      });
    const office = fc.constantFrom(
      'Minister of Energy',
      'Ambassador',
      'Deputy Prime Minister',
      'State Secretary',
    );
    const line = fc.tuple(given, surname, office).map(([g, s, o]) => `${g} ${s}, ${o}`);
    const separator = fc.constantFrom('\n', '; ', ' and ', '\n\n');
    fc.assert(
      fc.property(fc.array(line, { minLength: 300, maxLength: 600 }), separator, (lines, sep) => {
        expectBounded(parseRelease(Buffer.from(lines.join(sep)), { fileName: 'random.txt' }));
      }),
      { numRuns: 8, seed: 10 },
    );
  });
});

describe('caps', () => {
  test('cutAtBoundary: short text kept, long text cut at a sentence end or a word, on one line', () => {
    expect(cutAtBoundary('  A short\n headline ', 50)).toBe('A short headline');
    const sentences = `${'First sentence is here. '.repeat(10)}`;
    const cut = cutAtBoundary(sentences, 100);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut.endsWith('here.')).toBe(true);
    const words = cutAtBoundary('word '.repeat(100), 52);
    expect(words).toBe(`${'word '.repeat(10).trim()}…`);
    expect(cutAtBoundary('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  test('capRelease bounds every field and keeps the body', () => {
    const huge = 'Minister '.repeat(10_000);
    const release: ParsedRelease = {
      format: 'plain',
      date: null,
      title: huge,
      source: huge,
      url: huge,
      body: [huge],
      summary: huge,
      countries: Array.from({ length: 300 }, (_, i) => ({
        code: `C${i}`,
        name: `Country ${i}`,
        mentions: Array.from({ length: 30 }, (_, k) => `Country ${k}`),
      })),
      officials: Array.from({ length: 300 }, (_, i) => ({
        id: i === 0 ? 'x'.repeat(FIELD_CAPS.officialId + 1) : `person-${i}`,
        name: huge,
        variants: Array.from({ length: 30 }, () => huge),
        roles: Array.from({ length: 30 }, () => huge),
        country: null,
      })),
    };
    const capped = capRelease(release);
    expectBounded(capped);
    expect(capped.source?.length).toBeLessThanOrEqual(FIELD_CAPS.source);
    expect(capped.url?.length).toBeLessThanOrEqual(FIELD_CAPS.url);
    // The id over the cap goes with its official; the byte budget keeps the first of the others.
    expect(capped.officials[0]?.id).toBe('person-1');
    expect(capped.countries[0]?.mentions).toHaveLength(FIELD_CAPS.mentionsPerCountry);
    expect(capped.body).toEqual([huge]);
  });
});
