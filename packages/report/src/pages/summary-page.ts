import { executiveNarrative } from '../executive-narrative';
import { withheldNotice } from '../withheld-notice';
import { formatPercentile, formatScore, formatShare } from '../format-numbers';
import type { ReportCanvas } from '../report-canvas';
import type { ReportInput } from '../report-input';
import { drawScoreBar } from '../score-bar';
import { colors, contentWidth, fonts, levelColors, page, sizes } from '../theme';

/** Key figures in cards, the generated narrative, and the table of scores. */
export function summaryPage(canvas: ReportCanvas, input: ReportInput): void {
  const { result, questionnaire, comparison } = input;
  canvas.newPage();
  canvas.heading('Executive summary');

  const gap = 8;
  const cardWidth = (contentWidth - 4 * gap) / 5;
  const cards = [{ name: 'Overall', score: result.overall.score, level: result.overall.level }, ...result.dimensions];
  const top = canvas.y;
  cards.forEach((card, i) => {
    const x = page.margin + i * (cardWidth + gap);
    canvas.doc.roundedRect(x, top, cardWidth, 78, 4).fill(i === 0 ? '#e8eef5' : colors.panel);
    canvas.textAt(card.name, x + 8, top + 8, { size: sizes.small, font: fonts.bold, color: colors.muted });
    canvas.textAt(formatScore(card.score), x + 8, top + 20, { size: 20, font: fonts.bold, color: levelColors[card.level.id] });
    canvas.textAt(card.level.name, x + 8, top + 44, { size: sizes.small, font: fonts.bold, color: levelColors[card.level.id] });
    drawScoreBar(canvas, { x: x + 8, y: top + 60, width: cardWidth - 16, height: 7 }, card.score, questionnaire.levels);
  });
  canvas.y = top + 94;

  for (const sentence of executiveNarrative(input)) canvas.paragraph(sentence, { size: 10.5, lineGap: 2.5, after: 7 });

  if (result.completion.unanswered > 0) {
    canvas.notice(
      `Partial assessment: ${result.completion.answered + result.completion.notApplicable} of ${result.completion.total} questions answered (${formatShare(result.completion.ratio)}). ` +
        'Unanswered questions count as 0 points, so every score here is a lower bound.',
    );
  }

  canvas.subheading('Scores and levels');
  const released = comparison?.status === 'released' ? comparison : undefined;
  const percentileOf = (id: string) => {
    const measure = released?.measures.find((m) => m.id === id);
    return measure?.percentile ? formatPercentile(measure.percentile) : '';
  };
  canvas.table(
    [
      { header: 'Dimension', width: 130 },
      { header: 'Score', width: 60, align: 'right' },
      { header: 'Level', width: 90 },
      { header: 'Answered', width: 80, align: 'right' },
      { header: released ? 'Percentile (95% interval)' : '', width: contentWidth - 360, align: 'right' },
    ],
    [
      ...result.dimensions.map((d) => [
        d.name,
        formatScore(d.score),
        { text: d.level.name, color: levelColors[d.level.id], font: fonts.bold },
        `${d.completion.answered + d.completion.notApplicable}/${d.completion.total}`,
        percentileOf(d.id),
      ]),
      [
        { text: 'Overall', font: fonts.bold },
        { text: formatScore(result.overall.score), font: fonts.bold },
        { text: result.overall.level.name, color: levelColors[result.overall.level.id], font: fonts.bold },
        `${result.completion.answered + result.completion.notApplicable}/${result.completion.total}`,
        percentileOf('overall'),
      ],
    ],
  );
  if (comparison?.status === 'unavailable') {
    canvas.paragraph(withheldNotice(comparison.cohort), { size: sizes.small, color: colors.muted });
  }
}
