/**
 * A consultant's whole engagement over HTTP, from a new client to its
 * progress a year later; every score the API stores is checked against
 * core scoring the same answers on its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bestAnswerValue,
  buildRoadmap,
  compareWithPublished,
  referenceSourceText,
  scoreAssessment,
  validateAnswers,
  type AnswerFile,
  type AssessmentResult,
} from '@crm-maturity/core';
import { benchmarkSize, providers, startApi, type ApiHarness } from './support/api-server';
import { addRespondentMutation, answerInputs, createOrganization, readExample, reassessMutation, saveAnswersMutation, startAssessmentMutation, submitMutation, currentQuestionnaire } from './support/fixtures';
import { dataOf } from './support/graphql-client';
import { resultSelection, resultShape } from './support/result-shape';

/** The version the API starts new assessments with (the newest bundled), as the demo seed and the fixtures use it. */
const questionnaire = currentQuestionnaire();

/** Core's own scoring of an answer file, as the API would store it. */
function coreScore(file: AnswerFile, completeness: 'partial' | 'complete'): AssessmentResult {
  const validation = validateAnswers(questionnaire, file, { completeness });
  if (!validation.ok) throw new Error(`the test's answer file is invalid: ${JSON.stringify(validation.issues.slice(0, 3))}`);
  return scoreAssessment(questionnaire, validation.answers);
}

/** The file with only the first `counts[i]` answers of respondent i. */
function firstAnswers(file: AnswerFile, counts: number[]): AnswerFile {
  return { ...file, respondents: file.respondents.map((r, i) => ({ ...r, answers: Object.fromEntries(Object.entries(r.answers).slice(0, counts[i])) })) };
}

