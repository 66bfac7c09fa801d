import { z } from 'zod';
import { countRange } from '../model/count-range';
import { bandSchema, commonQuestionFields } from './question-fields';
import type { QuestionTypeModule } from './question-type';
import { rangeProblems, wrongType } from './choice-helpers';
import { bandedNumberMethods, checkBands } from './numeric-bands';

export const countQuestionSchema = z.strictObject({
  ...commonQuestionFields,
  type: z.literal('count'),
  unit: z.string().min(1),
  min: z.number().int().default(0),
  max: z.number().int().optional(),
  bands: z.array(bandSchema).min(2),
});
export type CountQuestion = z.infer<typeof countQuestionSchema>;

/** A whole number scored by its band; coded as the number itself. */
export const count: QuestionTypeModule<CountQuestion> = {
  ...bandedNumberMethods<CountQuestion>(String),
  type: 'count',
  schema: countQuestionSchema,
  asks: 'fact',
  expects: 'a whole number',
  checkValue: (question, value) => {
    if (typeof value !== 'number') return wrongType(count.expects, value);
    const { min, max } = countRange(question);
    // Infinity (what JSON.parse makes of 1e999) is out of range, not "not a number".
    if (Number.isFinite(value) && !Number.isInteger(value)) return [{ code: 'NOT_WHOLE_NUMBER', message: `expects a whole number from ${min} to ${max}, got ${value}`, value }];
    return rangeProblems(value, min, max);
  },
  checkDefinition: (question, problem) => checkBands(question.bands, question.min, question.max, problem),
  matchKinds: ['equals', 'atLeast', 'atLeast+atMost', 'atMost'],
  codeDomain: (question) => ({ kind: 'integers', low: question.min, clampAt: question.bands[question.bands.length - 1]!.min, cuts: question.bands.map((b) => b.min) }),
  example: (question, pick) => question.min + pick((question.max ?? question.min + 30) - question.min + 1),
};
