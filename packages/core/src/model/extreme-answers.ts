import type { AnswerValue } from '../answers/answer-file-schema';
import { moduleOf } from '../question-types/registry';
import type { QuestionnaireQuestion } from './questionnaire-schema';

/** The answer that earns a question's full points: what the roadmap asks for, and what property tests use for "all best". */
export function bestAnswerValue(question: QuestionnaireQuestion): AnswerValue {
  return moduleOf(question).best(question);
}

/** An answer that earns a question's fewest points (a row that applies, for grids with a "not offered" column). */
export function worstAnswerValue(question: QuestionnaireQuestion): AnswerValue {
  return moduleOf(question).worst(question);
}
