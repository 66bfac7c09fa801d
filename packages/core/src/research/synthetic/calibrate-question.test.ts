import { describe, expect, it } from 'vitest';
import type { QuestionnaireQuestion } from '../../model/questionnaire-schema';
import type { PublishedReference } from '../../model/reference-schema';
import { fixtureQuestionnaire } from '../../testing/fixture-questionnaire';
import { calibrateQuestion } from './calibrate-question';

const questionnaire = fixtureQuestionnaire();
const question = (id: string) => questionnaire.questions.find((q) => q.id === id)!;
const source = { publisher: 'Ventana Research', title: 'benchmark', year: 2012, seed: '000' };
const reference = (extra: Partial<PublishedReference>): PublishedReference => ({ statistic: 'share', value: null, finding: 'a finding', source, ...extra });
const probabilities = (q: QuestionnaireQuestion) => {
  const { marginal } = calibrateQuestion(q);
  if (marginal.type !== 'categorical') throw new Error(`${q.id} is not categorical`);
  return marginal.probabilities;
};

describe('calibrateQuestion', () => {
  it('lays the default marginal from fewest to most points', () => {
    expect(probabilities(question('people.exec'))).toEqual([0.6, 0.4]); // no = 0 points, yes = 1
    expect(probabilities(question('information.stale'))).toEqual([0.4, 0.6]); // here "no" earns the point
    expect(probabilities(question('people.front-line'))).toEqual([0.3, 0.45, 0.25]);
  });

  it('fixes the published share and rescales the other answers in their default proportions', () => {
    // Default over bands 10+, 5-9, 3-4, 2, 1 (fewest points first): 0.14, 0.28, 0.27, 0.19, 0.12.
    const rest = [0.19, 0.27, 0.28, 0.14];
    const restTotal = rest.reduce((s, p) => s + p, 0);
    const expected = [0.45, ...rest.map((p) => (p * 0.55) / restTotal)];
    probabilities(question('information.sources')).forEach((p, b) => expect(p).toBeCloseTo(expected[b]!, 12));
    expect(calibrateQuestion(question('information.sources')).references).toEqual([
      { questionId: 'information.sources', referenceIndex: 0, statistic: 'share', finding: 'of organizations have a single source', published: 45, target: expect.closeTo(45, 9), status: 'exact' },
    ]);
  });

  it('includes each combinable option at the default rate unless a mean says otherwise', () => {
    const techniques = question('process.techniques') as Extract<QuestionnaireQuestion, { type: 'multiple_choice' }>;
    expect(calibrateQuestion(techniques).marginal).toEqual({ type: 'multiple_choice', inclusion: [0.4, 0.4, 0.4, 0] });
    const withFigures = {
      ...techniques,
      references: [
        reference({ statistic: 'share', value: 80, match: { includes: 'feedback' } }),
        reference({ statistic: 'mean', value: 1.5 }),
        reference({ statistic: 'mean', value: 2 }),
        reference({ statistic: 'share', value: 30, match: { anyOf: ['personas', 'journeys'] } }),
      ],
    };
    const calibrated = calibrateQuestion(withFigures);
    const inclusion = (calibrated.marginal as { inclusion: number[] }).inclusion;
    expect(inclusion[2]).toBe(0.8);
    expect(inclusion[0]).toBeCloseTo(0.35, 9); // (1.5 - 0.8) / 2 for each of the two open options
    expect(inclusion[1]).toBeCloseTo(0.35, 9);
    expect(calibrated.references.map((r) => [r.status, r.target === null ? null : Number(r.target.toFixed(6))])).toEqual([
      ['exact', 80],
      ['exact', 1.5],
      ['fitted', 1.5],
      ['unsupported', null],
    ]);
  });

  it('fits each grid row to its own figure', () => {
    const grid = question('technology.personalization') as Extract<QuestionnaireQuestion, { type: 'grid' }>;
    const calibrated = calibrateQuestion({ ...grid, references: [reference({ value: 20, match: { row: 'social', anyOf: ['personal'] } })] });
    const rows = (calibrated.marginal as { rows: number[][] }).rows;
    expect(rows[0]).toEqual([0.3, 0.45, 0.25]);
    expect(rows[1]![2]).toBeCloseTo(0.2, 12);
    expect(rows[1]![0]! / rows[1]![1]!).toBeCloseTo(0.3 / 0.45, 12);
  });

  it('reaches a published mean of a count with the band averages', () => {
    const sources = question('information.sources');
    const calibrated = calibrateQuestion({ ...sources, references: [reference({ statistic: 'mean', value: 4 })] });
    // Band averages 1, 2, 3.5, 7, and 15 for the tail (10 plus a mean excess of 5).
    const p = (calibrated.marginal as { probabilities: number[] }).probabilities;
    expect([1, 2, 3.5, 7, 15].reduce((s, v, b) => s + v * p[b]!, 0)).toBeCloseTo(4, 9);
    expect(calibrated.references[0]!.status).toBe('exact');
  });
});
