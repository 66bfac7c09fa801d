import { describe, expect, it } from 'vitest';
import { formatGain, formatPercentile, formatScore, renderReport, type ReportInput } from '@crm-maturity/report';
import { exampleNames, exampleReportInput, pdfPagesText, squash } from '@crm-maturity/report/testing';

/**
 * Every number the report prints comes from core: these tests render the
 * bundled examples against the committed synthetic cohort, extract the text
 * with poppler's pdftotext, and look for core's own results formatted the
 * way the report formats them.
 */
async function render(input: ReportInput): Promise<string[]> {
  return pdfPagesText(await renderReport(input)).map(squash);
}

/** The page whose heading is `title` (the first line under the running header). */
function pageTitled(pages: string[], title: string): string {
  const page = pages.find((text) => text.includes(` ${title} `) && new RegExp(`\\d{4} ${title} `).test(text));
  if (!page) throw new Error(`no page titled ${title}`);
  return page;
}

describe.each(exampleNames)('the report of %s, against its industry in the synthetic cohort', (name) => {
  let input: ReportInput;
  let pages: string[];

  it('renders', async () => {
    input = await exampleReportInput(name, { previous: 'earlier' });
    pages = await render(input);
    expect(input.comparison?.status).toBe('released');
  });

  it('prints the overall index and level on the cover and in the summary', () => {
    const { overall } = input.result;
    expect(pages[0]).toContain(`${formatScore(overall.score)} / 100 ${overall.level.name}`);
    expect(pages[1]).toContain(`with an index of ${formatScore(overall.score)} out of 100`);
  });

  it('prints each dimension score, level and percentile in the summary table', () => {
    if (input.comparison?.status !== 'released') throw new Error('released');
    const { result, comparison } = input;
    for (const d of result.dimensions) {
      const measure = comparison.measures.find((m) => m.id === d.id)!;
      expect(pages[1]).toContain(`${d.name} ${formatScore(d.score)} ${d.level.name} ${d.completion.answered + d.completion.notApplicable}/${d.completion.total} ${formatPercentile(measure.percentile!)}`);
    }
    const overall = comparison.measures.find((m) => m.id === 'overall')!;
    expect(pages[1]).toContain(`Overall ${formatScore(result.overall.score)} ${result.overall.level.name} `);
    expect(pages[1]).toContain(formatPercentile(overall.percentile!));
    expect(pages[1]).toContain(`Among the ${comparison.cohort.n} organizations of the cohort`);
  });

  it('prints on the radar page exactly the scores and cohort quartiles, and no other decimal', () => {
    if (input.comparison?.status !== 'released') throw new Error('released');
    const radar = pageTitled(pages, 'The four dimensions at a glance');
    const expected = new Set<string>();
    for (const d of input.result.dimensions) {
      const [q1, median, q3] = input.comparison.measures.find((m) => m.id === d.id)!.cohortQuartiles!.map(formatScore);
      expect(radar).toContain(`${d.name} ${formatScore(d.score)} ${q1} ${median} ${q3}`);
      for (const value of [formatScore(d.score), q1, median, q3]) expected.add(value!);
    }
    const printed = radar.replaceAll(input.result.questionnaire.version, '').match(/\d+\.\d+/g) ?? [];
    expect(printed.filter((value) => !expected.has(value))).toEqual([]);
  });

  it('prints on each dimension page its score, level, percentile with interval, cohort size and quartiles', () => {
    if (input.comparison?.status !== 'released') throw new Error('released');
    for (const d of input.result.dimensions) {
      const page = pageTitled(pages, d.name);
      const measure = input.comparison.measures.find((m) => m.id === d.id)!;
      expect(page).toContain(`${formatScore(d.score)} / 100 ${d.level.name}`);
      expect(page).toContain(`Percentile ${formatPercentile(measure.percentile!)}:`);
      expect(page).toContain(`among ${input.comparison.cohort.n} organizations`);
      expect(page).toContain(`Cohort quartiles: ${measure.cohortQuartiles!.map(formatScore).join(' / ')}`);
    }
  });

  it('prints every roadmap step with its gain and the score and level after it', () => {
    const roadmap = pageTitled(pages, input.roadmaps[0]!.target ? `Roadmap to ${input.roadmaps[0]!.target.level.name}` : 'Roadmap');
    for (const step of input.roadmaps[0]!.steps) expect(roadmap).toContain(`${formatGain(step.gain)} ${formatScore(step.scoreAfter)} ${step.levelAfter.name}`);
    for (const r of input.roadmaps.slice(1)) {
      const name = input.questionnaire.dimensions.find((d) => d.id === r.scope)!.name;
      const gain = r.steps.reduce((s, step) => s + step.gain, 0);
      const row = `${name} ${formatScore(r.from.score)} ${r.from.level.name}`;
      expect(roadmap).toContain(row);
      if (r.steps.length > 0) expect(roadmap).toMatch(new RegExp(`${row} .*? ${r.steps.length} \\${formatGain(gain)} `));
    }
  });

  it('prints the progress of every dimension and overall', () => {
    const progress = pageTitled(pages, 'Progress since the previous assessment');
    for (const change of [...input.progress!.dimensions, { name: 'Overall', ...input.progress!.overall }]) {
      expect(progress).toContain(
        `${change.name} ${formatScore(change.from)} ${change.fromLevel.name} ${formatScore(change.to)} ${change.toLevel.name} ${formatGain(change.delta)}`,
      );
      expect(progress).toContain(`${change.name} ${Math.round(change.target.percentOfWay)}%`);
    }
  });

  it('prints the questionnaire version and fingerprint in the methodology', () => {
    const methodology = pageTitled(pages, 'Methodology');
    expect(methodology).toContain(`crm-maturity version 1.0.0`);
    expect(methodology).toContain(`Fingerprint ${input.result.questionnaire.fingerprint}`);
    expect(methodology).toContain(`${input.comparison!.status === 'released' ? 'Cohort: ' : ''}industry=`);
    expect(methodology).toContain('SYNTHETIC DATA');
  });
});
