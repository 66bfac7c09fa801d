import {
  buildRoadmap,
  compareWithPublished,
  measureProgress,
  type AssessmentResult,
  type CohortComparison,
  type LevelId,
  type Questionnaire,
} from '@crm-maturity/core';
import type { ReportInput } from './report-input';

/**
 * The usual report input from a scored result: the overall roadmap and one
 * per dimension (to `targetLevel` when given, else each to its next level),
 * the published figures, progress since `previous` when given, and the
 * cohort comparison as computed by the caller.
 *
 * @example
 * const input = assembleReportInput(questionnaire, result, { generatedAt: new Date('2026-11-23') });
 * input.roadmaps.map((r) => r.scope) // => ['overall', 'people', 'process', 'information', 'technology']
 */
export function assembleReportInput(
  questionnaire: Questionnaire,
  result: AssessmentResult,
  options: {
    generatedAt: Date;
    comparison?: CohortComparison | undefined;
    previous?: AssessmentResult | undefined;
    targetLevel?: LevelId | undefined;
    organizationName?: string | undefined;
    author?: string | undefined;
  },
): ReportInput {
  const target = options.targetLevel ? { targetLevel: options.targetLevel } : {};
  const roadmaps = (['overall', ...questionnaire.dimensions.map((d) => d.id)] as const).map((scope) =>
    buildRoadmap(questionnaire, result, { scope, ...target }),
  );
  return {
    questionnaire,
    result,
    roadmaps,
    published: compareWithPublished(questionnaire, result),
    ...(options.comparison ? { comparison: options.comparison } : {}),
    ...(options.previous ? { progress: measureProgress(questionnaire, options.previous, result, target) } : {}),
    organizationName: options.organizationName ?? result.organization.name,
    generatedAt: options.generatedAt,
    ...(options.author ? { author: options.author } : {}),
  };
}