describe.each(providers)('a consultant journey on %s', (provider) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(provider);
  });
  afterAll(() => api?.close());

  it('creates a client, assesses it with two business units, compares it and measures progress after a re-assessment', async () => {
    const token = api.tokens.CONSULTANT;
    const gql = async (query: string, variables: Record<string, unknown> = {}) => dataOf(await api.gql(query, variables, token));

    // The answers: two business units of the example insurer, for a new client.
    const insurer = readExample('mid-size-insurer');
    const file: AnswerFile = {
      questionnaire: { id: questionnaire.id, version: questionnaire.version },
      organization: { name: 'Northwind Assurance', industry: 'insurance', sizeBand: 'medium', region: 'europe' },
      respondents: insurer.respondents.slice(0, 2),
    };
    expect(new Set(file.respondents.map((r) => r.businessUnit)).size).toBe(2);

    const organizationId = await createOrganization(api, token, { name: 'Northwind Assurance', industry: 'INSURANCE', sizeBand: 'MEDIUM', region: 'EUROPE' });
    const assessmentId = (await gql(startAssessmentMutation, { organizationId })).startAssessment.id;
    for (const r of file.respondents) {
      expect((await gql(addRespondentMutation, { assessmentId, key: r.id, name: r.name ?? null, businessUnit: r.businessUnit })).addRespondent).toEqual({ key: r.id, businessUnit: r.businessUnit });
    }

    // A partial save: the draft scores what is there, and an unanswered question earns 0 of its points.
    const partial = firstAnswers(file, [20, 8]);
    for (const r of partial.respondents) await gql(saveAnswersMutation, { assessmentId, respondentKey: r.id, answers: answerInputs(r.answers) });
    const draft = (await gql(`query($id: ID!) { assessment(id: $id) { status result ${resultSelection} } }`, { id: assessmentId })).assessment;
    expect(draft.status).toBe('DRAFT');
    expect(draft.result.completion.ratio).toBeLessThan(1);
    expect(draft.result.completion.answered).toBe(20);
    expect(draft.result.completion.unanswered).toBe(questionnaire.questions.length - 20);
    const unanswered = draft.result.dimensions.flatMap((d: { questions: { status: string }[] }) => d.questions).filter((q: { status: string }) => q.status === 'unanswered');
    expect(unanswered.length).toBeGreaterThan(0);
    for (const q of unanswered) expect(q).toMatchObject({ earned: 0, fraction: 0, contribution: 0, possible: expect.any(Number) });
    expect(Math.min(...unanswered.map((q: { possible: number }) => q.possible))).toBeGreaterThan(0);
    expect(draft.result).toEqual(resultShape(coreScore(partial, 'partial')));

    // The rest of the answers, then the submission: the stored result is exactly core's.
    for (const r of file.respondents) {
      const rest = Object.fromEntries(Object.entries(r.answers).slice(r === file.respondents[0] ? 20 : 8));
      await gql(saveAnswersMutation, { assessmentId, respondentKey: r.id, answers: answerInputs(rest) });
    }
    expect((await gql(submitMutation, { id: assessmentId })).submitAssessment.status).toBe('SUBMITTED');
    const expected = coreScore(file, 'complete');
    const first = (
      await gql(
        `query($id: ID!) { assessment(id: $id) {
          status result ${resultSelection}
          roadmap { fromScore fromLevel { id } targetLevel { id } reachable steps { questionId gain scoreAfter } }
          published { questionId statistic organizationValue organizationMatches published source year caveat }
          total: comparison { status cohortLabel cohortSize synthetic measures { id score cohortMedian percentile { rank } }
            questions { questionId cohortReferenceValues { published publishedCaveat } } }
          industry: comparison(cohort: { industry: [INSURANCE] }) { status cohortLabel cohortSize measures { id score } }
          progress { overall { delta } }
        } }`,
        { id: assessmentId },
      )
    ).assessment;
    expect(first.status).toBe('SUBMITTED');
    expect(first.result).toEqual(resultShape(expected));
    expect(first.result.completion.ratio).toBe(1);

    const roadmap = buildRoadmap(questionnaire, expected, { scope: 'overall' });
    expect(first.roadmap).toMatchObject({ fromScore: expected.overall.score, fromLevel: { id: expected.overall.level.id }, reachable: roadmap.reachable });
    expect(first.roadmap.steps.map((s: { questionId: string }) => s.questionId)).toEqual(roadmap.steps.map((s) => s.questionId));
    expect(first.roadmap.steps.length).toBeGreaterThan(0);

    const published = compareWithPublished(questionnaire, expected);
    expect(first.published).toEqual(
      published.map((p) => ({
        questionId: p.questionId,
        statistic: p.statistic,
        organizationValue: p.organization.value ?? null,
        organizationMatches: p.organization.matches ?? null,
        published: p.published,
        source: referenceSourceText(p.source),
        year: p.source.year ?? null,
        caveat: p.caveat ?? null,
      })),
    );
    // Caveats travel with the figures they qualify, next to the cohort's values too.
    expect(first.published.filter((p: { caveat: string | null }) => p.caveat !== null).length).toBeGreaterThan(0);
    expect(first.total.questions).toEqual(
      questionnaire.questions.map((q) => ({ questionId: q.id, cohortReferenceValues: q.references.map((r) => ({ published: r.value, publishedCaveat: r.caveat ?? null })) })),
    );

    // The cohorts: the whole demo benchmark, and its insurers (the size the statistics query gives them).
    expect(first.total).toMatchObject({ status: 'released', cohortSize: benchmarkSize, synthetic: true });
    expect(first.total.measures.find((m: { id: string }) => m.id === 'overall').score).toBe(expected.overall.score);
    const insurers = (await gql('{ cohortStatistics(groupBy: [industry], filter: { industry: [INSURANCE] }) { cells { industry n } } }')).cohortStatistics.cells;
    expect(insurers).toEqual([{ industry: 'insurance', n: expect.any(Number) }]);
    expect(first.industry).toMatchObject({ status: 'released', cohortSize: insurers[0].n });
    expect(insurers[0].n).toBeLessThan(benchmarkSize);
    expect(first.progress).toBeNull();

    // A year later: a re-assessment starts from the same answers.
    const secondId = (await gql(reassessMutation, { assessmentId })).reassess.id;
    const copied = (await gql('query($id: ID!) { assessment(id: $id) { status previous { id } respondents { key businessUnit answers { questionId value notApplicable evidence revision } } } }', { id: secondId })).assessment;
    expect(copied).toMatchObject({ status: 'DRAFT', previous: { id: assessmentId } });
    expect(copied.respondents.map((r: { key: string; businessUnit: string }) => [r.key, r.businessUnit])).toEqual(file.respondents.map((r) => [r.id, r.businessUnit]));
    for (const [i, r] of file.respondents.entries()) {
      const stored = Object.fromEntries(copied.respondents[i].answers.map((a: { questionId: string; value: unknown; notApplicable: boolean; evidence: string | null }) => [a.questionId, a.notApplicable ? { notApplicable: true, ...(a.evidence ? { evidence: a.evidence } : {}) } : { value: a.value, ...(a.evidence ? { evidence: a.evidence } : {}) }]));
      expect(stored).toEqual(r.answers);
    }

    // Three practices improved to their best answer, for the first business unit.
    const improved = structuredClone(file);
    const changed = questionnaire.questions.filter((q) => q.dimension === 'process').slice(0, 3);
    for (const q of changed) improved.respondents[0]!.answers[q.id] = { value: bestAnswerValue(q) };
    // A change to a copied answer names the revision read above, as any change must.
    const revisionOf = (questionId: string) => copied.respondents[0].answers.find((a: { questionId: string }) => a.questionId === questionId)?.revision ?? 0;
    await gql(saveAnswersMutation, { assessmentId: secondId, respondentKey: file.respondents[0]!.id, answers: changed.map((q) => ({ questionId: q.id, value: bestAnswerValue(q), baseRevision: revisionOf(q.id) })) });
    await gql(submitMutation, { id: secondId });
    const second = (
      await gql(`query($id: ID!) { assessment(id: $id) { result ${resultSelection} progress { previousAssessmentId comparable overall { from to delta } dimensions { id from to delta } } } }`, { id: secondId })
    ).assessment;
    const expectedSecond = coreScore(improved, 'complete');
    expect(second.result).toEqual(resultShape(expectedSecond));
    expect(expectedSecond.overall.score).toBeGreaterThan(expected.overall.score);
    expect(second.progress.previousAssessmentId).toBe(Buffer.from(assessmentId, 'base64').toString('utf8').replace('Assessment:', ''));
    expect(second.progress.overall.from).toBe(first.result.overallScore);
    expect(second.progress.overall.to).toBe(second.result.overallScore);
    expect(second.progress.overall.delta).toBeCloseTo(second.result.overallScore - first.result.overallScore, 10);
    const process = second.progress.dimensions.find((d: { id: string }) => d.id === 'process');
    const scoreOf = (result: { dimensions: { id: string; score: number }[] }) => result.dimensions.find((d) => d.id === 'process')!.score;
    expect(process.delta).toBeCloseTo(scoreOf(second.result) - scoreOf(first.result), 10);
    expect(process.delta).toBeGreaterThan(0);
  });
});
