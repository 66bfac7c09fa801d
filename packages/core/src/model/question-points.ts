import type { Question } from './question-schema';
import { moduleOf } from '../question-types/registry';
export { bestSelection, bandFor } from '../question-types/choice-helpers';

/** The points the best possible answer earns: the denominator of a question's fraction. */
export function maxPoints(question: Question): number {
  return moduleOf(question).maxPoints(question);
}
