import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreAssessment, validateAnswers, type AssessmentResult } from '@crm-maturity/core';
import { bundledExamplesDirectory, bundledQuestionnaire } from '@crm-maturity/questionnaires';

const questionnaire = bundledQuestionnaire('crm-maturity', '1.0.0');

function scoreExample(name: string): AssessmentResult {
  const input = JSON.parse(readFileSync(join(bundledExamplesDirectory(), name), 'utf8'));
  const validation = validateAnswers(questionnaire, input, { completeness: 'complete' });
  expect(validation.issues).toEqual([]);
  if (!validation.ok) throw new Error('invalid example');
  return scoreAssessment(questionnaire, validation.answers);
}

const levelsOf = (result: AssessmentResult) => result.dimensions.map((d) => d.level.id);

describe('the bundled example organizations', () => {
  it('are the three documented ones', () => {
    expect(readdirSync(bundledExamplesDirectory()).sort()).toEqual(['mid-size-insurer.json', 'small-retailer.json', 'telecom-operator.json']);
  });

  it('small retailer: mostly Tactical', () => {
    const result = scoreExample('small-retailer.json');
    expect(result.organization).toMatchObject({ industry: 'retail', sizeBand: 'small' });
    expect(result.overall.level.id).toBe('tactical');
    expect(levelsOf(result).filter((l) => l === 'tactical').length).toBeGreaterThanOrEqual(3);
  });

  it('mid-size insurer: between Advanced and Strategic, three respondents who disagree', () => {
    const result = scoreExample('mid-size-insurer.json');
    expect(result.organization.industry).toBe('insurance');
    expect(['advanced', 'strategic']).toContain(result.overall.level.id);
    expect(new Set(levelsOf(result))).toEqual(new Set(['advanced', 'strategic']));
    expect(new Set(result.respondents.map((r) => r.businessUnit)).size).toBe(3);
    expect(result.disagreements.length).toBeGreaterThanOrEqual(2);
    expect(result.disagreements[0]!.spread).toBeGreaterThanOrEqual(0.5);
  });

  it('telecom: Innovative overall and in most dimensions, with a "not applicable" answer', () => {
    const result = scoreExample('telecom-operator.json');
    expect(result.organization.industry).toBe('telecommunications');
    expect(result.overall.level.id).toBe('innovative');
    expect(levelsOf(result).filter((l) => l === 'innovative').length).toBeGreaterThanOrEqual(3);
    expect(result.completion.notApplicable).toBeGreaterThanOrEqual(1);
  });

  it('scores the insurer to the same whole result as when this snapshot was taken', () => {
    // A change here means every stored v1 result would re-score differently: only ever on purpose.
    expect(scoreExample('mid-size-insurer.json')).toMatchSnapshot();
  });
});
