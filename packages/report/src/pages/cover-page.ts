import { formatCount, formatDate, formatScore } from '../format-numbers';
import type { ReportCanvas } from '../report-canvas';
import type { ReportInput } from '../report-input';
import { colors, contentWidth, fonts, levelColors, page, sizes } from '../theme';
import { toWinAnsi } from '../win-ansi-text';

/** The tallest the organization's name may be on the cover; longer names shrink, then are cut with an ellipsis. */
const nameBox = 150;

/**
 * The cover: the organization (wrapped, shrunk to fit when long), its
 * profile, the date, the questionnaire version, the overall result, the
 * cohort, and every respondent with their business unit.
 */
export function coverPage(canvas: ReportCanvas, input: ReportInput): void {
  const { doc } = canvas;
  const { result } = input;
  canvas.newPage();
  doc.rect(0, 0, page.width, 150).fill(colors.accent);
  canvas.textAt('CUSTOMER RELATIONSHIP MATURITY REPORT', page.margin, 64, { size: sizes.small + 1, font: fonts.bold, color: '#c7d6e6' });
  canvas.textAt(input.questionnaire.title, page.margin, 82, { size: sizes.subheading, color: '#ffffff' });

  let size = 30;
  for (; size > 14; size -= 2) if (canvas.measure(input.organizationName, { size, font: fonts.bold, width: contentWidth, lineGap: 2 }) <= nameBox) break;
  canvas.style({ size, font: fonts.bold, color: colors.ink });
  const name = canvas.t(input.organizationName);
  const height = Math.min(nameBox, doc.heightOfString(name, { width: contentWidth, lineGap: 2 }));
  doc.text(name, page.margin, 190, { width: contentWidth, lineGap: 2, height: nameBox, ellipsis: true });
  canvas.y = 190 + height + 10;

  const { organization } = result;
  const profile = [organization.industry, organization.sizeBand && `${organization.sizeBand} size band`, organization.region].filter(Boolean).join(' · ');
  if (profile) canvas.paragraph(profile, { size: sizes.subheading, color: colors.muted, after: 4 });
  if (toWinAnsi(input.organizationName).replaced) {
    canvas.paragraph(
      'Some characters of the name are outside the standard PDF fonts this report uses; they are shown transliterated or as "?". ' +
        'The name exactly as given is the document title (File > Properties).',
      { size: sizes.small, font: fonts.italic, color: colors.muted, after: 4 },
    );
  }

  canvas.y = Math.max(canvas.y + 24, 380);
  const level = result.overall.level;
  canvas.textAt('Overall maturity', page.margin, canvas.y, { size: sizes.small, font: fonts.bold, color: colors.muted });
  canvas.textAt(formatScore(result.overall.score), page.margin, canvas.y + 12, { size: 34, font: fonts.bold, color: levelColors[level.id] });
  canvas.style({ size: 34, font: fonts.bold });
  const scoreWidth = doc.widthOfString(formatScore(result.overall.score));
  canvas.textAt('/ 100', page.margin + scoreWidth + 6, canvas.y + 30, { size: sizes.subheading, color: colors.muted });
  canvas.chip(level.name, page.margin + scoreWidth + 46, canvas.y + 27, levelColors[level.id], sizes.subheading);
  canvas.y += 70;

  const rows: [string, string][] = [
    ['Date of this report', formatDate(input.generatedAt)],
    ...(result.assessedAt ? ([['Assessed', result.assessedAt]] as [string, string][]) : []),
    ['Questionnaire', `${input.questionnaire.title}, ${result.questionnaire.id} version ${result.questionnaire.version}`],
    ['Cohort', cohortLine(input)],
    ['Respondents', `${result.respondents.length}`],
    ...(input.author ? ([['Prepared by', input.author]] as [string, string][]) : []),
  ];
  for (const [label, value] of rows) detail(canvas, label, value);
  canvas.y += 4;
  for (const respondent of result.respondents) {
    detail(canvas, '', `${respondent.name ? `${respondent.name}, ` : ''}${respondent.businessUnit} (${respondent.id})`);
  }
  const units = [...new Set(result.respondents.map((r) => r.businessUnit))];
  canvas.y += 4;
  detail(canvas, 'Business units', `${units.length}: ${units.join(', ')}`);
}

function detail(canvas: ReportCanvas, label: string, value: string): void {
  const labelWidth = 120;
  const height = canvas.measure(value, { width: contentWidth - labelWidth });
  canvas.ensureSpace(height);
  if (label) canvas.textAt(label, page.margin, canvas.y, { size: sizes.body, font: fonts.bold, color: colors.muted });
  canvas.textAt(value, page.margin + labelWidth, canvas.y, { size: sizes.body, width: contentWidth - labelWidth });
  canvas.y += height + 4;
}

function cohortLine(input: ReportInput): string {
  const { comparison } = input;
  if (!comparison) return 'none: compared with published research only';
  if (comparison.status === 'unavailable') return `${comparison.cohort.label}: no published figures`;
  return `${comparison.cohort.label}: ${formatCount(comparison.cohort.n)} organizations${comparison.cohort.synthetic ? ' (SYNTHETIC data)' : ''}`;
}
