/**
 * Every problem core reports, as one list of stable codes. Callers (CLI,
 * API) switch on `code`; `message` is for people and names the place and
 * the value at fault.
 */
export const issueCodes = [
  'INVALID_FILE',
  'QUESTIONNAIRE_MISMATCH',
  'UNKNOWN_QUESTION',
  'WRONG_TYPE',
  'UNKNOWN_OPTION',
  'DUPLICATE_OPTION',
  'EXCLUSIVE_OPTION_CONFLICT',
  'UNKNOWN_ROW',
  'MISSING_ROW',
  'OUT_OF_RANGE',
  'NOT_WHOLE_NUMBER',
  'NOT_APPLICABLE_NOT_ALLOWED',
  'MISSING_REQUIRED',
  'DUPLICATE_RESPONDENT',
  /** Two answers contradict each other; the issue names both questions. */
  'INCONSISTENT_ANSWERS',
] as const;
export type IssueCode = (typeof issueCodes)[number];

export type Issue = {
  code: IssueCode;
  message: string;
  /** Where in the input the problem is, as a JSON path. */
  path: (string | number)[];
  questionId?: string;
  /** The other question of an `INCONSISTENT_ANSWERS` pair. */
  relatedQuestionId?: string;
  respondentId?: string;
  /** The offending value, when there is one. */
  value?: unknown;
  /** The file the problem is in, when the input came from files. */
  file?: string;
};

/** Renders a value for a message: short, and unambiguous about its type. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    // Nested too deeply for the stack (jsonShapeProblem reports where).
    return Array.isArray(value) ? 'a deeply nested list' : 'a deeply nested value';
  }
  if (text === undefined) return String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function formatPath(path: readonly (string | number | symbol)[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}
