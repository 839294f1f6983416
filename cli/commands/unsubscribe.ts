import { parseArgs } from 'node:util';
import { subscriberIdFor } from '../../lambdas/core/delivery/subscriber-id';
import { maskEmail } from '../../lambdas/core/subscriptions/email-address';
import { SubscriptionError } from '../../lambdas/core/subscriptions/subscription-error';
import type { SubscriptionRegistry } from '../../lambdas/core/subscriptions/subscription-registry';
import { type Command, UsageError } from '../command';
import { type TableSubscribers, tableSubscribers } from '../table-subscribers';
import { TARGET_OPTIONS_HELP } from '../target';
import { subscriptionTarget } from './subscribe';

const HELP = `Usage: communique unsubscribe (--email ADDRESS | --id ID) [options]

Removes the subscription of an address (or the one with this id, as \`communique subscriptions\` lists it),
and unsubscribes the table's subscriber of that address or id (its mail links stop working).
On AWS, a subscription still awaiting confirmation cannot be removed by address: it lapses unconfirmed.

${TARGET_OPTIONS_HELP}`;

/** Removes by id or address; exit code 0 when something was removed, 1 when nothing matched. */
export async function runUnsubscribe(
  deps: {
    readonly registry: SubscriptionRegistry;
    readonly where: string;
    readonly out: (line: string) => void;
    /** The table's subscribers (issue 13), when the table can be reached. */
    readonly table?: TableSubscribers | null;
  },
  which: { readonly email?: string; readonly id?: string },
): Promise<number> {
  const key = which.id ?? which.email;
  if (!key) throw new UsageError('give --email or --id');
  const shown = which.id ?? maskEmail(key);
  let removed = 0;
  try {
    removed = await deps.registry.remove(key);
  } catch (error) {
    // A table subscriber's id is no SNS id: the table below may still know it.
    if (!(error instanceof SubscriptionError)) throw error;
    if (!deps.table) throw new UsageError(error.message);
  }
  if (deps.table) {
    const subscriber = await deps.table.store.getSubscriber(which.id ?? subscriberIdFor(key));
    if (subscriber && subscriber.status !== 'unsubscribed') {
      await deps.table.store.putSubscriber({
        ...subscriber,
        status: 'unsubscribed',
        tokenGeneration: subscriber.tokenGeneration + 1,
      });
      removed++;
    }
  }
  if (removed === 0) {
    deps.out(`No subscription for ${shown} in ${deps.where}.`);
    return 1;
  }
  deps.out(`Removed ${removed} subscription${removed === 1 ? '' : 's'} for ${shown} from ${deps.where}.`);
  return 0;
}

export const command: Command = {
  name: 'unsubscribe',
  summary: 'remove a subscription by email address or id',
  help: HELP,
  async run(argv) {
    let values: { email?: string; id?: string; stack?: string };
    try {
      ({ values } = parseArgs({
        args: [...argv],
        strict: true,
        options: { email: { type: 'string' }, id: { type: 'string' }, stack: { type: 'string' } },
      }));
    } catch (error) {
      throw new UsageError(`${(error as Error).message} (see --help)`);
    }
    if ((values.email === undefined) === (values.id === undefined))
      throw new UsageError('give exactly one of --email or --id');
    const target = await subscriptionTarget(values.stack);
    return runUnsubscribe(
      {
        ...target,
        table: await tableSubscribers(values.stack),
        out: (line) => process.stdout.write(`${line}\n`),
      },
      values,
    );
  },
};
