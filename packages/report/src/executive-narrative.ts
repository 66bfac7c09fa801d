import { formatCount, formatGain, formatScore, formatShare, ordinal, plural } from './format-numbers';
import type { ReportInput } from './report-input';

/**
 * The executive summary's sentences, written from the numbers alone: the
 * overall level, the strongest and weakest dimension, where the cohort is
 * ahead, how much the respondents disagree, what the published research
 * says, what the next level takes and, for a draft, how complete it is.
 * Cohort and published figures are kept in separate sentences.
 *
 * @example
 * executiveNarrative(input)[0] // => 'Harbourline Mutual Insurance is at the Advanced level overall, with an index of 58.0 out of 100; Strategic starts at 60.'
 */
export function executiveNarrative(input: ReportInput): string[] {
  const { result, questionnaire, comparison, organizationName } = input;
  const sentences: string[] = [];
  const overall = result.overall;
  const levelIndex = questionnaire.levels.findIndex((l) => l.id === overall.level.id);
  const next = questionnaire.levels[levelIndex + 1];
  sentences.push(
    `${organizationName} is at the ${overall.level.name} level overall, with an index of ${formatScore(overall.score)} out of 100` +
      (next ? `; ${next.name} starts at ${next.minScore}.` : ', the highest level of the model.'),
  );

  // A level held below its score is said at once, with the rule and what is missing, so no reader takes the index for the level.
  if (overall.levelBounds.length > 0) {
    sentences.push(`The index alone would reach ${overall.scoreLevel.name}; the level is held at ${overall.level.name}: ${overall.levelBounds.map((b) => b.explanation).join('; ')}.`);
  }
  if (overall.range.high - overall.range.low >= 0.05) {
    const agreement = result.agreement.mean === null ? '' : ` (agreement r_wg ${result.agreement.mean.toFixed(2)})`;
    const whose = result.agreement.voices === 'business_unit' ? 'business unit' : 'respondent';
    sentences.push(`Taking every question at its most and least favourable ${whose}, the index would range from ${formatScore(overall.range.low)} to ${formatScore(overall.range.high)}${agreement}.`);
  }

  const { strongest, weakest } = extremes(result.dimensions);
  if (strongest.score === weakest.score) {
    sentences.push(`All four dimensions score ${formatScore(weakest.score)}, so no dimension holds the others back.`);
  } else {
    sentences.push(
      `${strongest.name} is the strongest dimension (${formatScore(strongest.score)}, ${strongest.level.name}) and ${weakest.name} the weakest ` +
        `(${formatScore(weakest.score)}, ${weakest.level.name}), ${formatScore(strongest.score - weakest.score)} points apart.`,
    );
  }

  if (comparison?.status === 'released') {
    const measure = comparison.measures.find((m) => m.id === 'overall')!;
    const cohort = `the ${formatCount(comparison.cohort.n)} organizations of the cohort (${comparison.cohort.label}${comparison.cohort.synthetic ? ', synthetic data' : ''})`;
    sentences.push(
      measure.percentile
        ? `Among ${cohort}, the overall index is at about the ${ordinal(measure.percentile.rank)} percentile (within the band of peers from ${Math.round(measure.percentile.low)} to ${Math.round(measure.percentile.high)}).`
        : `Among ${cohort}, the mean overall index is ${formatScore(measure.cohortMean)}; a percentile rank is given once the assessment is submitted.`,
    );
    const gaps = comparison.gaps.slice(0, 2);
    if (gaps.length > 0) {
      const named = gaps.map((g) => `${g.topic.toLowerCase()} (${formatGain(g.gapToMedian)} points to the cohort median)`);
      sentences.push(`The largest gaps below the cohort median are ${named.join(' and ')}.`);
    } else {
      sentences.push('No question falls below the cohort median.');
    }
  } else if (comparison?.status === 'unavailable') {
    sentences.push(`No benchmark figures are published for the cohort ${comparison.cohort.label}, so it is compared with published research only.`);
  }

  const respondents = result.respondents.length;
  const disagreements = result.disagreements.length;
  if (respondents === 1) {
    sentences.push('One respondent answered; a second view from another business unit would show whether others see the same picture.');
  } else if (disagreements === 0) {
    sentences.push(`The ${respondents} respondents agree closely on every question.`);
  } else {
    const widest = result.disagreements[0]!;
    sentences.push(
      `The ${respondents} respondents disagree on ${plural(disagreements, 'question')}, most on ${widest.topic.toLowerCase()} ` +
        `(a spread of ${formatShare(widest.spread)} of the points); agreeing on the facts comes before acting on them.`,
    );
  }

  const comparable = input.published.filter((p) => p.statistic === 'share' && p.published !== null && p.organization.matches !== undefined);
  if (comparable.length > 0) {
    const matching = comparable.filter((p) => p.organization.matches).length;
    // The example picked for the sentence is one that needs no caveat; caveated figures are shown with theirs on the dimension pages.
    const plain = comparable.filter((p) => !p.caveat);
    const contrast = plain.find((p) => !p.organization.matches && (p.published ?? 0) >= 40) ?? plain.find((p) => p.organization.matches && (p.published ?? 100) <= 35);
    const source = contrast ? [contrast.source.publisher, contrast.source.year].filter((part) => part !== undefined).join(', ') : '';
    let sentence = `Against the published research, the organization is among those counted by ${matching} of ${comparable.length} published shares`;
    if (contrast) {
      sentence += contrast.organization.matches
        ? `; for instance, only ${contrast.published}% ${contrast.finding} (${source}), and this organization is one of them.`
        : `; for instance, ${contrast.published}% ${contrast.finding} (${source}), but this organization does not.`;
    } else {
      sentence += '.';
    }
    sentences.push(sentence);
  }

  const roadmap = input.roadmaps.find((r) => r.scope === 'overall');
  if (roadmap?.target && roadmap.steps.length > 0) {
    const gain = roadmap.steps.reduce((s, step) => s + step.gain, 0);
    sentences.push(
      `${roadmap.reachable ? 'Reaching' : 'Moving towards'} ${roadmap.target.level.name} takes ${plural(roadmap.steps.length, 'change')} worth ${formatGain(gain)} points, ` +
        `starting with ${roadmap.steps[0]!.topic.toLowerCase()} (${formatGain(roadmap.steps[0]!.gain)}).`,
    );
  }

  const completion = result.completion;
  if (completion.unanswered > 0) {
    sentences.push(
      `This is a partial assessment: ${completion.answered + completion.notApplicable} of ${completion.total} questions are answered (${formatShare(completion.ratio)}); ` +
        `the ${formatCount(completion.unanswered)} unanswered count as 0, so the scores can only rise as it is completed.`,
    );
  }
  return sentences;
}

/** The highest and lowest scoring dimensions; ties go to the earlier dimension. */
export function extremes<T extends { score: number }>(dimensions: T[]): { strongest: T; weakest: T } {
  let strongest = dimensions[0]!;
  let weakest = dimensions[0]!;
  for (const d of dimensions) {
    if (d.score > strongest.score) strongest = d;
    if (d.score < weakest.score) weakest = d;
  }
  return { strongest, weakest };
}
