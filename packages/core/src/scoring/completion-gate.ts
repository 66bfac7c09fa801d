import type { AssessmentResult } from './result-types';

/** Whether a result is complete enough for percentiles, gaps and a roadmap (stored results are upgraded to carry it). */
export function completeEnough(result: Pick<AssessmentResult, 'completion'>): boolean {
  return result.completion.sufficient;
}

/** Why percentiles, gaps and a roadmap are withheld, naming what is missing. */
export function incompleteMessage(result: Pick<AssessmentResult, 'completion'>): string {
  const c = result.completion;
  const done = c.answered + c.notApplicable;
  const missing = c.missing.slice(0, 10).map((m) => m.questionId);
  const more = c.missing.length > missing.length ? ` and ${c.missing.length - missing.length} more` : '';
  return `only ${done} of ${c.total} questions are answered (${Math.round(100 * c.ratio)}%), below the ${Math.round(100 * c.minimumForResults)}% needed for percentiles, gaps and a roadmap; missing: ${missing.join(', ')}${more}`;
}
