/**
 * Questions of weight 0 (recorded and benchmarked, not scored), checked
 * through the public API on the bundled version 2, where the two
 * business-unit counts have weight 0: whatever they are answered, no score,
 * level, roadmap or bulk score moves, and the published average is still
 * compared.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildRoadmap,
  compareWithPublished,
  ResponseSetBuilder,
  scoreAssessment,
  scoreResponseSet,
  validateAnswers,
  type AnswerFile,
  type ResponseRow,
} from '@crm-maturity/core';
import { bundledExamplesDirectory, bundledQuestionnaire } from '@crm-maturity/questionnaires';

const questionnaire = bundledQuestionnaire('crm-maturity', '2');
const unscored = questionnaire.questions.filter((q) => q.weight === 0).map((q) => q.id);
const retailer = JSON.parse(readFileSync(join(bundledExamplesDirectory('crm-maturity', 2), 'small-retailer.json'), 'utf8')) as AnswerFile;

function withCounts(file: AnswerFile, inbound: number, outbound: number): AnswerFile {
  const copy = structuredClone(file);
  copy.respondents[0]!.answers['people.inbound-business-units'] = { value: inbound };
  copy.respondents[0]!.answers['people.outbound-business-units'] = { value: outbound };
  return copy;
}

function score(file: AnswerFile) {
  const validation = validateAnswers(questionnaire, file, { completeness: 'complete' });
  if (!validation.ok) throw new Error(validation.issues.map((i) => i.message).join('\n'));
  return scoreAssessment(questionnaire, validation.answers);
}

describe('questions of weight 0 in version 2', () => {
  it('are the two business-unit counts', () => {
    expect(unscored).toEqual(['people.inbound-business-units', 'people.outbound-business-units']);
  });

  it('move no score, level or roadmap step, however they are answered', () => {
    const base = score(retailer);
    for (const [inbound, outbound] of [[1, 0], [5, 4], [40, 30]] as const) {
      const other = score(withCounts(retailer, inbound, outbound));
      expect(other.overall).toEqual(base.overall);
      expect(other.dimensions.map((d) => [d.score, d.level.id])).toEqual(base.dimensions.map((d) => [d.score, d.level.id]));
      const steps = buildRoadmap(questionnaire, other).steps.map((s) => s.questionId);
      expect(steps).toEqual(buildRoadmap(questionnaire, base).steps.map((s) => s.questionId));
      for (const id of unscored) expect(steps).not.toContain(id);
    }
    const people = base.dimensions.find((d) => d.id === 'people')!;
    for (const id of unscored) expect(people.questions.find((q) => q.questionId === id)).toMatchObject({ weight: 0, contribution: 0 });
  });

  it('are still compared with the published averages', () => {
    const published = compareWithPublished(questionnaire, score(withCounts(retailer, 5, 4)));
    const inbound = published.find((p) => p.questionId === 'people.inbound-business-units' && p.statistic === 'mean')!;
    expect(inbound).toMatchObject({ published: 4.5, organization: { value: 5 } });
    expect(inbound.caveat).toMatch(/four or five/);
  });

  it('score in bulk exactly as one by one', () => {
    const rows: ResponseRow[] = [[1, 0], [5, 4], [40, 30]].map(([inbound, outbound], i) => ({
      id: `row-${i}`,
      industry: 'retail',
      sizeBand: 'small',
      region: 'north-america',
      period: '2026',
      questionnaire: { id: questionnaire.id, version: questionnaire.version },
      answers: { ...Object.fromEntries(Object.entries(retailer.respondents[0]!.answers).map(([id, a]) => [id, 'notApplicable' in a ? null : a.value])), 'people.inbound-business-units': inbound!, 'people.outbound-business-units': outbound! },
    }));
    const builder = new ResponseSetBuilder(questionnaire, rows.length);
    rows.forEach((row) => builder.add(row));
    const scored = scoreResponseSet(builder.build());
    const single = score(retailer);
    rows.forEach((_, r) => {
      expect(scored.overall[r]).toBe(single.overall.score);
      single.dimensions.forEach((d, k) => expect(scored.dimensions[k]![r]).toBe(d.score));
    });
  });
});
