import { formatCount } from './format-numbers';

/** What a withheld cohort may say: its definition and the rule, never a statistic of it, not even its size. */
export function withheldNotice(cohort: { label: string; minSize: number }): string {
  return `Cohort comparison withheld: the cohort ${cohort.label} has fewer than ${formatCount(cohort.minSize)} organizations, the minimum for release. No cohort figures are shown.`;
}
