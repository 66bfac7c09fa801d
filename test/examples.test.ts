import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreAssessment, validateAnswers, type AssessmentResult } from '@crm-maturity/core';
import { bundledExamplesDirectory, bundledQuestionnaire, bundledVersionDirectory } from '@crm-maturity/questionnaires';

/** Scores a bundled example of a major version (version 1's unless said) under that version. */
function scoreExample(name: string, major = 1): AssessmentResult {
  const input = JSON.parse(readFileSync(join(bundledExamplesDirectory('crm-maturity', major), name), 'utf8'));
  const validation = validateAnswers(bundledQuestionnaire('crm-maturity', String(major)), input, { completeness: 'complete' });
  expect(validation.issues).toEqual([]);
  if (!validation.ok) throw new Error('invalid example');
  return scoreAssessment(bundledQuestionnaire('crm-maturity', String(major)), validation.answers);
}

const levelsOf = (result: AssessmentResult) => result.dimensions.map((d) => d.level.id);

// Version 1's examples (the name is kept: the snapshot below is stored under it).
describe('the bundled example organizations', () => {
  it('are the three documented ones', () => {
    expect(readdirSync(bundledExamplesDirectory('crm-maturity', 1)).sort()).toEqual(['mid-size-insurer.json', 'small-retailer.json', 'telecom-operator.json']);
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

  it('gives in the v1 README the overall index each example scores', () => {
    const readme = readFileSync(join(bundledVersionDirectory('crm-maturity', 1), 'README.md'), 'utf8');
    for (const name of ['small-retailer', 'mid-size-insurer', 'telecom-operator']) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`examples/${name}.json\``)) ?? '';
      expect(row, name).toContain(`overall ${scoreExample(`${name}.json`).overall.score.toFixed(1)}`);
    }
  });

  it('scores the insurer to the same whole result as when this snapshot was taken', () => {
    // A change here means every stored v1 result would re-score differently: only ever on purpose.
    expect(scoreExample('mid-size-insurer.json')).toMatchSnapshot();
  });
});

describe('the version 2 example organizations', () => {
  const readme = readFileSync(join(bundledVersionDirectory('crm-maturity', 2), 'README.md'), 'utf8');
  /** The README's row for an example file, in its "Example answer files" table. */
  const readmeRow = (name: string) => readme.split('\n').find((line) => line.startsWith(`| \`examples/${name}\``)) ?? '';

  it('are the same three organizations as version 1, made for version 2.0.0', () => {
    expect(readdirSync(bundledExamplesDirectory('crm-maturity', 2)).sort()).toEqual(['mid-size-insurer.json', 'small-retailer.json', 'telecom-operator.json']);
    for (const name of ['mid-size-insurer.json', 'small-retailer.json', 'telecom-operator.json']) {
      expect(scoreExample(name, 2).questionnaire.version, name).toBe('2.0.0');
      expect(scoreExample(name, 2).organization, name).toEqual(scoreExample(name, 1).organization);
    }
  });

  it('small retailer: Tactical in every dimension, with the overall index the README gives', () => {
    const result = scoreExample('small-retailer.json', 2);
    expect(levelsOf(result)).toEqual(['tactical', 'tactical', 'tactical', 'tactical']);
    expect(result.overall.level.id).toBe('tactical');
    expect(readmeRow('small-retailer.json')).toContain(`overall ${result.overall.score.toFixed(1)}`);
  });

  it('mid-size insurer: between Advanced and Strategic, three respondents who disagree, as the README gives it', () => {
    const result = scoreExample('mid-size-insurer.json', 2);
    expect(['advanced', 'strategic']).toContain(result.overall.level.id);
    expect(new Set(levelsOf(result))).toEqual(new Set(['advanced', 'strategic']));
    expect(new Set(result.respondents.map((r) => r.businessUnit)).size).toBe(3);
    expect(result.disagreements.length).toBeGreaterThanOrEqual(2);
    const row = readmeRow('mid-size-insurer.json');
    expect(row).toContain(`overall ${result.overall.score.toFixed(1)} ${result.overall.level.name}`);
    const count = result.disagreements.length;
    expect(row).toContain(`${count <= 6 ? ['no', 'one', 'two', 'three', 'four', 'five', 'six'][count] : count} disagreements`);
  });

  it('telecom: Innovative in every dimension, with a "not applicable" answer, as the README gives it', () => {
    const result = scoreExample('telecom-operator.json', 2);
    expect(levelsOf(result)).toEqual(['innovative', 'innovative', 'innovative', 'innovative']);
    expect(result.completion.notApplicable).toBe(1);
    expect(readmeRow('telecom-operator.json')).toContain(`overall ${result.overall.score.toFixed(1)}`);
  });
});
