import type { AnswerValue } from '../answers/answer-file-schema';
import type { QuestionnaireQuestion } from '../model/questionnaire-schema';
import { moduleOf } from '../question-types/registry';
import { scoreAnswerValue } from '../scoring/score-answer-value';

/**
 * Answers in a response set are stored as one number each, so that a
 * million organizations fit in one Float64Array and score in a tight loop:
 * unanswered -> NaN, not applicable -> -1, and otherwise the code the
 * question's type module gives (see `CodeDomain`).
 */
export const UNANSWERED = Number.NaN;
export const NOT_APPLICABLE = -1;

/** Encodes one answer value; `undefined` is unanswered and `null` not applicable. The value must be valid. */
export function encodeAnswer(question: QuestionnaireQuestion, value: AnswerValue | null | undefined): number {
  if (value === undefined) return UNANSWERED;
  if (value === null) return NOT_APPLICABLE;
  return moduleOf(question).encode(question, value);
}

/** The answer value a code stands for: the inverse of `encodeAnswer`. */
export function decodeAnswer(question: QuestionnaireQuestion, code: number): AnswerValue | null | undefined {
  if (Number.isNaN(code)) return undefined;
  if (code === NOT_APPLICABLE) return null;
  return moduleOf(question).decode(question, code);
}

/**
 * The answer category a code falls in, for answer distributions:
 * the option, band or yes/no index (grid and multiple choice have several
 * categories per answer and are counted per row or per option instead).
 */
export function categoryOf(question: QuestionnaireQuestion, code: number): number {
  return moduleOf(question).category(question, code);
}

/** Earned fraction of a code, the slow general way (the reference for the compiled tables). */
export function fractionOfCode(question: QuestionnaireQuestion, code: number): number {
  const value = decodeAnswer(question, code);
  if (value === undefined || value === null) return 0;
  return scoreAnswerValue(question, value).fraction;
}
