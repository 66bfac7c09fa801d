import { cohortBand } from '../cohort-band';
import { formatScore } from '../format-numbers';
import { drawRadarChart } from '../radar-chart';
import type { ReportCanvas } from '../report-canvas';
import type { ReportInput } from '../report-input';
import { colors, contentWidth, fonts, page, sizes } from '../theme';

/** Where the radar is drawn; tests look for ink inside this box. */
export const radarBox = { x: page.margin, y: 110, width: contentWidth, height: 430 } as const;

/** The radar chart of the four dimensions, its legend, and the numbers it draws. */
export function radarPage(canvas: ReportCanvas, input: ReportInput): void {
  const { result, questionnaire, comparison } = input;
  canvas.newPage();
  canvas.heading('The four dimensions at a glance');
  const band = cohortBand(comparison, result.dimensions.map((d) => d.id));
  canvas.paragraph(
    band
      ? `The blue shape is the organization; the grey ring is the middle half of the cohort (${comparison!.status === 'released' ? comparison!.cohort.label : ''}, first to third quartile) and the dashed line its median. Rings mark where each level starts.`
      : comparison?.status === 'unavailable'
        ? 'The blue shape is the organization; rings mark where each level starts. No benchmark figures are published for the cohort, so no cohort band is drawn.'
        : comparison?.status === 'released'
          ? 'The blue shape is the organization; rings mark where each level starts. The cohort is too small for published quartiles, so no cohort band is drawn.'
        : 'The blue shape is the organization; rings mark where each level starts. No cohort was given, so no cohort band is drawn.',
    { size: sizes.body, color: colors.muted },
  );
  const center = { x: page.width / 2, y: radarBox.y + radarBox.height / 2 + 10 };
  drawRadarChart(canvas, center, 150, result.dimensions.map((d) => ({ name: d.name, score: d.score })), questionnaire.levels, band);
  canvas.y = radarBox.y + radarBox.height + 24;

  legend(canvas, band !== null);
  canvas.table(
    [
      { header: 'Dimension', width: 150 },
      { header: 'Organization', width: 80, align: 'right' },
      ...(band
        ? [
            { header: 'Cohort Q1', width: 80, align: 'right' as const },
            { header: 'Cohort median', width: 90, align: 'right' as const },
            { header: 'Cohort Q3', width: 80, align: 'right' as const },
          ]
        : []),
    ],
    result.dimensions.map((d, i) => [
      d.name,
      formatScore(d.score),
      ...(band ? [formatScore(band[i]!.q1), formatScore(band[i]!.median), formatScore(band[i]!.q3)] : []),
    ]),
  );
}

function legend(canvas: ReportCanvas, withCohort: boolean): void {
  const { doc } = canvas;
  let x = page.margin;
  const y = canvas.y;
  const item = (draw: () => void, label: string) => {
    draw();
    canvas.textAt(label, x + 22, y - 1, { size: sizes.small, color: colors.ink });
    canvas.style({ size: sizes.small });
    x += 34 + doc.widthOfString(label);
  };
  item(() => doc.rect(x, y, 16, 7).fill(colors.accent), 'Organization');
  if (withCohort) {
    item(() => doc.rect(x, y, 16, 7).fill(colors.band), 'Cohort Q1 to Q3');
    item(() => {
      doc.save().moveTo(x, y + 3.5).lineTo(x + 16, y + 3.5).lineWidth(1.2).dash(4, { space: 3 }).strokeColor(colors.cohort).stroke().restore();
    }, 'Cohort median');
  }
  canvas.textAt('Scores 0-100', page.margin + contentWidth - 80, y - 1, { size: sizes.small, font: fonts.italic, color: colors.muted, width: 80, align: 'right' });
  canvas.y = y + 18;
}
