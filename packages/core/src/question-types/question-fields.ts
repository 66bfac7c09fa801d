import { z } from 'zod';
import { publishedReferenceSchema } from '../model/reference-schema';

const idPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const questionIdSchema = z
  .string()
  .regex(/^[a-z]+\.[a-z0-9]+(?:-[a-z0-9]+)*$/, 'question ids look like "information.data-sources"');
export const localIdSchema = z.string().regex(idPattern, 'ids are lowercase kebab-case');
export const pointsSchema = z.number().min(0).finite();

export const optionSchema = z.strictObject({
  id: localIdSchema,
  label: z.string().min(1),
  points: pointsSchema,
  /** Selecting it excludes every other option (e.g. "none of these"). */
  exclusive: z.boolean().optional(),
});
export type Option = z.infer<typeof optionSchema>;

/**
 * A scoring band covers numbers from `min` up to the next band's `min`
 * (half-open), so a list of bands has no gaps by construction.
 */
export const bandSchema = z.strictObject({
  min: z.number().finite(),
  points: pointsSchema,
  label: z.string().min(1),
});
export type Band = z.infer<typeof bandSchema>;

/** The fields every question type shares; each type module adds its own. */
export const commonQuestionFields = {
  id: questionIdSchema,
  order: z.number().int().min(1),
  topic: z.string().min(1).max(80),
  text: z.string().min(10),
  help: z.string().min(10),
  weight: z.number().positive().finite().default(1),
  /** Required questions must be answered for an assessment to be submitted. */
  required: z.boolean().default(true),
  allowNotApplicable: z.boolean().default(false),
  /**
   * How several respondents' answers combine (questionnaires from version 2):
   * `fact` — something about the organization that is true or not (a single
   * customer view, the channels offered): settled by the business units'
   * lower median; `judgement` — how well a practice works: the mean over
   * business units. Without it, the questionnaire's respondent rule decides.
   */
  asks: z.enum(['fact', 'judgement']).optional(),
  /** What to do to improve, shown in the roadmap. */
  action: z.string().min(10),
  references: z.array(publishedReferenceSchema).default([]),
};
