/** An error the user can act on: printed as one line, without a stack, with its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Exit codes: 0 done, 1 the store does not verify, 2 the command could not run, 3 the store file is damaged, 130 interrupted. */
export const EXIT = { verifyFailed: 1, failed: 2, damaged: 3, interrupted: 130 } as const;
