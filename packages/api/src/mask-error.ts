import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { ApiError } from './errors';

/**
 * yoga's error masking, plus two database errors a client can cause (a
 * unique key already taken by a concurrent request, a row deleted
 * meanwhile) turned into typed errors. Our ApiErrors pass as they are;
 * everything else stays masked as "Unexpected error.".
 */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const code = (original as { code?: unknown } | undefined)?.code;
  const path = error instanceof GraphQLError ? error.path : undefined;
  const located = (apiError: ApiError) => new GraphQLError(apiError.message, { ...(path ? { path } : {}), extensions: apiError.extensions });
  if (code === 'P2002') return located(new ApiError('CONFLICT', 'that value is already taken (a concurrent change?); reload and retry'));
  if (code === 'P2025') return located(new ApiError('NOT_FOUND', 'the record no longer exists'));
  return yogaMaskError(error, message, isDev);
}
