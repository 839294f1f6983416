/** A subscription that cannot be made, with a message that says what to change. Never carries the email address. */
export class SubscriptionError extends Error {
  override readonly name = 'SubscriptionError';
}
