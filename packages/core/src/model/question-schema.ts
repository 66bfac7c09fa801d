import { z } from 'zod';
import { publishedReferenceSchema } from './reference-schema';

const idPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const questionIdSchema = z
  .string()
  .regex(/^[a-z]+\.[a-z0-9]+(?:-[a-z0-9]+)*$/, 'question ids look like "information.data-sources"');
const localIdSchema = z.string().regex(idPattern, 'ids are lowercase kebab-case');
const pointsSchema = z.number().min(0).finite();

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

const commonFields = {
  id: questionIdSchema,
  order: z.number().int().min(1),
  topic: z.string().min(1).max(80),
  text: z.string().min(10),
  help: z.string().min(10),
  /**
   * 0 means recorded and benchmarked (answers, cohort figures, published
   * comparisons) but not scored: the question adds nothing to its dimension.
   */
  weight: z.number().min(0).finite().default(1),
  /** Required questions must be answered for an assessment to be submitted. */
  required: z.boolean().default(true),
  allowNotApplicable: z.boolean().default(false),
  /** What to do to improve, shown in the roadmap. */
  action: z.string().min(10),
  references: z.array(publishedReferenceSchema).default([]),
};

export const yesNoQuestionSchema = z.strictObject({
  ...commonFields,
  type: z.literal('yes_no'),
  points: z.strictObject({ yes: pointsSchema, no: pointsSchema }).default({ yes: 1, no: 0 }),
});

export const singleChoiceQuestionSchema = z.strictObject({
  ...commonFields,
  type: z.literal('single_choice'),
  /** Either inline options or the id of a shared scale in questionnaire.yaml. */
  options: z.array(optionSchema).min(2).optional(),
  scale: localIdSchema.optional(),
});

export const multipleChoiceQuestionSchema = z.strictObject({
  ...commonFields,
  type: z.literal('multiple_choice'),
  options: z.array(optionSchema).min(2),
  /** Points stop counting at this cap, so breadth beyond it earns nothing more. */
  maxPoints: pointsSchema.positive().optional(),
});

export const countQuestionSchema = z.strictObject({
  ...commonFields,
  type: z.literal('count'),
  unit: z.string().min(1),
  min: z.number().int().default(0),
  max: z.number().int().optional(),
  bands: z.array(bandSchema).min(2),
});

export const percentageQuestionSchema = z.strictObject({
  ...commonFields,
  type: z.literal('percentage'),
  bands: z.array(bandSchema).min(2),
});

export const gridRowSchema = z.strictObject({
  id: localIdSchema,
  label: z.string().min(1),
  /** A grouping for display, e.g. the channel spectrum of physical, remote human, automated. */
  group: z.string().optional(),
});

export const gridQuestionSchema = z.strictObject({
  ...commonFields,
  type: z.literal('grid'),
  rows: z.array(gridRowSchema).min(2),
  columns: z.array(optionSchema).min(2),
});

export const questionSchema = z.discriminatedUnion('type', [
  yesNoQuestionSchema,
  singleChoiceQuestionSchema,
  multipleChoiceQuestionSchema,
  countQuestionSchema,
  percentageQuestionSchema,
  gridQuestionSchema,
]);
export type QuestionInput = z.input<typeof questionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type YesNoQuestion = z.infer<typeof yesNoQuestionSchema>;
export type SingleChoiceQuestion = z.infer<typeof singleChoiceQuestionSchema>;
export type MultipleChoiceQuestion = z.infer<typeof multipleChoiceQuestionSchema>;
export type CountQuestion = z.infer<typeof countQuestionSchema>;
export type PercentageQuestion = z.infer<typeof percentageQuestionSchema>;
export type GridQuestion = z.infer<typeof gridQuestionSchema>;
