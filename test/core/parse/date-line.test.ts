import { parseRelease } from '../../../lambdas/core/parse/parse-release';
import { dateLineOf } from '../../../lambdas/core/parse/take-date-line';

const parse = (name: string, text: string) =>
  parseRelease(new TextEncoder().encode(text), { fileName: name });

describe('date lines', () => {
  test.each([
    ['12.03.2024', '2024-03-12'],
    ['Published: 5 March 2024 14:20', '2024-03-05'],
    ['March 5, 2024', '2024-03-05'],
    ['02/14/2020 | 09:20am EST', '2020-02-14'],
    ['Опубликовано: 2024-03-05', '2024-03-05'],
    ['On 5 March 2024 the ministers met.', null],
    ['5 March', null],
  ])('%s', (line, date) => {
    expect(dateLineOf(line)).toBe(date);
  });

  test('an HTML date line is the date when the page has no metadata, and is not body text', () => {
    const r = parse(
      'a.html',
      '<html><body><h1>Talks held</h1><div class="date">12.03.2024</div><p>Body about Slovenia.</p></body></html>',
    );
    expect(r.date).toBe('2024-03-12');
    expect(r.body).toEqual(['Body about Slovenia.']);
  });

  test('plain text: a date line under the title', () => {
    const r = parse('f.txt', 'Talks held in Astana\n\n5 March 2024\n\nBody about Japan.\n');
    expect(r).toMatchObject({
      date: '2024-03-05',
      title: 'Talks held in Astana',
      body: ['Body about Japan.'],
    });
  });
});

describe('JSON shapes', () => {
  test('an HTML body keeps its first paragraph', () => {
    const r = parse(
      'c.json',
      JSON.stringify({
        headline: 'Talks held',
        published_at: '2024-03-05T10:00:00Z',
        content: '<p>One.</p><p>Two.</p>',
      }),
    );
    expect(r.body).toEqual(['One.', 'Two.']);
  });

  test('WordPress REST objects: title.rendered and content.rendered', () => {
    const r = parse(
      'd.json',
      JSON.stringify({
        title: { rendered: 'Talks &amp; more' },
        date: '2024-03-05T10:00:00',
        content: { rendered: '<p>Body about Slovenia.</p>' },
      }),
    );
    expect(r).toMatchObject({ date: '2024-03-05', title: 'Talks & more', body: ['Body about Slovenia.'] });
  });
});
