import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildRoadmap,
  measureProgress,
  scoreAnswerValue,
  scoreAssessment,
  validateAnswers,
  worstAnswerValue,
  type AnswerFile,
  type AnswerValue,
  type AssessmentResult,
  type Questionnaire,
} from '@crm-maturity/core';
import { bundledMajorVersions, bundledQuestionnaire } from '@crm-maturity/questionnaires';
import { answerFileArbitrary, respondentAnswersArbitrary } from './support/answer-arbitraries';
import { v1WithV2Rules } from './support/v2-rules';

// Every questionnaire that uses the version-2 rules: the bundled v2 (once bundled) and v1's questions under them.
const subjects: [string, Questionnaire][] = [['v1 questions under the v2 rules', v1WithV2Rules()]];
if (bundledMajorVersions().includes(2)) subjects.push(['v2', bundledQuestionnaire('crm-maturity', '2')]);
const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? (process.env.CI ? 200 : 100)) };

const levelIndex = (q: Questionnaire, id: string) => q.levels.findIndex((l) => l.id === id);
const scores = (r: AssessmentResult) => [r.overall.score, ...r.dimensions.map((d) => d.score)];

describe.each(subjects)('the version-2 scoring rules on %s', (_name, questionnaire) => {
  const score = (file: AnswerFile): AssessmentResult => {
    const validation = validateAnswers(questionnaire, file, { completeness: 'partial' });
    if (!validation.ok) throw new Error(`generator made an invalid file: ${validation.issues[0]?.message}`);
    return scoreAssessment(questionnaire, validation.answers);
  };
  const rules = questionnaire.overall.level!;

  it('never puts the overall level more than the allowed steps above the weakest dimension, nor above a missing practice', () => {
    fc.assert(
      fc.property(answerFileArbitrary(questionnaire, { sharedUnits: true }), (file) => {
        const result = score(file);
        const overall = levelIndex(questionnaire, result.overall.level.id);
        const weakest = Math.min(...result.dimensions.map((d) => levelIndex(questionnaire, d.level.id)));
        expect(overall).toBeLessThanOrEqual(weakest + rules.maxAboveWeakestDimension!);
        expect(overall).toBeLessThanOrEqual(levelIndex(questionnaire, result.overall.scoreLevel.id));
        // Independently: a requirement whose question's combined fraction falls short caps the level below it.
        const fractions = new Map(result.dimensions.flatMap((d) => d.questions).map((q) => [q.questionId, q.status === 'answered' ? q.fraction : -1]));
        for (const [levelId, requirements] of Object.entries(rules.requires)) {
          for (const requirement of requirements ?? []) {
            const question = questionnaire.questions.find((q) => q.id === requirement.question)!;
            const needed = scoreAnswerValue(question, requirement.answer).fraction;
            if (fractions.get(question.id)! < needed - 1e-12) expect(overall).toBeLessThan(levelIndex(questionnaire, levelId));
          }
        }
        if (overall < levelIndex(questionnaire, result.overall.scoreLevel.id)) expect(result.overall.levelBounds.length).toBeGreaterThan(0);
      }),
      runs,
    );
  });

  it('scores full marks in two dimensions with nothing in the others as Tactical, not Advanced', () => {
    const strong = new Set(['technology', 'information']);
    const answers = Object.fromEntries(
      questionnaire.questions.map((q) => [q.id, { value: strong.has(q.dimension) ? (q.type === 'grid' ? allOffered(q) : bestOf(q)) : worstAnswerValue(q) }]),
    );
    const result = score(file(questionnaire, [{ id: 'r1', businessUnit: 'all', answers }]));
    expect(result.overall.score).toBeGreaterThanOrEqual(40);
    expect(result.overall.level.id).toBe('tactical');
    // Advanced is defined by a feedback programme, which this organization lacks.
    expect(result.overall.levelBounds.map((b) => b.rule)).toContain('missing_practice');
  });

  it('never lets "not applicable" reach a level that answering the worst option would not', () => {
    const withNa = answerFileArbitrary(questionnaire, { maxRespondents: 2 }).filter((f) => f.respondents.some((r) => Object.values(r.answers).some((a) => 'notApplicable' in a)));
    fc.assert(
      fc.property(withNa, (f) => {
        const before = score(f);
        const worst = structuredClone(f);
        for (const respondent of worst.respondents) {
          for (const [id, answer] of Object.entries(respondent.answers)) {
            if ('notApplicable' in answer) respondent.answers[id] = { value: worstAnswerValue(questionnaire.questions.find((q) => q.id === id)!) };
          }
        }
        const after = score(worst);
        expect(levelIndex(questionnaire, before.overall.level.id)).toBeLessThanOrEqual(levelIndex(questionnaire, after.overall.level.id));
        before.dimensions.forEach((d, i) => expect(levelIndex(questionnaire, d.level.id)).toBeLessThanOrEqual(levelIndex(questionnaire, after.dimensions[i]!.level.id)));
      }),
      runs,
    );
  });

  it('cannot be raised by stacking respondents in a business unit already heard, or by a respondent who answered too little', () => {
    const extra = respondentAnswersArbitrary(questionnaire, 1);
    fc.assert(
      fc.property(answerFileArbitrary(questionnaire, { maxRespondents: 3 }), extra, fc.nat(), fc.boolean(), (f, answers, pick, thin) => {
        const before = score(f);
        const stacked = structuredClone(f);
        const unit = f.respondents[pick % f.respondents.length]!.businessUnit;
        // Stacking: a colleague repeating the unit on questions it already answered (a new answer on a question
        // nobody in the unit answered is new information, and counts).
        const unitAnswered = new Set(f.respondents.filter((r) => r.businessUnit === unit).flatMap((r) => Object.entries(r.answers).filter(([, a]) => 'value' in a).map(([id]) => id)));
        const kept = thin ? Object.fromEntries(Object.entries(answers).slice(0, 5)) : Object.fromEntries(Object.entries(answers).filter(([id]) => unitAnswered.has(id)));
        // A thin respondent may be in a new unit: below the minimum completion it does not count at all.
        stacked.respondents.push({ id: 'stacked', businessUnit: thin ? 'a unit not heard before' : unit, answers: kept });
        const valid = validateAnswers(questionnaire, stacked, { completeness: 'partial' });
        fc.pre(valid.ok);
        const after = score(stacked);
        const thinEnough = thin && f.respondents.some((r) => Object.keys(r.answers).length / questionnaire.questions.length >= questionnaire.respondents.minimumCompletion!);
        if (!thin || thinEnough) scores(after).forEach((s, i) => expect(s).toBeLessThanOrEqual(scores(before)[i]! + 1e-9));
      }),
      runs,
    );
  });

  it('settles a fact by the units, not by the share of respondents: one unit of three claiming it gives no credit', () => {
    const fact = questionnaire.questions.find((q) => q.type === 'yes_no' && (q.asks ?? 'fact') === 'fact')!;
    const base = Object.fromEntries(questionnaire.questions.map((q) => [q.id, { value: worstAnswerValue(q) }]));
    const respondents = ['marketing', 'service', 'it'].map((unit, i) => ({ id: unit, businessUnit: unit, answers: { ...base, [fact.id]: { value: i === 2 } } }));
    const result = score(file(questionnaire, respondents));
    const scored = result.dimensions.flatMap((d) => d.questions).find((q) => q.questionId === fact.id)!;
    expect(scored.fraction).toBe(0);
    expect(result.disagreements.map((d) => d.questionId)).toContain(fact.id);
    expect(result.agreement.voices).toBe('business_unit');
  });

  it('flags a one-step disagreement on a four-point scale, and reports the score range of the units', () => {
    const scale = questionnaire.questions.find((q) => q.type === 'single_choice' && (q.options ?? []).length === 4)!;
    const [first, second] = (scale.type === 'single_choice' ? scale.options! : []).slice().sort((a, b) => a.points - b.points);
    const base = Object.fromEntries(questionnaire.questions.map((q) => [q.id, { value: worstAnswerValue(q) }]));
    const result = score(file(questionnaire, [
      { id: 'a', businessUnit: 'marketing', answers: { ...base, [scale.id]: { value: first!.id } } },
      { id: 'b', businessUnit: 'service', answers: { ...base, [scale.id]: { value: second!.id } } },
    ]));
    expect(result.disagreements.map((d) => d.questionId)).toContain(scale.id);
    expect(result.overall.range.low).toBeLessThan(result.overall.range.high);
    expect(result.overall.range.low).toBeLessThanOrEqual(result.overall.score);
    expect(result.overall.score).toBeLessThanOrEqual(result.overall.range.high);
  });

  it('gives no roadmap and no percentiles below the completion minimum, only completion and what is missing', () => {
    const few = Object.fromEntries(questionnaire.questions.slice(0, 10).map((q) => [q.id, { value: worstAnswerValue(q) }]));
    const result = score(file(questionnaire, [{ id: 'r1', businessUnit: 'all', answers: few }]));
    expect(result.completion.sufficient).toBe(false);
    expect(result.completion.missing).toHaveLength(questionnaire.questions.length - 10);
    const roadmap = buildRoadmap(questionnaire, result);
    expect(roadmap.steps).toEqual([]);
    expect(roadmap.withheld).toMatch(/only 10 of \d+ questions are answered/);
  });

  it('refuses progress from a later assessment to an earlier one, or between two organizations', () => {
    fc.assert(
      fc.property(answerFileArbitrary(questionnaire, { maxRespondents: 1 }), answerFileArbitrary(questionnaire, { maxRespondents: 1 }), (a, b) => {
        const earlier = score({ ...a, assessedAt: '2025-06-01' });
        const later = score({ ...b, assessedAt: '2026-06-01' });
        expect(() => measureProgress(questionnaire, earlier, later)).not.toThrow();
        expect(() => measureProgress(questionnaire, later, earlier)).toThrow(expect.objectContaining({ code: 'PROGRESS_NOT_COMPARABLE' }));
        const other = score({ ...b, assessedAt: '2026-06-01', organization: { ...b.organization, name: 'Someone else' } });
        expect(() => measureProgress(questionnaire, earlier, other)).toThrow(/earlier result is for "Generated Org"/);
      }),
      { numRuns: 30 },
    );
  });
});

