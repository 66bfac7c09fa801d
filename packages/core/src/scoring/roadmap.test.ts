import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../answers/validate-answers';
import { answerFile, fixtureQuestionnaire } from '../testing/fixture-questionnaire';
import { buildRoadmap } from './roadmap';
import { scoreAssessment } from './score-assessment';

const weak = {
  'people.exec': { value: false },
  'people.front-line': { value: 'none' },
  'process.techniques': { value: ['none'] },
  'process.response-rate': { value: 10 },
  'information.sources': { value: 12 },
  'information.stale': { value: true },
  'information.third-party': { notApplicable: true },
  'technology.personalization': { value: { email: 'generic', social: 'not-offered' } },
  'technology.chat': { value: false },
};

function scored(questionnaire: ReturnType<typeof fixtureQuestionnaire>, answers: Record<string, unknown>) {
  const validation = validateAnswers(questionnaire, answerFile([answers]));
  if (!validation.ok) throw new Error(validation.issues.map((i) => i.message).join('\n'));
  return scoreAssessment(questionnaire, validation.answers);
}

describe('buildRoadmap', () => {
  const questionnaire = fixtureQuestionnaire();
  const result = scored(questionnaire, weak);

  it('starts from the current score and targets the next level', () => {
    // technology: grid 1 of 4 -> 12.5; overall = 12.5 / 5 = 2.5
    expect(result.overall.score).toBe(2.5);
    const roadmap = buildRoadmap(questionnaire, result);
    expect(roadmap.from).toEqual({ score: 2.5, level: { id: 'tactical', name: 'Tactical' } });
    expect(roadmap.target).toEqual({ level: { id: 'advanced', name: 'Advanced' }, minScore: 40 });
  });

  it('takes the largest gains first and stops as soon as the target is reached', () => {
    // Overall gains of each question at its best answer (dimension weight / 5 x question share):
    // information.sources 2/5 * 100 * 2/3 = 26.67, information.stale 2/5 * 100/3 = 13.33,
    // people.front-line 1/5 * 75 = 15, process.* 1/5 * 50 = 10, technology.* 1/5 * 50 and 37.5 ...
    const roadmap = buildRoadmap(questionnaire, result);
    expect(roadmap.steps.map((s) => [s.questionId, s.gain])).toEqual([
      ['information.sources', expect.closeTo(80 / 3, 8)],
      ['people.front-line', 15],
    ]);
    expect(roadmap.reachable).toBe(true);
    expect(roadmap.steps.at(-1)!.scoreAfter).toBeGreaterThanOrEqual(40);
    expect(roadmap.steps[0]!.recommendedAnswer).toBe(1);
    expect(roadmap.steps[0]!.action).toBe('Improve information.sources across the organization');
  });

  it('builds a dimension roadmap from that dimension only', () => {
    const roadmap = buildRoadmap(questionnaire, result, { scope: 'process' });
    expect(roadmap.steps.every((s) => s.dimension === 'process')).toBe(true);
    expect(roadmap.steps.map((s) => s.questionId)).toEqual(['process.techniques']);
    expect(roadmap.steps[0]!.scoreAfter).toBe(50);
    expect(roadmap.steps[0]!.recommendedAnswer).toEqual(['personas', 'journeys', 'feedback']);
  });

  it('never proposes a "not applicable" question and reports an unreachable target', () => {
    const roadmap = buildRoadmap(questionnaire, result, { scope: 'information', targetLevel: 'innovative' });
    expect(roadmap.steps.map((s) => s.questionId)).toEqual(['information.sources', 'information.stale']);
    expect(roadmap.reachable).toBe(true);
    expect(roadmap.steps.at(-1)!.scoreAfter).toBe(100);
  });

  it('is empty at the top level', () => {
    const top = buildRoadmap(questionnaire, result, { scope: 'process', targetLevel: 'tactical' });
    expect(top.steps).toEqual([]);
    expect(top.reachable).toBe(true);
  });

  it('with the weakest-link rule, lifts every dimension that holds the index down', () => {
    const weakest = fixtureQuestionnaire({ overall: { rule: 'weakest_link' } });
    const roadmap = buildRoadmap(weakest, scored(weakest, weak));
    expect(roadmap.reachable).toBe(true);
    const dimensions = new Set(roadmap.steps.map((s) => s.dimension));
    expect(dimensions).toEqual(new Set(['people', 'process', 'information', 'technology']));
    expect(roadmap.steps.at(-1)!.scoreAfter).toBeGreaterThanOrEqual(40);
  });
});
