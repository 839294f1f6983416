import fc from 'fast-check';
import { encodeS3EventKey } from '../../../cli/local/encode-s3-event-key';

// What the ingest handler does with the key of an S3 event (GUIDE: decode `+` first, then percent escapes).
const decodeAsHandler = (key: string): string => decodeURIComponent(key.replace(/\+/g, ' '));

describe('encodeS3EventKey', () => {
  test.each([
    ['release.txt', 'release.txt'],
    ['releases/2025 11/Klakočar.txt', 'releases/2025+11/Klako%C4%8Dar.txt'],
    ['a+b.txt', 'a%2Bb.txt'],
    ['dt=2018-05-04/_SUCCESS', 'dt%3D2018-05-04/_SUCCESS'],
    ['test/10:47:07.log', 'test/10%3A47%3A07.log'],
    ['copy (1).txt', 'copy+%281%29.txt'],
    ['Заявление МИД.html', '%D0%97%D0%B0%D1%8F%D0%B2%D0%BB%D0%B5%D0%BD%D0%B8%D0%B5+%D0%9C%D0%98%D0%94.html'],
    ['a/b/c', 'a/b/c'],
    ['star*.txt', 'star*.txt'],
    ["it's~!.txt", 'it%27s%7E%21.txt'],
  ])('%s -> %s', (raw, encoded) => {
    expect(encodeS3EventKey(raw)).toBe(encoded);
  });

  test('never leaves a space, and a plus only for a space', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (key) => {
        const encoded = encodeS3EventKey(key);
        expect(encoded).not.toMatch(/ /);
        expect(encoded.split('+').length - 1).toBe(key.split(' ').length - 1);
      }),
    );
  });

  test('the handler decoding gives back the exact key', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (key) => {
        expect(decodeAsHandler(encodeS3EventKey(key))).toBe(key);
      }),
    );
  });
});
