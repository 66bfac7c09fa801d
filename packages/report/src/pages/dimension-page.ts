import type { DimensionScore, PublishedComparison, QuestionScore } from '@crm-maturity/core';
import { publishedFigureText, referenceSourceShortText } from '@crm-maturity/core';
import { cohortBand } from '../cohort-band';
import { formatCount, formatGain, formatPercentile, formatScore, formatShare } from '../format-numbers';
import type { Cell, ReportCanvas } from '../report-canvas';
import type { ReportInput } from '../report-input';
import { drawScoreBar } from '../score-bar';
import { withheldNotice } from '../withheld-notice';
import { colors, contentWidth, fonts, levelColors, page, sizes } from '../theme';

/**
 * One dimension: its score and level, its percentile in the cohort (or the
 * unavailable notice), each question against the cohort median, the
 * questions on which the respondents disagreed, and then, apart from the
 * cohort, the published research figures.
 */
export function dimensionPage(canvas: ReportCanvas, input: ReportInput, dimension: DimensionScore): void {
  const { questionnaire, comparison } = input;
  const definition = questionnaire.dimensions.find((d) => d.id === dimension.id)!;
  canvas.newPage();
  canvas.heading(dimension.name, { after: 2 });
  canvas.paragraph(definition.description, { size: sizes.body, color: colors.muted, after: 10 });

  const top = canvas.y;
  canvas.textAt(formatScore(dimension.score), page.margin, top, { size: 30, font: fonts.bold, color: levelColors[dimension.level.id] });
  canvas.style({ size: 30, font: fonts.bold });
  const width = canvas.doc.widthOfString(formatScore(dimension.score));
  canvas.textAt('/ 100', page.margin + width + 6, top + 14, { size: sizes.body, color: colors.muted });
  canvas.chip(dimension.level.name, page.margin + width + 40, top + 11, levelColors[dimension.level.id], sizes.body);
  const band = cohortBand(comparison, [dimension.id])?.[0] ?? null;
  drawScoreBar(canvas, { x: page.margin + 200, y: top + 8, width: contentWidth - 200, height: 12 }, dimension.score, questionnaire.levels, band);
  canvas.y = top + 42;
  if (dimension.completion.unanswered > 0) {
    canvas.paragraph(
      `${dimension.completion.unanswered} of ${dimension.completion.total} questions unanswered; they count as 0 points.`,
      { size: sizes.small, color: colors.warning },
    );
  }

  const questions = dimension.questions;
  if (comparison?.status === 'released') {
    const measure = comparison.measures.find((m) => m.id === dimension.id)!;
    const rank = measure.percentile
      ? `Percentile ${formatPercentile(measure.percentile)}: about ${measure.percentile.rank}% of the cohort score below this organization (the band of peers it falls in, in brackets), `
      : 'Percentile ranks are given once the assessment is submitted; ';
    const quartiles = measure.cohortQuartiles
      ? `Cohort quartiles: ${formatScore(measure.cohortQuartiles[0])} / ${formatScore(measure.cohortQuartiles[1])} / ${formatScore(measure.cohortQuartiles[2])}.`
      : `Cohort mean ${formatScore(measure.cohortMean)}; the cohort is too small for published quartiles.`;
    canvas.notice(
      `${rank}among ${formatCount(comparison.cohort.n)} organizations (cohort ${comparison.cohort.label}${comparison.cohort.synthetic ? ', SYNTHETIC data' : ''}). ${quartiles}`,
      colors.cohort,
    );
    const byId = new Map(comparison.questions.map((q) => [q.questionId, q]));
    canvas.subheading('Question by question, against the cohort');
    canvas.table(
      [
        { header: 'Question', width: 220 },
        { header: 'Organization', width: 70, align: 'right' },
        { header: 'Cohort median', width: 70, align: 'right' },
        { header: 'Points to the cohort median', width: contentWidth - 360, align: 'right' },
      ],
      questions.map((q) => {
        const cohort = byId.get(q.questionId)!;
        return [q.topic, ownFraction(q), formatShare(cohort.cohortMedianFraction), cohort.gapToMedian > 0 ? { text: formatGain(cohort.gapToMedian), color: colors.warning, font: fonts.bold } : ''];
      }),
    );
    const cohortFigures = questions.flatMap((q) =>
      (byId.get(q.questionId)?.cohort.references ?? []).filter((r) => r.cohort !== null).map((r) => `${r.statistic === 'share' ? `${Math.round(r.cohort!)}%` : formatScore(r.cohort!)} ${r.finding}`),
    );
    if (cohortFigures.length > 0) {
      canvas.paragraph(`In this cohort: ${cohortFigures.join('; ')}.`, { size: sizes.tiny, color: colors.muted });
    }
  } else {
    if (comparison?.status === 'unavailable') {
      canvas.notice(withheldNotice(comparison.cohort));
    } else {
      canvas.notice('No cohort was given: this page compares the organization with the published research only.', colors.cohort);
    }
    canvas.subheading('Question by question');
    canvas.table(
      [
        { header: 'Question', width: 260 },
        { header: 'Points earned', width: 90, align: 'right' },
        { header: 'Share of the best answer', width: contentWidth - 350, align: 'right' },
      ],
      questions.map((q) => [q.topic, q.status === 'answered' && q.weight > 0 ? `${formatScore(q.earned)} of ${formatScore(q.possible)}` : '', ownFraction(q)]),
    );
  }

  const disagreements = input.result.disagreements.filter((d) => d.dimension === dimension.id);
  if (disagreements.length > 0) {
    canvas.subheading('Where the respondents disagree');
    canvas.table(
      [
        { header: 'Question', width: 170 },
        { header: 'Spread', width: 50, align: 'right' },
        { header: 'Share of the best answer, by respondent', width: contentWidth - 220 },
      ],
      disagreements.map((d) => [d.topic, formatShare(d.spread), d.respondents.map((r) => `${respondentLabel(r)} ${formatShare(r.fraction)}`).join(', ')]),
    );
  } else if (input.result.respondents.length > 1) {
    canvas.paragraph('The respondents agree on every question of this dimension.', { size: sizes.small, color: colors.muted });
  }

  const published = input.published.filter((p) => questions.some((q) => q.questionId === p.questionId) && p.published !== null);
  if (published.length > 0) {
    // A caveat is too long for the table cell: the cell gets a number, the caveat is printed under the table.
    const caveats = [...new Set(published.flatMap((p) => (p.caveat ? [p.caveat] : [])))];
    const mark = (p: PublishedComparison) => (p.caveat ? ` [${caveats.indexOf(p.caveat) + 1}]` : '');
    canvas.subheading('Published research (not the cohort)');
    canvas.table(
      [
        { header: 'Question', width: 95 },
        { header: 'Published research finding', width: 192 },
        { header: 'Source', width: 92 },
        { header: 'This organization', width: contentWidth - 379 },
      ],
      published.map((p, i) => [
        // A question with several figures is named once, on its first row.
        published[i - 1]?.questionId === p.questionId ? '' : topicOf(questions, p.questionId),
        `${publishedFigureText(p)} ${p.finding}${mark(p)}`,
        { text: referenceSourceShortText(p.source), color: colors.published },
        organizationSide(p),
      ]),
    );
    caveats.forEach((caveat, i) => canvas.paragraph(`[${i + 1}] ${caveat}`, { size: sizes.tiny, color: colors.muted }));
  }
}

