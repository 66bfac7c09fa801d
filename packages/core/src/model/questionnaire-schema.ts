import { z } from 'zod';
import { optionSchema, questionSchema, type Question } from './question-schema';

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
 * How dimension scores combine into the overall index.
 * `weighted_mean`: the dimension weights average the four scores.
 * `weakest_link`: the overall index is the lowest dimension score.
 */
export const overallRuleSchema = z.strictObject({
  rule: z.enum(['weighted_mean', 'weakest_link']),
});

export const respondentRuleSchema = z.strictObject({
  /** How several respondents' answers to one question combine: the mean of their earned fractions. */
  combine: z.literal('mean_fraction'),
  /** A question is flagged when respondents' fractions differ by at least this much (0-1). */
  disagreementThreshold: z.number().gt(0).max(1),
});

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
