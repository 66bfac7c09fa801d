import type { ErrorCode } from '@crm-maturity/core';

/**
 * The exit codes of `crm-maturity` (packages/cli/README.md, "Exit codes"),
 * numbered after BSD sysexits(3) where one fits.
 */
export const exitCodes = {
  ok: 0,
  /** The input was read but is not valid (bad answers, bad questionnaire, rejected rows) or was refused. */
  invalidInput: 1,
  /** The command line itself is wrong. */
  usage: 2,
  /** A file could not be read (EX_NOINPUT). */
  noInput: 66,
  /** A bug: reported without a stack unless CRM_MATURITY_DEBUG is set (EX_SOFTWARE). */
  internal: 70,
  /** An output file could not be written (EX_CANTCREAT). */
  cannotCreate: 73,
  /** The database is unavailable or busy; the same command may work later (EX_TEMPFAIL). */
  tryAgain: 75,
} as const;
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

/**
 * The exit code of each expected failure: the one place the CLI decides
 * it, from the code alone. The type makes the table complete; anything
 * thrown that is not a CrmMaturityError exits `internal`.
 */
export const exitCodeOf: Record<ErrorCode, ExitCode> = {
  BAD_USER_INPUT: exitCodes.usage,
  UNKNOWN_QUESTIONNAIRE: exitCodes.invalidInput,
  INVALID_QUESTIONNAIRE: exitCodes.invalidInput,
  QUESTIONNAIRE_MISMATCH: exitCodes.invalidInput,
  INVALID_ANSWERS: exitCodes.invalidInput,
  PROGRESS_NOT_COMPARABLE: exitCodes.invalidInput,
  INCOMPLETE_ASSESSMENT: exitCodes.invalidInput,
  ASSESSMENT_NOT_DRAFT: exitCodes.invalidInput,
  STALE_ANSWER: exitCodes.invalidInput,
  INVALID_DATASET: exitCodes.invalidInput,
  INVALID_UTF8: exitCodes.invalidInput,
  INVALID_STORED_RESULT: exitCodes.invalidInput,
  RELEASE_REFUSED: exitCodes.invalidInput,
  FILE_UNREADABLE: exitCodes.noInput,
  FILE_UNWRITABLE: exitCodes.cannotCreate,
  UNAUTHENTICATED: exitCodes.invalidInput,
  TOKEN_REFUSED: exitCodes.invalidInput,
  FORBIDDEN: exitCodes.invalidInput,
  NOT_FOUND: exitCodes.invalidInput,
  CONFLICT: exitCodes.invalidInput,
  TOKEN_LIMIT_REACHED: exitCodes.invalidInput,
  DATABASE_UNAVAILABLE: exitCodes.tryAgain,
  DATABASE_BUSY: exitCodes.tryAgain,
};