function file(questionnaire: Questionnaire, respondents: AnswerFile['respondents']): AnswerFile {
  return { questionnaire: { id: questionnaire.id, version: questionnaire.version }, organization: { name: 'Case' }, respondents };
}

function bestOf(question: Questionnaire['questions'][number]) {
  const options = question.type === 'single_choice' ? question.options! : undefined;
  if (options) return options.reduce((a, b) => (b.points > a.points ? b : a)).id;
  return worstOrBest(question);
}

function worstOrBest(question: Questionnaire['questions'][number]): AnswerValue {
  switch (question.type) {
    case 'yes_no':
      return question.points.yes >= question.points.no;
    case 'multiple_choice':
      return question.options.filter((o) => !o.exclusive && o.points > 0).map((o) => o.id);
    case 'count':
    case 'percentage':
      return question.bands.reduce((a, b) => (b.points > a.points ? b : a)).min;
    default:
      return allOffered(question);
  }
}

/** A grid answered with its best column in every row (every channel offered). */
function allOffered(question: Questionnaire['questions'][number]): AnswerValue {
  if (question.type !== 'grid') return worstOrBest(question);
  const best = question.columns.reduce((a, b) => (b.points > a.points ? b : a)).id;
  return Object.fromEntries(question.rows.map((r) => [r.id, best]));
}
