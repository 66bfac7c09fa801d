import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bestAnswerValue,
  buildRoadmap,
  scoreAssessment,
  validateAnswers,
  worstAnswerValue,
  type AnswerFile,
  type AssessmentResult,
  type RoadmapScope,
} from '@crm-maturity/core';
import { bundledQuestionnaire } from '@crm-maturity/questionnaires';
import { answerFileArbitrary, orderedValuesArbitrary } from './support/answer-arbitraries';

const questionnaire = bundledQuestionnaire('crm-maturity', '1.0.0');
const runs = { numRuns: process.env.CI ? 300 : 150 };

function score(file: AnswerFile): AssessmentResult {
  const validation = validateAnswers(questionnaire, file, { completeness: 'partial' });
  if (!validation.ok) throw new Error(`generator made an invalid file: ${validation.issues[0]?.message}`);
  return scoreAssessment(questionnaire, validation.answers);
}

const allScores = (r: AssessmentResult) => [r.overall.score, ...r.dimensions.map((d) => d.score)];

function uniformFile(pick: typeof bestAnswerValue): AnswerFile {
  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    organization: { name: 'Uniform' },
    respondents: [{ id: 'r1', businessUnit: 'all', answers: Object.fromEntries(questionnaire.questions.map((q) => [q.id, { value: pick(q) }])) }],
  };
}

describe('scoring properties over generated answer sets', () => {
  it('keeps every score within 0-100, question contributions summing to their dimension', () => {
    fc.assert(
      fc.property(answerFileArbitrary(questionnaire), (file) => {
        const result = score(file);
        for (const value of allScores(result)) expect(value).toBeGreaterThanOrEqual(0), expect(value).toBeLessThanOrEqual(100);
        for (const d of result.dimensions) {
          expect(d.questions.reduce((s, q) => s + q.contribution, 0)).toBeCloseTo(d.score, 6);
          for (const q of d.questions) expect(q.fraction).toBeGreaterThanOrEqual(0), expect(q.fraction).toBeLessThanOrEqual(1);
        }
      }),
      runs,
    );
  });

  it('never lowers any score when one answer gets better', () => {
    const questionIndex = fc.integer({ min: 0, max: questionnaire.questions.length - 1 });
    const arbitrary = fc.tuple(answerFileArbitrary(questionnaire), questionIndex).chain(([file, index]) => {
      const question = questionnaire.questions[index]!;
      return fc.tuple(fc.constant(file), fc.constant(question.id), orderedValuesArbitrary(question), fc.nat(file.respondents.length - 1));
    });
    fc.assert(
      fc.property(arbitrary, ([file, questionId, [worse, better], respondentIndex]) => {
        const withAnswer = (value: unknown) => {
          const copy = structuredClone(file);
          copy.respondents[respondentIndex]!.answers[questionId] = { value: value as never };
          return score(copy);
        };
        const before = allScores(withAnswer(worse));
        const after = allScores(withAnswer(better));
        after.forEach((value, i) => expect(value).toBeGreaterThanOrEqual(before[i]! - 1e-9));
      }),
      runs,
    );
  });

  it('gives Innovative everywhere for the best answers and Tactical everywhere for the worst', () => {
    const best = score(uniformFile(bestAnswerValue));
    expect(allScores(best)).toEqual([100, 100, 100, 100, 100]);
    expect(new Set([best.overall.level.id, ...best.dimensions.map((d) => d.level.id)])).toEqual(new Set(['innovative']));
    const worst = score(uniformFile(worstAnswerValue));
    expect(allScores(worst)).toEqual([0, 0, 0, 0, 0]);
    expect(new Set([worst.overall.level.id, ...worst.dimensions.map((d) => d.level.id)])).toEqual(new Set(['tactical']));
  });

  it('never scores "not applicable" above the best answer', () => {
    const withNa = answerFileArbitrary(questionnaire, { maxRespondents: 1 }).filter((file) =>
      Object.values(file.respondents[0]!.answers).some((a) => 'notApplicable' in a),
    );
    fc.assert(
      fc.property(withNa, (file) => {
        const before = score(file);
        const best = structuredClone(file);
        for (const [id, answer] of Object.entries(best.respondents[0]!.answers)) {
          if ('notApplicable' in answer) best.respondents[0]!.answers[id] = { value: bestAnswerValue(questionnaire.questions.find((q) => q.id === id)!) };
        }
        const after = score(best);
        allScores(after).forEach((value, i) => expect(value).toBeGreaterThanOrEqual(allScores(before)[i]! - 1e-9));
      }),
      runs,
    );
  });

  it('reaches the level a roadmap promises, and with one step fewer does not', () => {
    const scope = fc.constantFrom<RoadmapScope>('overall', 'people', 'process', 'information', 'technology');
    fc.assert(
      fc.property(answerFileArbitrary(questionnaire), scope, (file, scopeId) => {
        const before = score(file);
        const roadmap = buildRoadmap(questionnaire, before, { scope: scopeId });
        if (!roadmap.target) return;
        expect(roadmap.reachable).toBe(true);
        const apply = (steps: typeof roadmap.steps) => {
          const changed = structuredClone(file);
          for (const step of steps) {
            for (const respondent of changed.respondents) {
              const existing = respondent.answers[step.questionId];
              // A respondent who abstained ("not applicable") keeps abstaining.
              if (!existing || !('notApplicable' in existing)) respondent.answers[step.questionId] = { value: step.recommendedAnswer };
            }
          }
          const after = score(changed);
          return scopeId === 'overall' ? after.overall.score : after.dimensions.find((d) => d.id === scopeId)!.score;
        };
        expect(apply(roadmap.steps)).toBeGreaterThanOrEqual(roadmap.target.minScore);
        expect(apply(roadmap.steps)).toBeCloseTo(roadmap.steps.at(-1)?.scoreAfter ?? roadmap.from.score, 8);
        if (roadmap.steps.length > 0) expect(apply(roadmap.steps.slice(0, -1))).toBeLessThan(roadmap.target.minScore);
        roadmap.steps.forEach((step, i) => i > 0 && expect(step.gain).toBeLessThanOrEqual(roadmap.steps[i - 1]!.gain + 1e-9));
      }),
      { numRuns: Math.round(runs.numRuns / 3) },
    );
  });

  it('is deterministic: the same answers give an identical result', () => {
    fc.assert(
      fc.property(answerFileArbitrary(questionnaire), (file) => {
        expect(JSON.stringify(score(structuredClone(file)))).toBe(JSON.stringify(score(file)));
      }),
      { numRuns: 50 },
    );
  });
});
