/**
 * A stand-in for `@smithy/core/event-streams`, swapped in by an esbuild alias when the ingest function is
 * bundled (see `lib/constructs/ingest-pipeline.ts`); local mode, tests and the CLI keep the real module.
 *
 * Why: the S3 client wires an event-stream marshaller into its config for SelectObjectContent, which the
 * function never calls (it only reads objects with GetObject; DynamoDB and SNS have no event streams), and
 * the codec is ~15 KiB of the bundle. These are the three exports the bundled clients import; a new import
 * in a later SDK release fails the build ("No matching export"), and `test/ingest/bundle.test.ts` runs the
 * bundle end to end, so a change in how the clients use them shows there.
 */

/** Thrown if an event-stream operation is ever called from the bundle. */
export class EventStreamsNotBundledError extends Error {
  override readonly name = 'EventStreamsNotBundledError';
  constructor() {
    super('Event streams are not part of the ingest bundle (see lambdas/ingest/no-event-streams.ts).');
  }
}

const unsupported = (): never => {
  throw new EventStreamsNotBundledError();
};

/** The marshaller the clients' config holds; only event-stream operations would call it. */
export const eventStreamSerdeProvider = (_options?: unknown) => ({
  serialize: unsupported,
  deserialize: unsupported,
});

/** Same behaviour as the SDK's: the client config gets the marshaller its provider builds. */
export const resolveEventStreamSerdeConfig = <T extends { eventStreamSerdeProvider: (input: T) => unknown }>(
  input: T,
): T & { eventStreamMarshaller: unknown } =>
  Object.assign(input, { eventStreamMarshaller: input.eventStreamSerdeProvider(input) });

/** Loaded lazily by the protocols for event-stream operations only. */
export class EventStreamSerde {
  constructor(..._args: unknown[]) {
    unsupported();
  }
}
