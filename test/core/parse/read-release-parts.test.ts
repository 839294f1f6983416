import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { contentHash } from '../../../lambdas/core/content-hash';
import { FIELD_CAPS } from '../../../lambdas/core/limits';
import { parseRelease } from '../../../lambdas/core/parse/parse-release';
import { readReleaseParts } from '../../../lambdas/core/parse/read-release-parts';
import { ReleaseParseError } from '../../../lambdas/core/text/release-parse-error';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'releases');
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readReleaseParts: the parser without its entity stage', () => {
  const files = readdirSync(FIXTURES).filter((f) => /\.(txt|html?|json|md)$/.test(f));

  test('there are fixtures of several formats to compare on', () => {
    const formats = new Set(
      files.map((f) => readReleaseParts(readFileSync(path.join(FIXTURES, f))).parts.format),
    );
    expect(formats.size).toBeGreaterThanOrEqual(3);
  });

  test.each(files)('%s: the same parts and content hash as parseRelease', (file) => {
    const bytes = readFileSync(path.join(FIXTURES, file));
    let parsed: ReturnType<typeof parseRelease>;
    try {
      parsed = parseRelease(bytes, { fileName: file });
    } catch (error) {
      // A fixture that does not parse does not read either, for the same reason.
      expect(error).toBeInstanceOf(ReleaseParseError);
      expect(() => readReleaseParts(bytes, { fileName: file })).toThrow((error as Error).message);
      return;
    }
    const { parts } = readReleaseParts(bytes, { fileName: file });
    const { format, date, title, source, url, body } = parsed;
    expect(parts).toEqual({ format, date, title, source, url, body });
    expect(contentHash(parts)).toBe(contentHash(parsed));
  });

  test('an overlong headline: the cut title, the whole headline leads the body and the entity text', () => {
    const headline = `${'The Minister met the delegation of Slovenia in Astana. '.repeat(20)}`.trim();
    const bytes = utf8(`${headline}\n\nSecond paragraph.`);
    const { parts, text } = readReleaseParts(bytes);
    expect(parts.title.length).toBeLessThanOrEqual(FIELD_CAPS.title);
    expect(parts.body).toEqual([headline, 'Second paragraph.']);
    expect(text).toBe(`${headline}\n\nSecond paragraph.`);
    expect(contentHash(parts)).toBe(contentHash(parseRelease(bytes)));
  });

  test.each([
    ['empty', new Uint8Array(0)],
    ['no-content', utf8(' \n\t\n')],
  ])('typed failure: %s', (reason, bytes) => {
    expect(() => readReleaseParts(bytes)).toThrow(expect.objectContaining({ reason }));
  });

  test('over the configured size: too-large', () => {
    expect(() => readReleaseParts(utf8('Headline\n\nBody.'), { maxBytes: 4 })).toThrow(
      expect.objectContaining({ reason: 'too-large' }),
    );
  });
});
