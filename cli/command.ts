/** One `communique` sub-command. Each lives in `cli/commands/<name>.ts` and exports `command`. */
export interface Command {
  readonly name: string;
  /** One line for `communique --help`. */
  readonly summary: string;
  /** Full help text for `communique <name> --help`. */
  readonly help: string;
  /** Runs the command with the arguments after its name; resolves to the process exit code. */
  run(args: readonly string[]): Promise<number>;
}

/** An error the user can fix: printed as `communique: <message>` without a stack trace, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
