import { z } from 'zod';
import { answerValueSchema } from '../answers/answer-file-schema';
import { industrySchema, regionSchema, sizeBandSchema } from '../model/profile';
import { questionIdSchema } from '../model/question-schema';

/** A period a response belongs to: a year, or a quarter of one ("2026", "2026-Q3"). */
export const periodSchema = z.string().regex(/^\d{4}(-Q[1-4])?$/, 'a period is a year or a quarter, e.g. "2026" or "2026-Q3"');

/**
 * One anonymized organization in a research response set (a JSON Lines
 * row): its profile, and one combined answer per question. `null` means
 * "not applicable"; a missing question is unanswered. No names: a response
 * set holds no more than cohorts need.
 */
export const responseRowSchema = z.strictObject({
  id: z.string().min(1).max(100),
  synthetic: z.boolean().optional(),
  industry: industrySchema,
  sizeBand: sizeBandSchema,
  region: regionSchema,
  period: periodSchema,
  questionnaire: z.strictObject({ id: z.string().min(1), version: z.string().regex(/^\d+\.\d+\.\d+$/) }),
  /** A survey weight: how many organizations of the population this row stands for. */
  weight: z.number().positive().finite().optional(),
  answers: z.record(questionIdSchema, answerValueSchema.nullable()),
});
export type ResponseRow = z.infer<typeof responseRowSchema>;

/** The profile fields cohorts are cut by, in a fixed order. */
export const profileFields = ['industry', 'sizeBand', 'region', 'period'] as const;
export type ProfileField = (typeof profileFields)[number];
