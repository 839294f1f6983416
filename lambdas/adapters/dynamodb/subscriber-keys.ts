/**
 * Keys of the subscriber items (issue 13) in the one table, beside the release items of `release-keys.ts`:
 * the subscriber, its delivery claims and its digest items share the partition `SUB#<id>`, so that one Query
 * reads or removes a subscriber with everything it owns. Listing goes through `gsi1` (`SUBSCRIBERS`).
 */
export const subscriberKeys = {
  subscriber: (id: string) => ({ pk: `SUB#${id}`, sk: 'SUB' }),
  delivery: (id: string, delivery: string) => ({ pk: `SUB#${id}`, sk: `DLV#${delivery}` }),
  digestItem: (id: string, releaseId: string) => ({ pk: `SUB#${id}`, sk: `DIG#${releaseId}` }),
} as const;

export const SUBSCRIBERS = 'SUBSCRIBERS';
