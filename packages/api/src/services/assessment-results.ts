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

/** An assessment as resolvers have it: `result` is there when the stored result's JSON was loaded with it (see the `select` of the Assessment fields). */
type AssessmentRow = { id: string; status: string; result?: { result: string } | null };

/**
 * Results already worked out in this request, by assessment id: a query
 * that asks for `result`, `roadmap`, `published` and `comparison` parses
 * the stored JSON (or scores the draft) once, not four times. Keyed by the
 * request's context object, so nothing outlives the request: a draft's
 * answers may change between requests.
 */
const perRequest = new WeakMap<object, Map<string, Promise<AssessmentResult>>>();

/** The stored result of a submitted assessment (exactly as scored then), or a draft scored as it stands; once per request and assessment. */
export function resultOf(context: Pick<Context, 'db'>, assessment: AssessmentRow): Promise<AssessmentResult> {
  let results = perRequest.get(context);
  if (!results) {
    results = new Map();
    perRequest.set(context, results);
  }
  let result = results.get(assessment.id);
  if (!result) {
    result = computeResult(context, assessment);
    results.set(assessment.id, result);
  }
  return result;
}

async function computeResult(context: Pick<Context, 'db'>, assessment: AssessmentRow): Promise<AssessmentResult> {
  if (assessment.status === 'SUBMITTED') {
    const stored = assessment.result?.result ?? (await context.db.storedResult.findUniqueOrThrow({ where: { assessmentId: assessment.id }, select: { result: true } })).result;
    // Through the stored-result schema: format 1 (before formats) is upgraded by re-scoring, checked against what was stored.
    return readStoredResult(stored, questionnaireVersion);
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
