import { z } from 'zod';
import { organizationProfileSchema } from '../model/profile';
import { questionIdSchema } from '../model/question-schema';
import { displayTextSchema } from '../text/display-text';

export { answerValueSchema, type AnswerValue } from './answer-value-schema';
import { answerValueSchema } from './answer-value-schema';

const evidenceSchema = displayTextSchema({ max: 4000, min: 0, multiline: true }).optional().describe('A note on what the answer rests on');

export const givenAnswerSchema = z.strictObject({ value: answerValueSchema, evidence: evidenceSchema });
export const notApplicableAnswerSchema = z.strictObject({ notApplicable: z.literal(true), evidence: evidenceSchema });
export const answerSchema = z.union([givenAnswerSchema, notApplicableAnswerSchema]);
export type Answer = z.infer<typeof answerSchema>;

export const respondentSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'respondent ids are letters, digits, - and _'),
  name: displayTextSchema({ max: 200, min: 0 }).optional(),
  businessUnit: displayTextSchema({ max: 100 }),
  answers: z.record(questionIdSchema, answerSchema),
});
export type Respondent = z.infer<typeof respondentSchema>;

/** An answer file: one organization's answers, from one or more respondents. */
export const answerFileSchema = z.strictObject({
  $schema: z.string().optional(),
  questionnaire: z.strictObject({
    id: z.string().min(1),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'versions are semantic, e.g. "1.0.0"'),
  }),
  organization: organizationProfileSchema,
  assessedAt: z.iso.date().optional(),
  respondents: z.array(respondentSchema).min(1, 'an answer file needs at least one respondent'),
});
export type AnswerFile = z.infer<typeof answerFileSchema>;

/** The JSON Schema of the answer file, generated from the zod schema so the two never drift. */
export function answerFileJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(answerFileSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
}
