/**
 * Why an email address cannot be an SNS email endpoint, or null when it can. The message never repeats the
 * address: errors end up in logs and CI output, where a subscriber's address must not.
 */
export function emailProblem(email: string): string | null {
  if (email.length === 0) return 'it is empty';
  if (email.length > 254) return 'it is longer than 254 characters';
  if (/\s/.test(email)) return 'it contains a space or line break';
  if (/[^\x21-\x7E]/.test(email))
    return 'it contains non-ASCII characters (write an internationalised domain in its xn-- form)';
  const at = email.lastIndexOf('@');
  if (at < 0) return "it has no '@'";
  if (email.indexOf('@') !== at) return "it has more than one '@'";
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local.length === 0) return "nothing before the '@'";
  if (local.length > 64) return "the part before the '@' is longer than 64 characters";
  if (!/^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$/.test(local))
    return "the part before the '@' has a character not allowed there";
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..'))
    return "the part before the '@' has a misplaced dot";
  const labels = domain.split('.');
  if (labels.length < 2) return "the domain after the '@' has no dot";
  if (!labels.every((l) => /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(l))) {
    return "the domain after the '@' is not a valid host name";
  }
  const tld = labels[labels.length - 1] ?? '';
  if (!/^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/.test(tld))
    return 'the domain does not end in a valid top-level domain';
  return null;
}

/** `kim@example.com` -> `k***@example.com`: enough to recognise one's own subscription, not to harvest it. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}
