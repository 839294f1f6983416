import { parseArgs } from 'node:util';
import { maskEmail } from '../../lambdas/core/subscriptions/email-address';
import type { SubscriptionRegistry } from '../../lambdas/core/subscriptions/subscription-registry';
import { type Command, UsageError } from '../command';
import { TARGET_OPTIONS_HELP } from '../target';
import { subscriptionTarget } from './subscribe';

const HELP = `Usage: communique subscriptions [--json] [options]

Lists the subscriptions with their email addresses masked (k***@example.com), status and interests.

  --json         one JSON array instead of a table
${TARGET_OPTIONS_HELP}`;

/** Lists subscriptions, emails masked; always exit code 0. */
export async function runSubscriptions(
  deps: {
    readonly registry: SubscriptionRegistry;
    readonly where: string;
    readonly out: (line: string) => void;
  },
  options: { readonly json: boolean },
): Promise<number> {
  const list = (await deps.registry.list()).map((s) => ({ ...s, email: maskEmail(s.email) }));
  if (options.json) {
    deps.out(
      JSON.stringify(
        list.map(({ id, email, status, interests }) => ({ id, email, status, interests })),
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
  return 0;
}

export const command: Command = {
  name: 'subscriptions',
  summary: 'list subscriptions (email addresses masked)',
  help: HELP,
  async run(argv) {
    let values: { json?: boolean; stack?: string };
    try {
      ({ values } = parseArgs({
        args: [...argv],
        strict: true,
        options: { json: { type: 'boolean' }, stack: { type: 'string' } },
      }));
    } catch (error) {
      throw new UsageError(`${(error as Error).message} (see --help)`);
    }
    const target = await subscriptionTarget(values.stack);
    return runSubscriptions(
      { ...target, out: (line) => process.stdout.write(`${line}\n`) },
      { json: values.json ?? false },
    );
  },
};
