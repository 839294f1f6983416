import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { officialId } from '../../../lambdas/core/identity/official-identity';
import { type KnownOfficial, resolveOfficial } from '../../../lambdas/core/subscriptions/resolve-official';
import { SubscriptionError } from '../../../lambdas/core/subscriptions/subscription-error';

// The annotated officials of the corpus play the archive: every name form a release used must lead a
// subscriber to that official (or to a list of candidates that includes it).
const EXPECTED = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'corpus', 'expected');
const present = existsSync(EXPECTED);

interface Expected {
  officials: { name: string; variants: string[] }[];
}
const officials = present
  ? readdirSync(EXPECTED).flatMap(
      (f) => (JSON.parse(readFileSync(path.join(EXPECTED, f), 'utf8')) as Expected).officials,
    )
  : [];
const known: KnownOfficial[] = officials.map((o) => ({
  id: officialId(o.name),
  name: o.name,
  variants: o.variants,
}));
const forms = officials.flatMap((o) =>
  [o.name, ...o.variants].map((form) => [form, officialId(o.name)] as const),
);

(present ? describe : describe.skip)('official name forms of the corpus', () => {
  test.each(forms)('%s -> %s', (form, id) => {
    try {
      const resolved = resolveOfficial(form, known);
      // That person, a surname covering them, or another entry written exactly so ("R.Meredov" is both an
      // official's name and a variant of "Rashid Meredov": the one so named wins).
      const sameForm = known.some((k) => k.id === resolved.id && [k.name, ...k.variants].includes(form));
      expect(
        resolved.interests.includes(`official:${id}`) || resolved.covers.some((c) => c.id === id) || sameForm,
      ).toBe(true);
    } catch (error) {
      if (!(error instanceof SubscriptionError)) throw error;
      // Several people share the form: the message must offer this one.
      expect(error.message).toMatch(/is ambiguous/);
      expect(error.message).toContain(`(${id})`);
    }
  });
});
