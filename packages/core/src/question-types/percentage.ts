import { z } from 'zod';
import { bandSchema, commonQuestionFields } from './question-fields';
import type { QuestionTypeModule } from './question-type';
import { rangeProblems, wrongType } from './choice-helpers';
import { bandedNumberMethods, checkBands } from './numeric-bands';

export const percentageQuestionSchema = z.strictObject({
  ...commonQuestionFields,
  type: z.literal('percentage'),
  bands: z.array(bandSchema).min(2),
});
export type PercentageQuestion = z.infer<typeof percentageQuestionSchema>;

/** A number from 0 to 100 scored by its band; coded as the number itself. */
export const percentage: QuestionTypeModule<PercentageQuestion> = {
  ...bandedNumberMethods<PercentageQuestion>((value) => `${value}%`),
  type: 'percentage',
  schema: percentageQuestionSchema,
  asks: 'judgement',
  expects: 'a number from 0 to 100',
  checkValue: (_question, value) => (typeof value !== 'number' ? wrongType(percentage.expects, value) : rangeProblems(value, 0, 100)),
  checkDefinition: (question, problem) => checkBands(question.bands, 0, 100, problem),
  matchKinds: ['atLeast', 'atLeast+atMost', 'atMost'],
  codeDomain: (question) => ({ kind: 'numbers', cuts: question.bands.map((b) => b.min) }),
  example: (_question, pick) => pick(1001) / 10,
};
