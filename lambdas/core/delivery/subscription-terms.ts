import { countryInterest } from '../interests';
import type { ResolvedTerms } from '../subscriptions/resolve-terms';
import type { SubscriptionTerm } from './subscriber';

/**
 * A table subscriber's terms from what {@link resolveTerms} resolved, for `subscribe --cadence` and the web forms
 * alike: countries and pairs labelled as written, officials by their canonical name (a surname alone as a
 * `surname` term), each term once.
 */
export function subscriptionTerms(
  resolved: Pick<ResolvedTerms, 'countries' | 'officials' | 'pairs'>,
): SubscriptionTerm[] {
  const terms: SubscriptionTerm[] = [
    ...resolved.countries.map((c) => ({
      kind: 'country' as const,
      label: c.input.trim(),
      interests: [countryInterest(c.code)],
    })),
    ...resolved.officials.map((o) => ({ kind: o.kind, label: o.name, interests: o.interests })),
    ...resolved.pairs.map((p) => ({ kind: 'pair' as const, label: p.input.trim(), interests: [p.interest] })),
  ];
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = `${t.kind}\n${[...t.interests].sort().join('\n')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
