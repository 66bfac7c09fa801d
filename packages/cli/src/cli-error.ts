/** An expected failure: printed as its message alone (no stack) with its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = exitCodes.invalidInput,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const exitCodes = {
  ok: 0,
  /** The input was read but is not valid (bad answers, bad questionnaire). */
  invalidInput: 1,
  /** The command line itself is wrong. */
  usage: 2,
  /** A file could not be read. */
  noInput: 66,
  /** A bug: reported without a stack unless CRM_MATURITY_DEBUG is set. */
  internal: 70,
} as const;
