import type { AnswerValue } from '../answers/answer-file-schema';
import { moduleOf } from '../question-types/registry';
import type { QuestionnaireQuestion } from './questionnaire-schema';
import type { AnswerMatch, PublishedReference } from './reference-schema';

/**
 * Whether an answer is one a published share counts, e.g. whether "3
 * sources of customer data" is among the 45% with a single source.
 *
 * @example
 * answerMatches(dataSources, { equals: 1 }, 3) // => false
 */
export function answerMatches(question: QuestionnaireQuestion, match: AnswerMatch, value: AnswerValue): boolean {
  return moduleOf(question).matches(question, match, value);
}

/**
 * The number a published mean is an average of, for one answer: the count
 * or percentage itself, how many options were chosen, or how many grid rows
 * match (or earn points, without a match).
 */
export function referenceMeasure(question: QuestionnaireQuestion, reference: PublishedReference, value: AnswerValue): number | undefined {
  return moduleOf(question).referenceMeasure(question, reference, value);
}
