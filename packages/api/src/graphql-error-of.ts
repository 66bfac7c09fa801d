import type { CrmMaturityError } from '@crm-maturity/core';
import { GraphQLError, type GraphQLErrorOptions } from 'graphql';
import { apiErrorOf } from './errors';

/**
 * An expected failure as the GraphQL error a client receives: the message,
 * and `extensions` with the code, the details and the HTTP status that
 * `apiErrorOf` gives it. `at` places it in the request (path, locations).
 * It keeps no `originalError`, so yoga sees a GraphQL error of its own and
 * neither masks it nor turns the response into a 500. Null for a failure
 * the table masks.
 *
 * @example
 * graphqlErrorOf(new CrmMaturityError('TOKEN_REFUSED', 'the API token is not valid'))?.extensions;
 * // => { code: 'UNAUTHENTICATED', http: { status: 401 } }
 */
export function graphqlErrorOf(
  error: CrmMaturityError,
  options: {
    at?: Pick<GraphQLErrorOptions, 'nodes' | 'source' | 'positions' | 'path'>;
    /** Retry-After of a retryable failure: CRM_MATURITY_RETRY_AFTER_S, whose default is 1 (maskError passes the configured value). */
    retryAfterSeconds?: number;
  } = {},
): GraphQLError | null {
  const answer = apiErrorOf[error.code];
  if (answer === 'masked') return null;
  const http =
    answer.graphql === 'retry'
      ? { http: { status: answer.status, headers: { 'Retry-After': String(options.retryAfterSeconds ?? 1) } } }
      : answer.graphql === 'request'
        ? { http: { status: answer.status } }
        : {};
  return new GraphQLError(error.message, {
    ...options.at,
    extensions: { code: answer.code, ...(error.details.length ? { details: error.details } : {}), ...http },
  });
}
