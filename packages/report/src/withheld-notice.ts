import { formatCount } from './format-numbers';

/**
 * What an unavailable cohort may say: its definition and the rule, never a
 * statistic of it, not even whether it is small or withheld (the release
 * answers alike for a cohort that does not exist).
 */
export function withheldNotice(cohort: { label: string; minSize: number }): string {
  return `No benchmark figures are published for the cohort ${cohort.label}: the benchmark release shows cohorts of at least ${formatCount(cohort.minSize)} organizations whose figures cannot single anyone out. No cohort figures are shown.`;
}
