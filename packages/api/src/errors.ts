import { CrmMaturityError, type ErrorCode } from '@crm-maturity/core';

/**
 * The `extensions.code` values the API sends: public and stable, clients
 * switch on them. Several failures may share one (a bad token and a missing
 * one are both UNAUTHENTICATED); which failure sends which is `apiErrorOf`.
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
  // Published and kept for clients that switch on it; no failure sends it (a withheld cohort is reported in the data).
  'COHORT_WITHHELD',
  'RELEASE_REFUSED',
  'INVALID_DATASET',
  'CONFLICT',
  'TOKEN_LIMIT_REACHED',
  'DATABASE_UNAVAILABLE',
  'DATABASE_BUSY',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

/**
 * How the API answers one expected failure:
 * - `code`: its `extensions.code`;
 * - `status`: the HTTP status of a response refused for this failure alone
 *   (the report download answers with it);
 * - `graphql`: whether a GraphQL response carries that status too. By
 *   default it does not: the error is one entry of `errors` in a 200
 *   response, as GraphQL over HTTP answers a request it executed.
 *   'request': the request as a whole is refused (a bad token);
 *   'retry': the same, with Retry-After, for a database that is down or
 *   busy, where nothing was changed and a retry is safe.
 *
 * 'masked': a failure the client can neither cause nor fix (the server's
 * own files and stored data); it is logged and answered like a bug,
 * "Unexpected error.".
 */
export type ApiAnswer = { code: ApiErrorCode; status: number; graphql?: 'request' | 'retry' } | 'masked';

/** The one table from core's codes to the API's answer; the type makes it complete. */
export const apiErrorOf: Record<ErrorCode, ApiAnswer> = {
  BAD_USER_INPUT: { code: 'BAD_USER_INPUT', status: 400 },
  UNKNOWN_QUESTIONNAIRE: { code: 'BAD_USER_INPUT', status: 400 },
  INVALID_QUESTIONNAIRE: 'masked',
  QUESTIONNAIRE_MISMATCH: { code: 'BAD_USER_INPUT', status: 400 },
  INVALID_ANSWERS: { code: 'INVALID_ANSWERS', status: 400 },
  // The API pairs an assessment with its own previous one: a refusal means the stored data is at fault, not the request.
  PROGRESS_NOT_COMPARABLE: 'masked',
  INCOMPLETE_ASSESSMENT: { code: 'INCOMPLETE_ASSESSMENT', status: 400 },
  ASSESSMENT_NOT_DRAFT: { code: 'ASSESSMENT_NOT_DRAFT', status: 409 },
  STALE_ANSWER: { code: 'STALE_ANSWER', status: 409 },
  INVALID_DATASET: { code: 'INVALID_DATASET', status: 400 },
  INVALID_UTF8: { code: 'INVALID_DATASET', status: 400 },
  INVALID_STORED_RESULT: 'masked',
  RELEASE_REFUSED: { code: 'RELEASE_REFUSED', status: 409 },
  FILE_UNREADABLE: 'masked',
  FILE_UNWRITABLE: 'masked',
  UNAUTHENTICATED: { code: 'UNAUTHENTICATED', status: 401 },
  TOKEN_REFUSED: { code: 'UNAUTHENTICATED', status: 401, graphql: 'request' },
  FORBIDDEN: { code: 'FORBIDDEN', status: 403 },
  NOT_FOUND: { code: 'NOT_FOUND', status: 404 },
  CONFLICT: { code: 'CONFLICT', status: 409 },
  TOKEN_LIMIT_REACHED: { code: 'TOKEN_LIMIT_REACHED', status: 409 },
  DATABASE_UNAVAILABLE: { code: 'DATABASE_UNAVAILABLE', status: 503, graphql: 'retry' },
  DATABASE_BUSY: { code: 'DATABASE_BUSY', status: 503, graphql: 'retry' },
};

export const notFound = (what: string, id: string) =>
  new CrmMaturityError('NOT_FOUND', `${what} ${id} does not exist or is not visible to you`, [{ field: 'id', value: id, message: 'not found' }]);
export const forbidden = (message: string) => new CrmMaturityError('FORBIDDEN', message);
