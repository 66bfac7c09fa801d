import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../answers/validate-answers';
import { answerFile, fixtureQuestionnaire } from '../testing/fixture-questionnaire';
import { measureProgress } from './progress';
import { scoreAssessment } from './score-assessment';

const questionnaire = fixtureQuestionnaire();
const score = (answers: Record<string, unknown>) => {
  const v = validateAnswers(questionnaire, answerFile([answers]), { completeness: 'partial' });
  if (!v.ok) throw new Error(v.issues.map((i) => i.message).join('\n'));
  return scoreAssessment(questionnaire, v.answers);
};

describe('measureProgress', () => {
  // before: people 25 (exec yes only), after: people 100.
  const before = score({ 'people.exec': { value: true }, 'information.sources': { value: 3 } });
  const after = score({ 'people.exec': { value: true }, 'people.front-line': { value: 'all' }, 'information.sources': { value: 1 } });

  it('reports change per dimension and overall, and the share of the way to the target', () => {
    const progress = measureProgress(questionnaire, before, after, { targetLevel: 'advanced' });
    const people = progress.dimensions.find((d) => d.id === 'people')!;
    expect([people.from, people.to, people.delta, people.levelsGained]).toEqual([25, 100, 75, 3]);
    // overall: before (25 + 0 + 2 * 100/3 * 0.5... ) computed from the results themselves
    expect(progress.overall.from).toBe(before.overall.score);
    expect(progress.overall.to).toBe(after.overall.score);
    const expected = (100 * (after.overall.score - before.overall.score)) / (40 - before.overall.score);
    expect(progress.overall.target.percentOfWay).toBeCloseTo(Math.min(100, expected), 8);
    expect(progress.overall.target.reached).toBe(after.overall.score >= 40);
    expect(progress.comparable).toBe(true);
  });

  it('counts a reached target as 100% and a fall as 0%', () => {
    const up = measureProgress(questionnaire, before, after, { targetLevel: 'advanced' });
    expect(up.dimensions.find((d) => d.id === 'people')!.target).toMatchObject({ reached: true, percentOfWay: 100, remaining: 0 });
    const down = measureProgress(questionnaire, after, before, { targetLevel: 'innovative' });
    expect(down.overall.target.percentOfWay).toBe(0);
    expect(down.overall.delta).toBeLessThan(0);
  });

  it('defaults the target to the level above the earlier overall level', () => {
    expect(measureProgress(questionnaire, before, after).overall.target.level.id).toBe('advanced');
  });

  it('flags results from different questionnaire versions', () => {
    const other = { ...after, questionnaire: { ...after.questionnaire, version: '1.1.0' } };
    const progress = measureProgress(questionnaire, before, other);
    expect(progress.comparable).toBe(false);
    expect(progress.note).toContain('re-score the earlier answers with 1.1.0');
  });
});
