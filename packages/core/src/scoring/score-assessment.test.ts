import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../answers/validate-answers';
import { answerFile, fixtureQuestionnaire } from '../testing/fixture-questionnaire';
import { scoreAnswers, scoreAssessment } from './score-assessment';

const questionnaire = fixtureQuestionnaire();

function score(answers: Record<string, unknown>[], units?: string[]) {
  const validation = validateAnswers(questionnaire, answerFile(answers, units), { completeness: 'partial' });
  if (!validation.ok) throw new Error(validation.issues.map((i) => i.message).join('\n'));
  return scoreAssessment(questionnaire, validation.answers);
}

const complete = {
  'people.exec': { value: true },
  'people.front-line': { value: 'some' },
  'process.techniques': { value: ['personas', 'journeys', 'feedback'] },
  'process.response-rate': { value: 30 },
  'information.sources': { value: 3 },
  'information.stale': { value: false },
  'information.third-party': { notApplicable: true },
  'technology.personalization': { value: { email: 'personal', social: 'generic' } },
  'technology.chat': { value: false },
};

describe('scoreAssessment', () => {
  // Hand computation, weights in brackets:
  // people: exec 1/1 [1], front-line 1/3 [3] -> (1 + 3 * 1/3) / 4 = 50
  // process: techniques 3 capped at 2 of 2 [1], response 30% -> 1 of 2 [1] -> (1 + 0.5) / 2 = 75
  // information: sources 3 -> 2 of 4 [2], stale "no" 1/1 [1], third-party N/A [1] -> (2 * 0.5 + 1) / 3 = 66.667
  // technology: grid (2 + 1) of 4 [1], chat no 0 [1] -> 0.375 = 37.5
  // overall weighted (1, 1, 2, 1): (50 + 75 + 2 * 66.667 + 37.5) / 5 = 59.1667
  const result = score([complete]);

  it('computes dimension scores and the overall index by hand', () => {
    expect(result.dimensions.map((d) => [d.id, d.score])).toEqual([
      ['people', 50],
      ['process', 75],
      ['information', expect.closeTo(200 / 3, 8)],
      ['technology', 37.5],
    ]);
    expect(result.overall.score).toBeCloseTo((50 + 75 + (2 * 200) / 3 + 37.5) / 5, 8);
    expect(result.dimensions.map((d) => d.level.id)).toEqual(['advanced', 'strategic', 'strategic', 'tactical']);
    expect(result.overall.level.id).toBe('advanced');
  });

  it('explains every score: contributions add up to the dimension score and the overall index', () => {
    for (const dimension of result.dimensions) {
      const sum = dimension.questions.reduce((total, q) => total + q.contribution, 0);
      expect(sum).toBeCloseTo(dimension.score, 6);
    }
    const overall = result.overall.contributions.reduce((total, c) => total + c.contribution, 0);
    expect(overall).toBeCloseTo(result.overall.score, 6);
    const sources = result.dimensions[2]!.questions.find((q) => q.questionId === 'information.sources')!;
    expect(sources.explanation).toBe('3 is in band "3 to 4": 2 of 4 points; weight 2 of 4 in the dimension adds 25.00 points');
  });

  it('credits "not applicable" with the rest of its dimension, which equals leaving it out', () => {
    const thirdParty = result.dimensions[2]!.questions.find((q) => q.questionId === 'information.third-party')!;
    expect(thirdParty.status).toBe('not_applicable');
    expect(thirdParty.fraction).toBeCloseTo(2 / 3, 10);
    const withoutIt = score([{ ...complete, 'information.third-party': undefined }].map(dropUndefined));
    // Unanswered instead of N/A: earns 0 and stays in the denominator -> (1 + 1) / 4 = 50.
    expect(withoutIt.dimensions[2]!.score).toBe(50);
  });

  it('reports completion and scores unanswered questions as 0', () => {
    const partial = score([{ 'people.exec': { value: true } }]);
    const { missing, ...counts } = partial.completion;
    expect(counts).toEqual({ total: 9, answered: 1, notApplicable: 0, unanswered: 8, requiredUnanswered: 7, ratio: 1 / 9, minimumForResults: 0.8, sufficient: false });
    // Every question but the one answered is listed as missing, in questionnaire order.
    expect(missing.map((m) => m.questionId)).toEqual(questionnaire.questions.map((q) => q.id).filter((id) => id !== 'people.exec'));
    expect(partial.dimensions[0]!.score).toBe(25);
    expect(partial.dimensions[1]!.score).toBe(0);
  });

  it('combines respondents by the mean fraction and lists where they disagree', () => {
    const other = { ...complete, 'people.front-line': { value: 'all' }, 'information.sources': { value: 12 } };
    const combined = score([complete, other], ['marketing', 'service']);
    const frontLine = combined.dimensions[0]!.questions.find((q) => q.questionId === 'people.front-line')!;
    expect(frontLine.fraction).toBeCloseTo((1 / 3 + 1) / 2, 12);
    expect(combined.disagreements.map((d) => [d.questionId, d.spread])).toEqual([
      ['people.front-line', expect.closeTo(2 / 3, 12)],
      ['information.sources', 0.5],
    ]);
    expect(combined.disagreements[0]!.respondents.map((r) => r.businessUnit)).toEqual(['marketing', 'service']);
  });

  it('lets a respondent who says "not applicable" abstain when another answers', () => {
    const na = { ...complete, 'information.stale': { notApplicable: true } };
    const yes = { ...complete, 'information.stale': { value: true } };
    const combined = score([na, yes]);
    const stale = combined.dimensions[2]!.questions.find((q) => q.questionId === 'information.stale')!;
    expect(stale.status).toBe('answered');
    expect(stale.fraction).toBe(0);
  });

  it('records the questionnaire version and fingerprint, and is deterministic', () => {
    expect(result.questionnaire).toEqual({ id: 'fixture', version: '1.0.0', fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(JSON.stringify(score([complete]))).toBe(JSON.stringify(result));
  });

  it('scoreAnswers returns issues instead of throwing on bad input', () => {
    const bad = scoreAnswers(questionnaire, answerFile([{ 'people.exec': { value: 'maybe' } }]));
    expect(bad).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'WRONG_TYPE', questionId: 'people.exec', value: 'maybe' })] });
  });
});

function dropUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}
