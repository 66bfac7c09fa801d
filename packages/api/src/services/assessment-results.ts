import {
  compareWithRelease,
  describeCohortFilter,
  readStoredResult,
  unavailableComparison,
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
    // Through the stored-result schema: format 1 (before formats) is upgraded by re-scoring, checked against what was stored.
    return readStoredResult(stored.result, questionnaireVersion);
  }
  return draftResult(context.db, assessment.id);
}

/**
 * An assessment against a cohort of the latest exact release published for
 * its questionnaire version (or the release numbered `release`): released, or
 * unavailable — one answer alike for a withheld cell, a cell the release
 * does not have and no release at all — with the published research
 * figures always included. Percentile ranks are given for submitted
 * assessments only, so that draft answers cannot be used to probe where
 * the cohort's organizations stand.
 */
export async function cohortComparisonOf(
  context: Pick<Context, 'db' | 'releases'>,
  assessment: { id: string; status: string; questionnaireId: string; questionnaireVersion: string },
  filter: CohortFilter,
  result?: AssessmentResult,
  release?: number | null,
): Promise<CohortComparison> {
  const questionnaire = questionnaireVersion(assessment.questionnaireId, assessment.questionnaireVersion);
  const scored = result ?? (await resultOf(context, assessment));
  // Comparisons need the bands of an exact release; a noised release publishes means only.
  const found = await context.releases.find(questionnaire, release, release == null ? 'EXACT' : undefined);
  const label = describeCohortFilter(filter);
  const cell = found ? planCell(found.content, filter) : undefined;
  if (!found || cell?.status !== 'released') return unavailableComparison(questionnaire, scored, label, found?.content.minSize ?? 5);
  return compareWithRelease(
    questionnaire,
    scored,
    { label, summary: cell.summary, minSize: found.content.minSize, synthetic: found.record.synthetic, release: found.record.version },
    { percentiles: assessment.status === 'SUBMITTED' },
  );
}
