/**
 * What the web app asks the notifier to mail after a sign-up: which subscriber, and the token generation the
 * sign-up stored. No address and no token travel: the notifier reads the address from the table and issues the
 * confirmation link itself, so a queue message (or a dead letter) holds nothing a reader could use.
 */
export interface ConfirmationRequest {
  readonly kind: 'communique:confirm';
  readonly subscriberId: string;
  readonly generation: number;
}

/** Where sign-ups hand their confirmation mail: an SQS queue on AWS, the notifier's code in-process locally. */
export interface ConfirmationRequests {
  request(request: ConfirmationRequest): Promise<void>;
}

export function confirmationRequest(subscriberId: string, generation: number): ConfirmationRequest {
  return { kind: 'communique:confirm', subscriberId, generation };
}

/** The message body: `{"kind":"communique:confirm","subscriberId":"...","generation":0}`. */
export function formatConfirmationRequest(request: ConfirmationRequest): string {
  return JSON.stringify({
    kind: request.kind,
    subscriberId: request.subscriberId,
    generation: request.generation,
  });
}

/** The request in a message body, or null when the body is not one. */
export function parseConfirmationRequest(body: string): ConfirmationRequest | null {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { kind, subscriberId, generation } = value as Record<string, unknown>;
  if (kind !== 'communique:confirm') return null;
  if (typeof subscriberId !== 'string' || !/^[A-Za-z0-9_-]{1,128}$/.test(subscriberId)) return null;
  if (typeof generation !== 'number' || !Number.isSafeInteger(generation) || generation < 0) return null;
  return confirmationRequest(subscriberId, generation);
}
