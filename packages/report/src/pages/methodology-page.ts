import { defaultMinimumSize, referenceSourceText } from '@crm-maturity/core';
import { formatCount } from '../format-numbers';
import type { ReportCanvas } from '../report-canvas';
import type { ReportInput } from '../report-input';
import { colors, contentWidth, fonts, levelColors, sizes } from '../theme';

/**
 * How the numbers were made: the questionnaire version and fingerprint,
 * the scoring rules as the result records them, the levels and weights,
 * the cohort and its disclosure rule, and the labelling of synthetic data
 * and published research.
 */
export function methodologyPage(canvas: ReportCanvas, input: ReportInput): void {
  const { questionnaire, result, comparison } = input;
  canvas.newPage();
  canvas.heading('Methodology');

  canvas.subheading('Questionnaire');
  canvas.paragraph(
    `${questionnaire.title}, ${result.questionnaire.id} version ${result.questionnaire.version} (published ${questionnaire.published}), ` +
      `${questionnaire.questions.length} questions in ${questionnaire.dimensions.length} dimensions. Fingerprint ${result.questionnaire.fingerprint} ` +
      '(FNV-1a 64 of the version\'s canonical JSON): the same answers under the same version always give the same scores.',
  );
  canvas.table(
    [
      { header: 'Level', width: 80 },
      { header: 'From', width: 40, align: 'right' },
      { header: 'What it looks like', width: contentWidth - 120 },
    ],
    questionnaire.levels.map((l) => [{ text: l.name, font: fonts.bold, color: levelColors[l.id] }, String(l.minScore), l.description]),
    { size: sizes.small },
  );

  canvas.subheading('How scores are computed');
  canvas.paragraph(
    'Each question earns a share of its best possible points (0 to 1). A dimension scores 100 times the weighted mean of its questions\' shares; ' +
      `dimension weights: ${questionnaire.dimensions.map((d) => `${d.name} ${d.weight}`).join(', ')}. The rules recorded with this result:`,
  );
  const rules: [string, string][] = [
    ['Overall index', result.rules.overall],
    ['Unanswered', result.rules.unanswered],
    ['Not applicable', result.rules.notApplicable],
    ['Several respondents', result.rules.respondents],
    ['Levels', result.rules.levels],
    ['Completion', result.rules.completion],
  ];
  canvas.table([{ header: 'Rule', width: 100 }, { header: 'As applied', width: contentWidth - 100 }], rules.map(([name, text]) => [{ text: name, font: fonts.bold }, text]), { size: sizes.small });
  canvas.paragraph(
    `Respondents disagree on a question when the shares they earn differ by at least ${Math.round(questionnaire.respondents.disagreementThreshold * 100)} percentage points` +
      (questionnaire.respondents.flagAnyDifferenceUpTo ? `, or differ at all on a scale of up to ${questionnaire.respondents.flagAnyDifferenceUpTo} answers. ` : '. ') +
      'The roadmap moves, one at a time, the question that adds the most to the score to its best answer until the target level is reached; with a weighted mean this is the smallest set of changes.',
    { size: sizes.small + 0.5 },
  );

  canvas.subheading('Cohort and disclosure');
  if (!comparison) {
    canvas.paragraph('No cohort was chosen for this report, so it shows no percentile and no cohort statistic.', { size: sizes.small + 0.5 });
  } else if (comparison.status === 'unavailable') {
    canvas.paragraph(
      `Cohort chosen: ${comparison.cohort.label}. The benchmark release publishes no figures for it (a release shows only cohorts of at least ${comparison.cohort.minSize} organizations whose figures cannot single anyone out), ` +
        'so this report prints no statistic of it, not even its size.',
      { size: sizes.small + 0.5 },
    );
  } else {
    canvas.paragraph(
      `Cohort: ${comparison.cohort.label}, ${formatCount(comparison.cohort.n)} organizations. A cohort is released only with at least ${comparison.cohort.minSize} organizations ` +
        `(the default minimum is ${defaultMinimumSize}); smaller ones are withheld with no figure at all. ` +
        'A release never shows a single organization\'s score: each score\'s distribution is published as bands of at least the minimum number of organizations, and quartiles are read from those bands, only for cohorts large enough that at least the minimum lie on either side of them. ' +
        'The percentile rank is read from the same bands: the band of peers the organization falls in, with a point inside it rounded to 5. A question\'s cohort median is the median share of the best answer among the organizations that answered it.',
      { size: sizes.small + 0.5 },
    );
  }
  canvas.paragraph(
    comparison?.status === 'released' && comparison.cohort.synthetic
      ? 'SYNTHETIC DATA: this cohort contains generated organizations, calibrated to the published research figures, not survey responses. Its statistics illustrate the method and describe no real organization.'
      : 'Synthetic organizations (generated for demonstrations and tests) are always marked as such; a cohort containing any is labelled SYNTHETIC wherever it appears.',
    { size: sizes.small + 0.5, font: comparison?.status === 'released' && comparison.cohort.synthetic ? fonts.bold : fonts.regular, color: colors.ink },
  );

  canvas.subheading('Published research');
  const sources = [...new Set(input.published.map((p) => referenceSourceText(p.source)))];
  const caveated = input.published.some((p) => p.caveat);
  canvas.paragraph(
    'Figures labelled "published research" come from the benchmark studies the questionnaire cites. They are aggregate percentages without a sample size, ' +
      'and are printed apart from any cohort statistic. Sources: ' +
      sources.join('; ') +
      '.' +
      (caveated ? ' Where a figure contradicts another or has a known limitation, its caveat is printed under it (numbered [1], [2] on each dimension page).' : ''),
    { size: sizes.small + 0.5 },
  );

  canvas.subheading('This document');
  canvas.paragraph(
    'Set in the standard PDF fonts, which show Western European characters only: other characters are transliterated (Ł as L) or printed as "?"' +
      (canvas.replacedText ? ', as happened in this report; the organization\'s name exactly as given is the document title' : '') +
      '. The same inputs and date give a byte-for-byte identical file.',
    { size: sizes.small + 0.5 },
  );
}
