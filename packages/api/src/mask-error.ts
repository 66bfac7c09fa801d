import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { apiErrorOf } from './errors';
import { expectedErrorOf } from './expected-error';
import { graphqlErrorOf } from './graphql-error-of';
import { originalErrorOf } from './original-error';
import type { Logger } from './logger';

export type MaskErrorOptions = {
  /** Where unexpected errors are logged with their stack (the client sees only "Unexpected error."). */
  logger?: Logger;
  /** Seconds in the Retry-After header of a retryable database error. */
  retryAfterSeconds?: number;
};

/**
 * yoga's error masking, for every error of a request: an expected failure
 * (`expectedErrorOf`: ours, or a database error a client can act on) is
 * answered with the code, details and HTTP status `apiErrorOf` gives its
 * code; everything else, and a failure the table masks, is logged and
 * stays masked as "Unexpected error.".
 */
export function createMaskError(options: MaskErrorOptions = {}) {
  const retryAfterSeconds = options.retryAfterSeconds ?? 1;
  return function maskError(error: unknown, message: string, isDev?: boolean): Error {
    const expected = expectedErrorOf(error, { retryAfterSeconds });
    // graphql-js's wrapper knows the field's path and locations.
    const place = error instanceof GraphQLError ? { at: { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path } } : {};
    const answer = expected && graphqlErrorOf(expected, { retryAfterSeconds, ...place });
    if (expected && answer) {
      const entry = apiErrorOf[expected.code];
      if (entry !== 'masked' && entry.graphql === 'retry') options.logger?.warn({ code: expected.code, err: originalErrorOf(error) }, 'database failure answered as retryable');
      return answer;
    }
    const masked = yogaMaskError(error, message, isDev);
    if (masked.message === message) options.logger?.error({ err: originalErrorOf(error), path: error instanceof GraphQLError ? error.path : undefined }, 'unexpected error (masked)');
    return masked;
  };
}

/** The masking with defaults (no logging), for callers outside a running server. */
export const maskError = createMaskError();
