import { emailProblem, maskEmail } from '../../../lambdas/core/subscriptions/email-address';

describe('emailProblem', () => {
  test.each([
    'kim@example.com',
    'first.last+alerts@mail.example.co.uk',
    "o'neil@example.org",
    'a@xn--80ak6aa92e.com',
  ])('accepts %s', (email) => {
    expect(emailProblem(email)).toBeNull();
  });

  test.each([
    ['', 'it is empty'],
    ['kim', "it has no '@'"],
    ['kim@example', "the domain after the '@' has no dot"],
    ['kim@@example.com', "it has more than one '@'"],
    ['@example.com', "nothing before the '@'"],
    ['kim @example.com', 'it contains a space or line break'],
    ['kim@example.com\n', 'it contains a space or line break'],
    ['kim.@example.com', "the part before the '@' has a misplaced dot"],
    ['kim@-example.com', "the domain after the '@' is not a valid host name"],
    ['kim@example.c', 'the domain does not end in a valid top-level domain'],
    [
      'kim@пример.рф',
      'it contains non-ASCII characters (write an internationalised domain in its xn-- form)',
    ],
    [`${'k'.repeat(65)}@example.com`, "the part before the '@' is longer than 64 characters"],
  ])('rejects %j: %s', (email, reason) => {
    expect(emailProblem(email)).toBe(reason);
  });

  test('the reason never repeats the address', () => {
    for (const email of ['secret-person', 'secret@@person.org', 'secret@person']) {
      expect(emailProblem(email)).not.toContain('secret');
    }
  });
});

test('maskEmail keeps the first letter and the domain', () => {
  expect(maskEmail('kim@example.com')).toBe('k***@example.com');
  expect(maskEmail('x')).toBe('***');
});
