import type { Progress, ScoreChange } from '@crm-maturity/core';
import { formatGain, formatScore } from '../format-numbers';
import type { Cell, ReportCanvas } from '../report-canvas';
import type { ReportInput } from '../report-input';
import { colors, contentWidth, fonts, levelColors, page, sizes } from '../theme';

/** Change since the earlier assessment per dimension and overall, and how much of the way to the target level is covered. */
export function progressPage(canvas: ReportCanvas, input: ReportInput, progress: Progress): void {
  canvas.newPage();
  canvas.heading('Progress since the previous assessment');
  const target = progress.overall.target;
  canvas.paragraph(
    `The overall index moved from ${formatScore(progress.overall.from)} (${progress.overall.fromLevel.name}) to ${formatScore(progress.overall.to)} (${progress.overall.toLevel.name}), ` +
      `${formatGain(progress.overall.delta)} points. ` +
      (target.reached
        ? `It has reached the target level, ${target.level.name} (${target.minScore}).`
        : `It has covered ${Math.round(target.percentOfWay)}% of the way to ${target.level.name} (${target.minScore}); ${formatScore(target.remaining)} points remain.`),
    { size: 10.5, lineGap: 2 },
  );
  if (!progress.comparable) canvas.notice(`Not like for like: ${progress.note ?? 'the two assessments used different questionnaire versions'}.`);

  const rows = [...progress.dimensions.map((d) => ({ name: d.name, change: d })), { name: 'Overall', change: progress.overall }];
  const columns = [
    { header: 'Measure', width: 80 },
    { header: 'Before', width: 80 },
    { header: 'Now', width: 80 },
    { header: 'Change', width: 45, align: 'right' as const },
    { header: `Of the way to ${target.level.name} (${target.minScore})`, width: contentWidth - 285 },
  ];
  canvas.table(
    columns,
    rows.map(({ name, change }): Cell[] => [
      { text: name, font: fonts.bold },
      { text: `${formatScore(change.from)} ${change.fromLevel.name}`, color: levelColors[change.fromLevel.id] },
      { text: `${formatScore(change.to)} ${change.toLevel.name}`, color: levelColors[change.toLevel.id] },
      { text: formatGain(change.delta), font: fonts.bold, color: change.delta < 0 ? colors.warning : colors.accent },
      wayText(change),
    ]),
  );
  // Bars for the share of the way, drawn beside the table's numbers.
  canvas.subheading('Share of the way to the target level', 30 + rows.length * 18);
  for (const { name, change } of rows) {
    const y = canvas.y;
    canvas.textAt(name, page.margin, y, { size: sizes.small, font: fonts.bold });
    const x = page.margin + 80;
    const width = contentWidth - 130;
    canvas.doc.rect(x, y, width, 9).fill(colors.panel);
    canvas.doc.rect(x, y, (width * change.target.percentOfWay) / 100, 9).fill(change.target.reached ? levelColors[change.target.level.id] : colors.accent);
    canvas.textAt(`${Math.round(change.target.percentOfWay)}%`, x + width + 6, y, { size: sizes.small });
    canvas.y += 18;
  }
  canvas.paragraph(
    'Of the way: the share of the distance from the earlier score to the target level that has been covered (100% once the target is reached; 0% for no gain or a loss).',
    { size: sizes.small, color: colors.muted },
  );
}

function wayText(change: ScoreChange): string {
  if (change.target.reached) return 'reached';
  return `${Math.round(change.target.percentOfWay)}%, ${formatScore(change.target.remaining)} points to go`;
}