function ownFraction(q: QuestionScore): Cell {
  if (q.status === 'unanswered') return { text: 'unanswered (0)', color: colors.warning };
  if (q.status === 'not_applicable') return { text: 'not applicable', color: colors.muted };
  // Weight 0: the answer is recorded and compared with the research, but no answer is better than another.
  if (q.weight === 0) return { text: 'not scored', color: colors.muted };
  return formatShare(q.fraction);
}

function topicOf(questions: QuestionScore[], id: string): string {
  return questions.find((q) => q.questionId === id)?.topic ?? id;
}

function organizationSide(p: PublishedComparison): string {
  const { matches, respondentsMatching, respondentsAnswering, value } = p.organization;
  if (respondentsAnswering === 0) return 'not answered';
  if (p.statistic === 'mean') return value === undefined ? 'no value' : Number.isInteger(value) ? String(value) : formatScore(value);
  if (matches === undefined) return 'not comparable';
  const verdict = matches ? 'among them' : 'not among them';
  // With several respondents the verdict is the majority's, and the count shows how split they are.
  return respondentsAnswering > 1 ? `${verdict} (${respondentsMatching} of ${respondentsAnswering})` : verdict;
}

/** A respondent's business unit, with their id when it says something more. */
function respondentLabel(r: { respondentId: string; businessUnit: string }): string {
  return r.respondentId === r.businessUnit ? r.businessUnit : `${r.businessUnit} (${r.respondentId})`;
}
