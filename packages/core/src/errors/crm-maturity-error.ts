import type { ErrorCode } from './error-codes';
import type { ErrorDetail } from './error-detail';

/**
 * An expected failure: a stable `code` from `errorCodes` for programs, a
 * `message` for people that says what is wrong and where, and `details`
 * naming each thing at fault. Callers decide by `code` alone, never by
 * message text or class.
 *
 * @example
 * throw new CrmMaturityError('INVALID_UTF8', 'input is not valid UTF-8: line 3 holds an invalid byte sequence at byte 41', [{ message: 'invalid byte sequence', line: 3, byte: 41 }]);
 */
export class CrmMaturityError extends Error {
  override readonly name = 'CrmMaturityError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: readonly ErrorDetail[] = [],
  ) {
    super(message);
  }
}

/** Whether a caught value is an expected failure (anything else is a bug). */
export function isCrmMaturityError(error: unknown): error is CrmMaturityError {
  return error instanceof CrmMaturityError;
}
