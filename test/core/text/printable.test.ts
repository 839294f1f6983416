import { printable } from '../../../lambdas/core/text/printable';

test('CR, LF, ESC, line separators and bidi controls become visible escapes', () => {
  expect(printable('a.txt\r\n✓ forged.txt  "Fake"\u001B[2K\u2028\u202E')).toBe(
    'a.txt\\u{d}\\u{a}✓ forged.txt  "Fake"\\u{1b}[2K\\u{2028}\\u{202e}',
  );
});

test('ordinary keys, with spaces, + and non-ASCII letters, are kept as they are', () => {
  expect(printable('inbox/2025 11/Klakočar+Abibullayev.txt')).toBe('inbox/2025 11/Klakočar+Abibullayev.txt');
});
