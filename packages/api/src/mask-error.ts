import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { databaseFailureOf } from './database-failure';
import { ApiError } from './errors';
import type { Logger } from './logger';

export type MaskErrorOptions = {
  /** Where unexpected errors are logged with their stack (the client sees only "Unexpected error."). */
  logger?: Logger;
  /** Seconds in the Retry-After header of a retryable database error. */
  retryAfterSeconds?: number;
};

/**
 * yoga's error masking, plus the database errors a client can act on turned
 * into typed errors: a unique key taken by a concurrent request (CONFLICT),
 * a row deleted meanwhile (NOT_FOUND), and a database that is unreachable,
 * read-only, full or busy (DATABASE_UNAVAILABLE, DATABASE_BUSY: HTTP 503
 * with Retry-After, safe to retry). Our ApiErrors pass as they are;
 * everything else is logged and stays masked as "Unexpected error.".
 */
export function createMaskError(options: MaskErrorOptions = {}) {
  const retryAfter = String(options.retryAfterSeconds ?? 1);
  return function maskError(error: unknown, message: string, isDev?: boolean): Error {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (original instanceof ApiError) return yogaMaskError(error, message, isDev);
    const code = (original as { code?: unknown } | undefined)?.code;
    const path = error instanceof GraphQLError ? error.path : undefined;
    const located = (apiError: ApiError, http?: object) =>
      new GraphQLError(apiError.message, { ...(path ? { path } : {}), extensions: { ...apiError.extensions, ...(http ? { http } : {}) } });
    if (code === 'P2002') return located(new ApiError('CONFLICT', 'that value is already taken (a concurrent change?); reload and retry'));
    if (code === 'P2025') return located(new ApiError('NOT_FOUND', 'the record no longer exists'));
    const failure = databaseFailureOf(original);
    if (failure) {
      options.logger?.warn({ code: failure.code, reason: failure.reason, err: original }, 'database failure answered as retryable');
      return located(new ApiError(failure.code, `${failure.reason}; nothing was changed by this request, retry in ${retryAfter} s`, [{ message: failure.reason }]), {
        status: 503,
        headers: { 'Retry-After': retryAfter },
      });
    }
    const masked = yogaMaskError(error, message, isDev);
    if (masked.message === message) options.logger?.error({ err: original, path }, 'unexpected error (masked)');
    return masked;
  };
}

/** The masking with defaults (no logging), for callers outside a running server. */
export const maskError = createMaskError();
