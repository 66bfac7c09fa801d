import { describe, expect, it } from 'vitest';
import { executiveNarrative, extremes } from './executive-narrative';
import { exampleReportInput } from './testing/example-inputs';

describe('executiveNarrative', () => {
  it('writes the level, the extremes, the cohort, the disagreements, the published contrast and the roadmap from the numbers', async () => {
    const input = await exampleReportInput('mid-size-insurer');
    const text = executiveNarrative(input).join(' ');
    const { result } = input;
    expect(text).toContain(`${result.organization.name} is at the ${result.overall.level.name} level overall, with an index of ${result.overall.score.toFixed(1)} out of 100`);
    const { strongest, weakest } = extremes(result.dimensions);
    expect(text).toContain(`${strongest.name} is the strongest dimension (${strongest.score.toFixed(1)}, ${strongest.level.name})`);
    expect(text).toContain(`${weakest.name} the weakest (${weakest.score.toFixed(1)}, ${weakest.level.name})`);
    expect(text).toContain(`disagree on ${result.disagreements.length} questions`);
    expect(text).toMatch(/among those counted by \d+ of \d+ published shares/);
    const roadmap = input.roadmaps.find((r) => r.scope === 'overall')!;
    expect(text).toContain(`takes ${roadmap.steps.length} change`);
    expect(text).not.toContain('partial assessment');
  });

  it('says when the release has no figures for the cohort, without a number from it', async () => {
    const input = await exampleReportInput('telecom-operator', { cohort: 'withheld' });
    const text = executiveNarrative(input).join(' ');
    expect(text).toMatch(/No benchmark figures are published for the cohort .+, so it is compared with published research only\./);
    expect(text).not.toMatch(/fewer than|withheld/);
    expect(text).not.toMatch(/percentile/);
  });

  it('reports completion for a partial assessment, and a single respondent', async () => {
    const input = await exampleReportInput('small-retailer', { cohort: 'none', dropEvery: 4 });
    const { completion } = input.result;
    expect(completion.unanswered).toBeGreaterThan(0);
    const text = executiveNarrative(input).join(' ');
    expect(text).toContain(`${completion.answered + completion.notApplicable} of ${completion.total} questions are answered`);
    expect(text).toContain('count as 0');
    expect(text).toContain('One respondent answered');
  });
});
