/**
 * One thing at fault in a failure: a validation problem, a rejected line, a
 * field of a request. Every key but `message` is optional; each says where
 * (path, question, respondent, field, file, line, byte) or what (value,
 * code) when the failure has it.
 */
export type ErrorDetail = {
  message: string;
  /** The problem's own code: an `IssueCode` for a validation problem, or a finer one (e.g. DUPLICATE_ANSWER). */
  code?: string;
  /** Where in the input, as a JSON path. */
  path?: (string | number)[];
  questionId?: string;
  /** The other question of a pair that contradict each other (INCONSISTENT_ANSWERS). */
  relatedQuestionId?: string;
  respondentKey?: string;
  /** The argument or input field at fault. */
  field?: string;
  /** The offending value. */
  value?: unknown;
  file?: string;
  /** 1-based line of a text input. */
  line?: number;
  /** 0-based byte offset in a binary input. */
  byte?: number;
};
