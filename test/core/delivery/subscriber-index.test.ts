import fc from 'fast-check';
import { alertMessageAttributes } from '../../../lambdas/core/alert';
import {
  isTimeZone,
  pendingExpired,
  readCadence,
  subscriberInterests,
} from '../../../lambdas/core/delivery/subscriber';
import { subscriberIdFor } from '../../../lambdas/core/delivery/subscriber-id';
import { SubscriberIndex } from '../../../lambdas/core/delivery/subscriber-index';
import { matchesFilterPolicy } from '../../../lambdas/core/subscriptions/matches-filter-policy';
import { subscriber } from './delivery-fixtures';

const tokayev = {
  kind: 'official' as const,
  label: 'Tokayev',
  interests: ['official:kassym-jomart-tokayev', 'official:tokayev'],
};
const slovenia = { kind: 'country' as const, label: 'Slovenia', interests: ['country:SI'] };

describe('SubscriberIndex', () => {
  it('matches active subscribers by any interest, each once, with the terms that matched', () => {
    const a = subscriber('a@example.com', { terms: [slovenia, tokayev] });
    const b = subscriber('b@example.com', { terms: [tokayev] });
    const c = subscriber('c@example.com', { terms: [slovenia], status: 'pending' });
    const index = new SubscriberIndex([a, b, c]);
    expect(index.size).toBe(2);
    const matches = index.match(['country:SI', 'official:tokayev', 'country:SI']);
    expect(matches.map((m) => [m.subscriber.email, m.interests, m.terms.map((t) => t.label)])).toEqual([
      ['a@example.com', ['country:SI', 'official:tokayev'], ['Slovenia', 'Tokayev']],
      ['b@example.com', ['official:tokayev'], ['Tokayev']],
    ]);
    expect(index.match(['country:si'])).toEqual([]);
  });

  it('answers as the SNS filter policy matcher does', () => {
    const values = fc.constantFrom(
      'country:SI',
      'country:KZ',
      'official:x',
      'official:y',
      'surname:x',
      'pair:a+b',
    );
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(values, { minLength: 1 }), { minLength: 1, maxLength: 6 }),
        fc.array(values),
        (policies, interests) => {
          const subs = policies.map((p, i) =>
            subscriber(`s${i}@example.com`, { terms: [{ kind: 'country', label: 't', interests: p }] }),
          );
          const matched = new Set(new SubscriberIndex(subs).match(interests).map((m) => m.subscriber.id));
          for (const s of subs) {
            const sns = matchesFilterPolicy(
              { interests: subscriberInterests(s) },
              alertMessageAttributes({ interests }),
            );
            expect(matched.has(s.id)).toBe(sns);
          }
        },
      ),
    );
  });
});

describe('subscriber model', () => {
  it('derives one id per address, the domain case-insensitive', () => {
    expect(subscriberIdFor('Kim@Example.COM')).toBe(subscriberIdFor(' Kim@example.com'));
    expect(subscriberIdFor('kim@example.com')).not.toBe(subscriberIdFor('Kim@example.com'));
    expect(subscriberIdFor('no-at')).toMatch(/^[0-9a-f]{24}$/);
  });

  it('expires pending sign-ups after 7 days only', () => {
    const s = subscriber('a@example.com', { status: 'pending', createdAt: '2026-03-01T00:00:00Z' });
    expect(pendingExpired(s, new Date('2026-03-07T23:59:00Z'))).toBe(false);
    expect(pendingExpired(s, new Date('2026-03-08T00:00:01Z'))).toBe(true);
    expect(pendingExpired({ ...s, status: 'active' }, new Date('2027-01-01T00:00:00Z'))).toBe(false);
  });

  it('reads cadences and zones', () => {
    expect(readCadence(' Daily ')).toBe('daily');
    expect(readCadence('hourly')).toBeNull();
    expect(isTimeZone('Europe/Ljubljana')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
