/** A request whose parameters cannot be answered: shown as a 400 page (or JSON) listing every problem. */
export class BadRequestError extends Error {
  override readonly name = 'BadRequestError';
  constructor(readonly problems: readonly string[]) {
    super(problems.join('; '));
  }
}

/** A page that does not exist (unknown release id, unknown route): a 404. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}
