import { CrmMaturityError, isCrmMaturityError } from '@crm-maturity/core';
import { GraphQLError } from 'graphql';
import { databaseFailureOf } from './database-failure';
import { originalErrorOf } from './original-error';

/**
 * The expected failure behind a thrown value, or null for a bug: our own
 * CrmMaturityError (unwrapped from GraphQL's located errors), or a database
 * error the client can act on, given its code: a unique key taken by a
 * concurrent request (CONFLICT), a row deleted meanwhile (NOT_FOUND), a
 * database that is unreachable, read-only, full or busy
 * (DATABASE_UNAVAILABLE, DATABASE_BUSY; see database-failure.ts).
 *
 * @example
 * expectedErrorOf(Object.assign(new Error('Unique constraint failed'), { code: 'P2002' }), { retryAfterSeconds: 1 })?.code;
 * // => 'CONFLICT'
 */
export function expectedErrorOf(error: unknown, options: { retryAfterSeconds: number }): CrmMaturityError | null {
  const original = originalErrorOf(error);
  if (isCrmMaturityError(original)) return original;
  // Already an answer (a scalar's refusal, graphql-js's own validation): not a database error, whatever its message says.
  if (original instanceof GraphQLError) return null;
  // Prisma's codes (https://www.prisma.io/docs/orm/reference/error-reference).
  const code = (original as { code?: unknown } | null)?.code;
  if (code === 'P2002') return new CrmMaturityError('CONFLICT', 'that value is already taken (a concurrent change?); reload and retry');
  if (code === 'P2025') return new CrmMaturityError('NOT_FOUND', 'the record no longer exists');
  const failure = databaseFailureOf(original);
  if (failure) {
    return new CrmMaturityError(failure.code, `${failure.reason}; nothing was changed by this request, retry in ${options.retryAfterSeconds} s`, [{ message: failure.reason }]);
  }
  return null;
}
