import type { AssessmentResult, CohortComparison, MeasureComparison, PublishedComparison } from '@crm-maturity/core';
import { publishedFigureText } from '@crm-maturity/core';
import { count, percent } from './counts';
import { renderNoteTable } from './note-table';
import { fixed } from './table';

/**
 * An organization against a cohort, as text: its percentile per score with
 * the interval, the largest gaps below the cohort median, and then —
 * separately, and also when the cohort is withheld — the published research
 * figures, which are never mixed with cohort figures.
 */
export function formatComparison(comparison: CohortComparison, result: AssessmentResult, options: { syntheticCohort: boolean }): string {
  const { organization: org } = result;
  const profile = [org.industry, org.sizeBand, org.region].filter(Boolean).join(', ');
  const lines = [`${org.name}${profile ? ` (${profile})` : ''}, ${result.questionnaire.id} ${result.questionnaire.version}`];
  const syntheticLabel = options.syntheticCohort ? ' (SYNTHETIC data: generated organizations, not survey responses)' : '';
  if (comparison.status === 'unavailable') {
    lines.push(
      `Cohort ${comparison.cohort.label}: ${comparison.message} (a cohort needs at least ${comparison.cohort.minSize} organizations).`,
      'No cohort figures are shown for it; a broader --where gives a cohort that can be.',
    );
  } else {
    const { cohort } = comparison;
    lines.push(`Cohort ${cohort.label}: ${count(cohort.n)} organizations${syntheticLabel}`, '', measureTable(comparison.measures));
    lines.push(
      'Percentile: about how much of the cohort scores below you, with the band of peers you fall in (bands hold at least the minimum cohort size). Quartiles are read from those bands, for cohorts large enough to publish them.',
    );
    if (comparison.withheld) lines.push('', `No percentiles or gaps: ${comparison.withheld}.`);
    if (comparison.gaps.length > 0) {
      lines.push(
        '',
        'Largest gaps below the cohort median',
        renderNoteTable(
          ['question', 'topic', 'you', 'cohort median', 'points to gain'],
          ['left', 'left', 'right', 'right', 'right'],
          comparison.gaps.map((gap) => ({
            cells: [gap.questionId, gap.topic, percent(gap.fraction), percent(gap.cohortMedianFraction), `+${fixed(gap.gapToMedian)}`],
          })),
        ),
        'Points to gain: of the question\'s dimension score, by answering as well as the cohort median.',
      );
    }
  }
  lines.push('', ...publishedSection(comparison.published));
  return lines.join('\n');
}

function measureTable(measures: MeasureComparison[]): string {
  // Overall last, as in `score`.
  const ordered = [...measures.filter((m) => m.id !== 'overall'), ...measures.filter((m) => m.id === 'overall')];
  return renderNoteTable(
    ['score', 'you', 'mean', 'q1', 'median', 'q3', 'percentile (band)'],
    ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
    ordered.map((m) => ({
      cells: [
        m.name,
        fixed(m.score),
        fixed(m.cohortMean),
        m.cohortQuartiles ? fixed(m.cohortQuartiles[0]) : '',
        m.cohortMedian === null ? '' : fixed(m.cohortMedian),
        m.cohortQuartiles ? fixed(m.cohortQuartiles[2]) : '',
        m.percentile ? `${m.percentile.rank} (${m.percentile.low}–${m.percentile.high})` : '',
      ],
    })),
  );
}

function publishedSection(published: PublishedComparison[]): string[] {
  const figures = published.filter((p) => p.published !== null);
  const header = 'Against published research (figures from published studies, not from the cohort above)';
  if (figures.length === 0) return [header, 'The questionnaire has no published figures to compare with.'];
  const table = renderNoteTable(
    ['question', 'you', 'source', 'published finding'],
    ['left', 'left', 'left', 'left'],
    figures.map((p) => ({ cells: [p.questionId, organizationSide(p), `${p.source.publisher} ${p.source.year}`, `${publishedFigureText(p)} ${p.finding}`] })),
  );
  const qualitative = published.length - figures.length;
  const lines = [header, table];
  if (qualitative > 0) lines.push(`${qualitative} further published findings have no figure to compare with (--json lists them).`);
  return lines;
}

function organizationSide(p: PublishedComparison): string {
  const { matches, respondentsMatching, respondentsAnswering, value } = p.organization;
  if (respondentsAnswering === 0) return 'not answered';
  if (p.statistic === 'mean') return value === undefined ? 'no value' : Number.isInteger(value) ? String(value) : fixed(value);
  if (matches === undefined) return 'not comparable';
  const verdict = matches ? 'matches' : 'does not match';
  return respondentsAnswering > 1 ? `${verdict} (${respondentsMatching} of ${respondentsAnswering} respondents)` : verdict;
}
