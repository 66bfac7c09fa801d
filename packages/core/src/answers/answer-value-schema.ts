import { z } from 'zod';

/**
 * The value of one answer. Which shape is right depends on the question's
 * type (checked against the questionnaire by `validateAnswers`):
 * yes_no: boolean; single_choice: option id; multiple_choice: option ids;
 * count and percentage: a number; grid: row id -> column id.
 */
export const answerValueSchema = z.union([
  z.boolean(),
  z.number(),
  z.string(),
  z.array(z.string()),
  z.record(z.string(), z.string()),
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;
