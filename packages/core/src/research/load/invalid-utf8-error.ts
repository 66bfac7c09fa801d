import { CrmMaturityError } from '../../errors/crm-maturity-error';

/**
 * The INVALID_UTF8 failure, with where: the 1-based line (as the loaders
 * number lines) and the 0-based byte offset of the first bad byte. The
 * detail's message is the "where" alone, for callers that name the input
 * themselves (the CLI says "responses.csv: is not valid UTF-8: line 3 ...").
 *
 * @example
 * invalidUtf8Error(3, 41, 'invalid').message;
 * // => 'input is not valid UTF-8: line 3 holds an invalid byte sequence at byte 41'
 */
export function invalidUtf8Error(line: number, byte: number, reason: 'invalid' | 'truncated'): CrmMaturityError {
  const where = reason === 'invalid' ? `line ${line} holds an invalid byte sequence at byte ${byte}` : `it ends inside a multi-byte character on line ${line} (byte ${byte})`;
  return new CrmMaturityError('INVALID_UTF8', `input is not valid UTF-8: ${where}`, [{ message: where, line, byte }]);
}
