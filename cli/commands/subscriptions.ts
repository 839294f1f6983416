import { parseArgs } from 'node:util';
import { maskEmail } from '../../lambdas/core/subscriptions/email-address';
import type { SubscriptionRegistry } from '../../lambdas/core/subscriptions/subscription-registry';
import { type Command, UsageError } from '../command';
import { type TableSubscribers, tableSubscribers } from '../table-subscribers';
import { TARGET_OPTIONS_HELP } from '../target';
import { subscriptionTarget } from './subscribe';

const HELP = `Usage: communique subscriptions [--json] [--show-emails] [options]

Lists the subscriptions with their email addresses masked (k***@example.com), status and interests: the SNS
(or local file) subscriptions, then the table's subscribers with their cadence and status.

  --json         one JSON array instead of a table
  --show-emails  full addresses, for the operator of local mode (refused with --stack)
${TARGET_OPTIONS_HELP}`;

/** Lists subscriptions, emails masked; always exit code 0. */
export async function runSubscriptions(
  deps: {
    readonly registry: SubscriptionRegistry;
    readonly where: string;
    readonly out: (line: string) => void;
    /** The table's subscribers (issue 13), when the table can be reached. */
    readonly table?: TableSubscribers | null;
  },
  options: { readonly json: boolean; readonly showEmails?: boolean },
): Promise<number> {
  if (options.showEmails && deps.table?.kind === 'aws')
    throw new UsageError('--show-emails is for local mode only: a deployed stack lists masked addresses.');
  const shown = (email: string) => (options.showEmails ? email : maskEmail(email));
  const list = (await deps.registry.list()).map((s) => ({ ...s, email: shown(s.email) }));
  const table = deps.table ? await deps.table.store.listSubscribers() : [];
  const subscribers = table.map((s) => ({
    id: s.id,
    email: shown(s.email),
    status: s.status,
    cadence: s.cadence,
    timeZone: s.timeZone,
    hour: s.hour,
    terms: s.terms.map((t) => t.label),
  }));
  if (options.json) {
    deps.out(
      JSON.stringify(
        [
          ...list.map(({ id, email, status, interests }) => ({ kind: 'sns', id, email, status, interests })),
          ...subscribers.map((s) => ({ kind: 'table', ...s })),
        ],
        null,
        2,
      ),
    );
    return 0;
  }
  deps.out(
    `${list.length} subscription${list.length === 1 ? '' : 's'} in ${deps.where}${list.length > 0 ? ':' : '.'}`,
  );
  for (const s of list) {
    const interests =
      s.status === 'pending' && s.interests.length === 0 ? '(shown once confirmed)' : s.interests.join(', ');
    deps.out(`  ${s.email}  ${s.status}  ${interests}`);
    deps.out(`    id ${s.id}`);
  }
  if (deps.table) {
    deps.out(
      `${subscribers.length} subscriber${subscribers.length === 1 ? '' : 's'} in the table of ${deps.table.where}${subscribers.length > 0 ? ':' : '.'}`,
    );
    for (const s of subscribers) {
      const when =
        s.cadence === 'immediate'
          ? 'immediate'
          : `${s.cadence} ${String(s.hour).padStart(2, '0')}:00 ${s.timeZone}`;
      deps.out(`  ${s.email}  ${s.status}  ${when}  ${s.terms.join(', ')}`);
      deps.out(`    id ${s.id}`);
    }
  }
  return 0;
}

export const command: Command = {
  name: 'subscriptions',
  summary: 'list subscriptions (email addresses masked)',
  help: HELP,
  async run(argv) {
    let values: { json?: boolean; stack?: string; 'show-emails'?: boolean };
    try {
      ({ values } = parseArgs({
        args: [...argv],
        strict: true,
        options: { json: { type: 'boolean' }, stack: { type: 'string' }, 'show-emails': { type: 'boolean' } },
      }));
    } catch (error) {
      throw new UsageError(`${(error as Error).message} (see --help)`);
    }
    const target = await subscriptionTarget(values.stack);
    return runSubscriptions(
      {
        ...target,
        table: await tableSubscribers(values.stack),
        out: (line) => process.stdout.write(`${line}\n`),
      },
      { json: values.json ?? false, showEmails: values['show-emails'] ?? false },
    );
  },
};
