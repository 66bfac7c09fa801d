/**
 * Every expected failure of crm-maturity, in one closed list, each with what
 * it means. Core, the questionnaire loader, the CLI and the API throw
 * `CrmMaturityError` with one of these codes; the CLI's exit code and the
 * API's `extensions.code` and HTTP status are looked up from the code, each
 * in one table the compiler checks is complete (`exitCodeOf` in
 * packages/cli/src/exit-codes.ts, `apiErrorOf` in packages/api/src/errors.ts).
 * A thrown value that is not a CrmMaturityError is a bug: the CLI reports it
 * as an internal error, the API masks it as "Unexpected error.".
 *
 * The table in packages/core/README.md ("Errors") is checked against these
 * meanings and both lookup tables by test/error-codes.test.ts.
 */
export const errorCodeMeanings = {
  BAD_USER_INPUT: 'an argument or option is malformed or not allowed: a command-line option, a GraphQL argument, a query parameter',
  UNKNOWN_QUESTIONNAIRE: 'no questionnaire of that id and version is available',
  INVALID_QUESTIONNAIRE: 'a questionnaire folder does not load; the details name each file, path and problem',
  QUESTIONNAIRE_MISMATCH: 'inputs that must share a questionnaire version do not (an answer file and the cohort it is compared with)',
  INVALID_ANSWERS: 'answers do not validate against their questionnaire; the details are the problems, with question id, path and value',
  PROGRESS_NOT_COMPARABLE: 'two results are not of one organization, or the earlier one is dated after the later; the details name the fields',
  INCOMPLETE_ASSESSMENT: 'a submission lacks a respondent or answers to required questions',
  ASSESSMENT_NOT_DRAFT: 'the assessment is submitted; its answers can no longer change',
  STALE_ANSWER: 'an answer changed since the caller read it',
  INVALID_DATASET: 'a response set holds invalid rows, or no row at all; the details name the lines',
  INVALID_UTF8: 'input bytes are not UTF-8; the details give the line and the byte offset',
  INVALID_STORED_RESULT: 'a stored result does not read back through its schema and format, or an old one does not re-score to what was stored',
  RELEASE_REFUSED: 'a benchmark release cannot be published without exposing a small group, or would add nothing new',
  FILE_UNREADABLE: 'a file cannot be read: missing, a directory, or not permitted',
  FILE_UNWRITABLE: 'an output file cannot be written',
  UNAUTHENTICATED: 'the operation needs a signed-in caller and no API token was sent',
  TOKEN_REFUSED: 'the API token sent is malformed, unknown, revoked or expired',
  FORBIDDEN: 'the caller is signed in but may not do this',
  NOT_FOUND: 'the thing named does not exist or is not visible to the caller',
  CONFLICT: 'a value that must be unique is taken, or a concurrent change got there first',
  TOKEN_LIMIT_REACHED: 'the user already holds the most live API tokens allowed',
  DATABASE_UNAVAILABLE: 'the database cannot be reached, is read-only or is full; nothing was changed, retry later',
  DATABASE_BUSY: 'the database is locked or overloaded; nothing was changed, retry',
} as const;

export type ErrorCode = keyof typeof errorCodeMeanings;

/** The codes, in the order of the list above. */
export const errorCodes = Object.keys(errorCodeMeanings) as ErrorCode[];
