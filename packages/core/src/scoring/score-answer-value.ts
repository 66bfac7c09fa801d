import type { QuestionnaireQuestion } from '../model/questionnaire-schema';
import type { AnswerValue } from '../answers/answer-file-schema';
import { moduleOf } from '../question-types/registry';
export { formatPoints } from '../question-types/question-type';

export type ValueScore = {
  earned: number;
  possible: number;
  /** earned / possible, 0-1. */
  fraction: number;
  /** One line a person can check: what the answer was and why it earned what it did. */
  explanation: string;
};

/**
 * Scores one validated answer value. Values are assumed valid (see
 * `checkAnswerValue`); an option the question does not have earns 0.
 *
 * @example
 * scoreAnswerValue(dataSourcesQuestion, 3).explanation
 * // => '3 is in band "3 to 4": 2 of 4 points'
 */
export function scoreAnswerValue(question: QuestionnaireQuestion, value: AnswerValue): ValueScore {
  const { earned, possible, explanation } = moduleOf(question).points(question, value);
  return { earned, possible, fraction: possible > 0 ? Math.min(1, earned / possible) : 0, explanation };
}
