/** Why a file could not be parsed. Stable codes: they are stored with recorded failures and shown by the CLI. */
export type ReleaseParseErrorReason =
  | 'empty'
  | 'binary'
  | 'undecodable'
  | 'too-large'
  | 'malformed'
  | 'no-content';

/** The only error the parser throws: a typed reason plus a message that says what to do. */
export class ReleaseParseError extends Error {
  override readonly name = 'ReleaseParseError';
  constructor(
    readonly reason: ReleaseParseErrorReason,
    message: string,
  ) {
    super(message);
  }
}
