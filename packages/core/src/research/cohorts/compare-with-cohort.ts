import type { Questionnaire } from '../../model/questionnaire-schema';
import type { AssessmentResult } from '../../scoring/result-types';
import { compareWithRelease, unavailableComparison, type CohortComparison } from '../release/compare-with-release';
import { releasedSummary } from '../release/released-summary';
import type { ScoredResponseSet } from '../score-response-set';
import { describeCohortFilter, type CohortFilter } from './cohort-filter';
import { checkMinimumSize, defaultMinimumSize } from './disclosure-control';
import { selectRows } from './select-rows';

export type { CohortComparison, MeasureComparison, QuestionComparison } from '../release/compare-with-release';

/**
 * An organization's result next to a cohort of a response set chosen by a
 * filter (the CLI's `compare --cohort`), in released form: the cohort is
 * summarized as a release would publish it (`releasedSummary`), so the
 * comparison shows no individual organization's score, and a cohort below
 * the minimum size gives the same answer as one that is empty.
 */
export function compareWithCohort(
  questionnaire: Questionnaire,
  result: AssessmentResult,
  scored: ScoredResponseSet,
  filter: CohortFilter,
  options: { minSize?: number; gapCount?: number; percentiles?: boolean } = {},
): CohortComparison {
  const minSize = options.minSize ?? defaultMinimumSize;
  checkMinimumSize(minSize);
  const label = describeCohortFilter(filter);
  const rows = selectRows(scored.set, filter);
  if (rows.length < minSize) return unavailableComparison(questionnaire, result, label, minSize);
  let synthetic = false;
  for (const row of rows) if (scored.set.synthetic[row]) synthetic = true;
  const summary = releasedSummary(scored, rows, minSize, { questions: true });
  return compareWithRelease(questionnaire, result, { label, summary, minSize, synthetic }, options);
}
