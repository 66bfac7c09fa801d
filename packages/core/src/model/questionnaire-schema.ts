import { z } from 'zod';
import { optionSchema, questionSchema, type Question } from './question-schema';
import { answerValueSchema } from '../answers/answer-value-schema';

const localIdSchema = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'ids are lowercase kebab-case');

export const levelIdSchema = z.enum(['tactical', 'advanced', 'strategic', 'innovative']);
export type LevelId = z.infer<typeof levelIdSchema>;

export const levelSchema = z.strictObject({
  id: levelIdSchema,
  name: z.string().min(1),
  /** The lowest score (0-100) that reaches this level. */
  minScore: z.number().min(0).max(100),
  description: z.string().min(10),
});
export type Level = z.infer<typeof levelSchema>;

export const dimensionIdSchema = z.enum(['people', 'process', 'information', 'technology']);
export type DimensionId = z.infer<typeof dimensionIdSchema>;

export const dimensionSchema = z.strictObject({
  id: dimensionIdSchema,
  name: z.string().min(1),
  order: z.number().int().min(1),
  weight: z.number().positive().finite(),
  description: z.string().min(10),
});
export type Dimension = z.infer<typeof dimensionSchema>;

export const scaleSchema = z.strictObject({
  id: localIdSchema,
  description: z.string().min(1),
  options: z.array(optionSchema).min(2),
});
export type Scale = z.infer<typeof scaleSchema>;

/**
 * A practice a level cannot be reached without: the question's combined
 * answer must earn at least what `answer` earns (for example a feedback
 * programme "in place in some business units" for Advanced).
 */
export const levelRequirementSchema = z.strictObject({
  question: z.string().min(1),
  answer: answerValueSchema,
});
export type LevelRequirement = z.infer<typeof levelRequirementSchema>;

/**
 * How dimension scores combine into the overall index.
 * `weighted_mean`: the dimension weights average the four scores.
 * `weakest_link`: the overall index is the lowest dimension score.
 * `level` (from version 2) bounds the overall level so that strength in one
 * dimension cannot hide absence in another.
 */
export const overallRuleSchema = z.strictObject({
  rule: z.enum(['weighted_mean', 'weakest_link']),
  level: z
    .strictObject({
      /** The overall level is at most this many levels above the weakest dimension's level. */
      maxAboveWeakestDimension: z.number().int().min(0).max(3).optional(),
      /** Per level id, the practices that define it; a level is reached only with all of them (and those of the levels below). */
      requires: z.partialRecord(levelIdSchema, z.array(levelRequirementSchema).min(1)).default({}),
    })
    .optional(),
});
export type OverallRule = z.infer<typeof overallRuleSchema>;

/**
 * `drop_out` (version 1): a "not applicable" question leaves its dimension.
 * `never_lifts_level` (from version 2): it still leaves the score, but no
 * level is higher than answering the worst option there would give.
 */
export const notApplicableRuleSchema = z.enum(['drop_out', 'never_lifts_level']);

export const respondentRuleSchema = z.strictObject({
  /**
   * How several respondents' answers to one question combine.
   * `mean_fraction` (version 1): the mean of their earned fractions.
   * `by_business_unit` (from version 2): respondents are grouped by business
   * unit, a unit counts once with its most cautious answer, facts take the
   * units' lower median and judgements the units' mean.
   */
  combine: z.enum(['mean_fraction', 'by_business_unit']),
  /** A question is flagged when respondents' fractions differ by at least this much (0-1). */
  disagreementThreshold: z.number().gt(0).max(1),
  /** On answer scales with at most this many answers, any difference between units is flagged (one step on a four-point scale matters). */
  flagAnyDifferenceUpTo: z.number().int().min(2).optional(),
  /** A respondent who answered less than this share of the questions is not counted while another respondent reached it. */
  minimumCompletion: z.number().min(0).max(1).optional(),
});

/** Below `minimumForResults` of the questions answered, a result carries completion and what is missing, but no percentiles, gaps or roadmap. */
export const completionRuleSchema = z.strictObject({
  minimumForResults: z.number().gt(0).max(1),
});
export type CompletionRule = z.infer<typeof completionRuleSchema>;

/** The completion rule of a questionnaire that states none (version 1). */
export const defaultCompletionRule: CompletionRule = { minimumForResults: 0.8 };

/** questionnaire.yaml: everything about a version except the questions. */
export const questionnaireManifestSchema = z.strictObject({
  id: localIdSchema,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'versions are semantic, e.g. "1.0.0"'),
  title: z.string().min(1),
  description: z.string().min(10),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'published is a date, YYYY-MM-DD'),
  levels: z.array(levelSchema).length(4),
  dimensions: z.array(dimensionSchema).length(4),
  overall: overallRuleSchema,
  respondents: respondentRuleSchema,
  /** Absent: `drop_out`, the version-1 rule (absent, not defaulted, so a v1 questionnaire's content and fingerprint stay as published). */
  notApplicable: notApplicableRuleSchema.optional(),
  /** Absent: `defaultCompletionRule`. */
  completion: completionRuleSchema.optional(),
  scales: z.array(scaleSchema).default([]),
});
export type QuestionnaireManifest = z.infer<typeof questionnaireManifestSchema>;

/** questions/<dimension>.yaml: one dimension's questions. */
export const questionFileSchema = z.strictObject({
  questionnaire: localIdSchema,
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  dimension: dimensionIdSchema,
  questions: z.array(questionSchema).min(1),
});
export type QuestionFile = z.infer<typeof questionFileSchema>;

/** A whole questionnaire version as core uses it: the manifest plus every question with its dimension. */
export type QuestionnaireQuestion = Question & { dimension: DimensionId };
export type Questionnaire = Omit<QuestionnaireManifest, 'scales'> & {
  scales: QuestionnaireManifest['scales'];
  questions: QuestionnaireQuestion[];
};
