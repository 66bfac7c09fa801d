import { z } from 'zod';
import { answerValueSchema } from '../answers/answer-value-schema';
import { organizationProfileSchema } from '../model/profile';
import { dimensionIdSchema, levelIdSchema } from '../model/questionnaire-schema';
import { questionTypeNames } from '../question-types/registry';

/**
 * The shape of a scored assessment, as a zod schema so that a stored result
 * is read back through it (`readStoredResult`) and the types below cannot
 * drift from what is checked.
 */
export const questionStatusSchema = z.enum(['answered', 'not_applicable', 'unanswered']);
export type QuestionStatus = z.infer<typeof questionStatusSchema>;

export const respondentAnswerScoreSchema = z.strictObject({
  respondentId: z.string(),
  businessUnit: z.string(),
  status: questionStatusSchema,
  /** False when the respondent is not counted (see `rules.respondents`); absent when counted. */
  counted: z.literal(false).optional(),
  value: answerValueSchema.optional(),
  evidence: z.string().optional(),
  earned: z.number().optional(),
  fraction: z.number().optional(),
  explanation: z.string().optional(),
});
export type RespondentAnswerScore = z.infer<typeof respondentAnswerScoreSchema>;

export const questionScoreSchema = z.strictObject({
  questionId: z.string(),
  dimension: dimensionIdSchema,
  topic: z.string(),
  type: z.enum(questionTypeNames as [string, ...string[]]),
  weight: z.number(),
  status: questionStatusSchema,
  /** Points earned (the combined answer's), of `possible`. */
  earned: z.number(),
  possible: z.number(),
  /** 0-1. For "not applicable" this is the credited fraction (see `rules.notApplicable`). */
  fraction: z.number(),
  /** Points this question adds to its dimension's 0-100 score; a dimension's contributions sum to its score. */
  contribution: z.number(),
  explanation: z.string(),
  respondents: z.array(respondentAnswerScoreSchema),
});
export type QuestionScore = Omit<z.infer<typeof questionScoreSchema>, 'type'> & { type: import('../question-types/registry').QuestionType };

export const completionSchema = z.strictObject({
  total: z.number().int(),
  answered: z.number().int(),
  notApplicable: z.number().int(),
  unanswered: z.number().int(),
  requiredUnanswered: z.number().int(),
  /** (answered + notApplicable) / total. */
  ratio: z.number(),
});
export type Completion = z.infer<typeof completionSchema>;

/** Completion of the whole assessment, with what is missing and whether it is enough to compare and plan. */
export const overallCompletionSchema = completionSchema.extend({
  /** The questionnaire's `completion.minimumForResults`. */
  minimumForResults: z.number(),
  /** False below the minimum: percentiles, gaps and a roadmap are then withheld, since unanswered questions count as 0. */
  sufficient: z.boolean(),
  missing: z.array(z.strictObject({ questionId: z.string(), dimension: dimensionIdSchema, topic: z.string(), required: z.boolean() })),
});
export type OverallCompletion = z.infer<typeof overallCompletionSchema>;

/** Why a level is below the level its score reaches. */
export const levelBoundSchema = z.strictObject({
  rule: z.enum(['not_applicable', 'weakest_dimension', 'missing_practice']),
  explanation: z.string(),
});
export type LevelBound = z.infer<typeof levelBoundSchema>;

export const scoreRangeSchema = z.strictObject({ low: z.number(), high: z.number() });
export type ScoreRange = z.infer<typeof scoreRangeSchema>;

export const levelRefSchema = z.strictObject({ id: levelIdSchema, name: z.string() });
export type LevelRef = z.infer<typeof levelRefSchema>;

export const dimensionScoreSchema = z.strictObject({
  id: dimensionIdSchema,
  name: z.string(),
  weight: z.number(),
  score: z.number(),
  level: levelRefSchema,
  /** Empty unless a level rule holds the dimension below its score's level. */
  levelBounds: z.array(levelBoundSchema),
  /** The dimension score with every question at its lowest, and at its highest, voice. */
  range: scoreRangeSchema,
  completion: completionSchema,
  questions: z.array(questionScoreSchema),
});
export type DimensionScore = Omit<z.infer<typeof dimensionScoreSchema>, 'questions'> & { questions: QuestionScore[] };

export const disagreementSchema = z.strictObject({
  questionId: z.string(),
  dimension: dimensionIdSchema,
  topic: z.string(),
  /** Largest minus smallest earned fraction among the voices who answered (0-1). */
  spread: z.number(),
  /** r_wg among the business units (questionnaires that combine by business unit). */
  agreement: z.number().optional(),
  respondents: z.array(z.strictObject({ respondentId: z.string(), businessUnit: z.string(), fraction: z.number(), value: answerValueSchema })),
});
export type Disagreement = z.infer<typeof disagreementSchema>;

export const assessmentResultSchema = z.strictObject({
  questionnaire: z.strictObject({ id: z.string(), version: z.string(), fingerprint: z.string() }),
  organization: organizationProfileSchema,
  assessedAt: z.string().optional(),
  respondents: z.array(
    z.strictObject({ id: z.string(), name: z.string().optional(), businessUnit: z.string(), counted: z.boolean(), completion: z.number(), note: z.string().optional() }),
  ),
  overall: z.strictObject({
    score: z.number(),
    /** The level after the questionnaire's level rules. */
    level: levelRefSchema,
    /** The level the score alone reaches. */
    scoreLevel: levelRefSchema,
    levelBounds: z.array(levelBoundSchema),
    /** The index with every question at its lowest, and at its highest, voice (equal for one voice). */
    range: scoreRangeSchema,
    rule: z.enum(['weighted_mean', 'weakest_link']),
    contributions: z.array(z.strictObject({ dimension: dimensionIdSchema, score: z.number(), weight: z.number(), contribution: z.number() })),
  }),
  dimensions: z.array(dimensionScoreSchema),
  completion: overallCompletionSchema,
  disagreements: z.array(disagreementSchema),
  /** Agreement among the voices (respondents or business units) over the questions at least two of them answered. */
  agreement: z.strictObject({ statistic: z.literal('r_wg'), mean: z.number().nullable(), questions: z.number().int(), voices: z.enum(['respondent', 'business_unit']) }),
  rules: z.strictObject({ unanswered: z.string(), notApplicable: z.string(), respondents: z.string(), overall: z.string(), levels: z.string(), completion: z.string() }),
});
export type AssessmentResult = Omit<z.infer<typeof assessmentResultSchema>, 'dimensions'> & { dimensions: DimensionScore[] };
