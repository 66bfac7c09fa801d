import {
  compareWithCohort,
  compareWithPublished,
  describeCohortFilter,
  type AssessmentResult,
  type CohortComparison,
  type CohortFilter,
} from '@crm-maturity/core';
import type { Context } from '../context';
import { draftResult } from './assessments';
import { questionnaireVersion } from './questionnaires';
import { planCell } from './release-plan';

/** The stored result of a submitted assessment (exactly as scored then), or a draft scored as it stands. */
export async function resultOf(context: Pick<Context, 'db'>, assessment: { id: string; status: string }): Promise<AssessmentResult> {
  if (assessment.status === 'SUBMITTED') {
    const stored = await context.db.storedResult.findUniqueOrThrow({ where: { assessmentId: assessment.id } });
    return JSON.parse(stored.result) as AssessmentResult;
  }
  return draftResult(context.db, assessment.id);
}

/**
 * An assessment against a cohort of the release plan: released, or withheld
 * (a cell withheld by disclosure control, or with too few organizations),
 * the published figures always included.
 */
export async function cohortComparisonOf(
  context: Pick<Context, 'db' | 'cohorts'>,
  assessment: { id: string; status: string; questionnaireId: string; questionnaireVersion: string },
  filter: CohortFilter,
  result?: AssessmentResult,
): Promise<CohortComparison> {
  const questionnaire = questionnaireVersion(assessment.questionnaireId, assessment.questionnaireVersion);
  const scored = result ?? (await resultOf(context, assessment));
  const plan = await context.cohorts.plan(questionnaire);
  const cell = planCell(plan, filter);
  if (!cell || cell.status === 'withheld') {
    return {
      status: 'withheld',
      cohort: { label: describeCohortFilter(filter), minSize: plan.minSize },
      message: cell?.status === 'withheld' ? cell.message : `withheld: fewer than ${plan.minSize} organizations`,
      published: compareWithPublished(questionnaire, scored),
    };
  }
  return compareWithCohort(questionnaire, scored, plan.scored, filter, { minSize: plan.minSize });
}
