/**
 * SNS limits that shape subscriptions (Amazon SNS quotas, "Filter policies"): at most 150 value
 * combinations per policy, 5 keys, and 200 filter policies per topic by default (an adjustable quota).
 */
export const MAX_POLICY_VALUES = 150;
export const MAX_FILTER_POLICIES_PER_TOPIC = 200;

/** What to say when a topic holds its quota of filtered subscriptions. */
export function topicFullMessage(count: number): string {
  return (
    `the alerts topic already has ${count} filtered subscriptions and SNS allows ${MAX_FILTER_POLICIES_PER_TOPIC} per topic by default. ` +
    'Remove unused ones (communique unsubscribe), request a higher "Filter policies per topic" quota in Service Quotas ' +
    '(service Amazon SNS), or split subscribers across a second topic.'
  );
}

/** What to say when one subscription needs more policy values than SNS allows. */
export function policyTooLargeMessage(values: number): string {
  return (
    `this subscription needs ${values} filter values and SNS allows ${MAX_POLICY_VALUES} per policy: ` +
    'split it into several subscriptions with fewer countries and officials each.'
  );
}
