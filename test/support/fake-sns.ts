import type { SNSClient } from '@aws-sdk/client-sns';

/** A recorded SDK call: the command's class name and its exact input. */
export interface RecordedCall {
  readonly command: string;
  readonly input: Record<string, unknown>;
}

/**
 * An SNS client whose `send` records every command and answers from `respond` (no mocking library). There is
 * no local SNS that handles String.Array filter policies or email, so SNS adapters are tested on the exact
 * request shape.
 */
export function fakeSns(respond: (call: RecordedCall) => unknown = () => ({})) {
  const calls: RecordedCall[] = [];
  const client = {
    send: async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
      const call = { command: command.constructor.name, input: command.input };
      calls.push(call);
      return respond(call);
    },
  } as unknown as Pick<SNSClient, 'send'>;
  return { client, calls };
}
