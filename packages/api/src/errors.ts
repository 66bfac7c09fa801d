import { GraphQLError } from 'graphql';

/**
 * The API's expected errors, each with a stable `extensions.code`. Anything
 * else is a bug and stays masked by yoga ("Unexpected error.").
 */
export const apiErrorCodes = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'INVALID_ANSWERS',
  'INCOMPLETE_ASSESSMENT',
  'ASSESSMENT_NOT_DRAFT',
  'STALE_ANSWER',
  'COHORT_WITHHELD',
  'RELEASE_REFUSED',
  'INVALID_DATASET',
  'CONFLICT',
  'TOKEN_LIMIT_REACHED',
  // Retryable, answered with HTTP 503 and Retry-After (see database-failure.ts).
  'DATABASE_UNAVAILABLE',
  'DATABASE_BUSY',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

export type ApiErrorDetail = { path?: (string | number)[]; questionId?: string; respondentKey?: string; field?: string; value?: unknown; message: string; code?: string; line?: number };

/** An expected failure: a GraphQL error whose code and details reach the client. */
export class ApiError extends GraphQLError {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details: ApiErrorDetail[] = [],
  ) {
    super(message, { extensions: { code, ...(details.length ? { details } : {}) } });
    this.name = 'ApiError';
  }
}

export const notFound = (what: string, id: string) => new ApiError('NOT_FOUND', `${what} ${id} does not exist or is not visible to you`, [{ field: 'id', value: id, message: 'not found' }]);
export const forbidden = (message: string) => new ApiError('FORBIDDEN', message);
