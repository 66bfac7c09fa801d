import { z } from 'zod';
import { count, countQuestionSchema } from './count';
import { grid, gridQuestionSchema } from './grid';
import { multipleChoice, multipleChoiceQuestionSchema } from './multiple-choice';
import { percentage, percentageQuestionSchema } from './percentage';
import type { QuestionTypeModule } from './question-type';
import { singleChoice, singleChoiceQuestionSchema } from './single-choice';
import { yesNo, yesNoQuestionSchema } from './yes-no';

/**
 * Every question type, by its `type`. Registering a module here is the one
 * edit outside the module that a new question type needs: the questionnaire
 * schema, checks, scoring, bulk codes, CSV, distributions and the GraphQL
 * enum are all read from this table.
 */
export const questionSchema = z.discriminatedUnion('type', [
  yesNoQuestionSchema,
  singleChoiceQuestionSchema,
  multipleChoiceQuestionSchema,
  countQuestionSchema,
  percentageQuestionSchema,
  gridQuestionSchema,
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];

type ModuleTable = { [T in QuestionType]: QuestionTypeModule<Extract<Question, { type: T }>> };
export const questionTypes: ModuleTable = {
  yes_no: yesNo,
  single_choice: singleChoice,
  multiple_choice: multipleChoice,
  count,
  percentage,
  grid,
};

/** The question type names, in registration order. */
export const questionTypeNames = Object.keys(questionTypes) as QuestionType[];

/**
 * The module of a question's type, typed for that question. The cast is
 * the one place a question meets its module; every caller stays generic.
 */
export function moduleOf<Q extends Question>(question: Q): QuestionTypeModule<Q> {
  return questionTypes[question.type] as unknown as QuestionTypeModule<Q>;
}
