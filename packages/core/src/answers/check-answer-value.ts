import type { QuestionnaireQuestion } from '../model/questionnaire-schema';
import { moduleOf } from '../question-types/registry';
import type { ValueProblem } from '../question-types/question-type';

export type { ValueProblem };

/**
 * Checks one answer value against its question. Returns every problem
 * found (empty when the value is fine); never throws.
 */
export function checkAnswerValue(question: QuestionnaireQuestion, value: unknown): ValueProblem[] {
  return moduleOf(question).checkValue(question, value);
}
