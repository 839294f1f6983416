import { alertMessageAttributes } from '../alert';
import type { Alert } from '../ports';
import { matchesFilterPolicy } from './matches-filter-policy';
import type { FilterPolicy } from './resolve-subscription';

/**
 * Whether SNS would deliver this alert to this subscription: its filter policy judged against exactly the
 * message attributes the SNS publisher sends. Local mode delivers by it; `subscribe --dry-run` previews by it.
 */
export function subscriberMatches(
  subscription: { readonly filterPolicy: FilterPolicy },
  alert: Pick<Alert, 'interests'>,
): boolean {
  return matchesFilterPolicy(subscription.filterPolicy, alertMessageAttributes(alert));
}
