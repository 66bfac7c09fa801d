/**
 * Races between clients of the API, and the checks that decide whether the
 * API kept its promises under them. Each scenario takes one or more
 * servers (requests are spread over them, round robin) and a database
 * client for reading the stored rows behind the API's back. The checks are
 * made against those rows and against core's scoring of them, never
 * against what the API says about itself.
 */
import { expect } from 'vitest';
import { readStoredResult, scoreAssessment, validateAnswers, type AnswerFile, type AnswerValue } from '@crm-maturity/core';
import { bundledQuestionnaire } from '@crm-maturity/questionnaires';
import type { Database } from '@crm-maturity/api';
import { addRespondentMutation, answerInputs, readExample, saveAnswersMutation, startAssessmentMutation, submitMutation } from './fixtures';
import { dataOf, type GraphqlClient, type GraphqlResponse } from './graphql-client';

export type RaceTarget = {
  servers: GraphqlClient[];
  /** A consultant's or admin's token, valid on every server. */
  token: string;
  db: Database['prisma'];
};

const questionnaire = bundledQuestionnaire('crm-maturity', '1');
const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]!;
/** A percentage question: any whole number 0-100 is a valid, distinct answer. */
const contested = 'process.feedback-response-rate';

let organizations = 0;

/** A new organization with a draft that has respondent "r1", optionally with all of the retailer's answers. */
export async function newDraft(target: RaceTarget, complete: boolean): Promise<{ assessmentId: string; raw: string }> {
  const [first] = target.servers;
  const input = { name: `Race ${++organizations} Ltd`, industry: 'RETAIL', sizeBand: 'SMALL', region: 'EUROPE' };
  const organizationId = dataOf(await first!.gql(`mutation($input: OrganizationInput!) { createOrganization(input: $input) { id } }`, { input }, target.token)).createOrganization.id;
  const assessmentId = dataOf(await first!.gql(startAssessmentMutation, { organizationId }, target.token)).startAssessment.id as string;
  dataOf(await first!.gql(addRespondentMutation, { assessmentId, key: 'r1', businessUnit: 'sales' }, target.token));
  if (complete) dataOf(await first!.gql(saveAnswersMutation, { assessmentId, respondentKey: 'r1', answers: answerInputs(readExample('small-retailer').respondents[0]!.answers) }, target.token));
  return { assessmentId, raw: rawId(assessmentId) };
}

const codeOf = (response: GraphqlResponse) => (response.errors?.length ? String(response.errors[0]!.extensions?.code) : 'OK');
const tally = (codes: string[]) => Object.fromEntries([...new Set(codes)].sort().map((c) => [c, codes.filter((x) => x === c).length]));

export type RevisionRaceReport = { rounds: number; clients: number; outcomes: Record<string, number>[] };

/**
 * Round after round, `clients` clients save a different value of one
 * answer from the same base revision at once (the first round: all answer
 * it first, with no base revision). Exactly one wins each round, the
 * others get STALE_ANSWER, and what is stored is the winner's value at the
 * next revision: no acknowledged save is lost, none overwritten unseen.
 */
export async function sameBaseRevisionRace(target: RaceTarget, rounds: number, clients: number): Promise<RevisionRaceReport> {
  const { assessmentId, raw } = await newDraft(target, false);
  const outcomes: Record<string, number>[] = [];
  for (let round = 0; round < rounds; round++) {
    const values = Array.from({ length: clients }, (_, i) => (round * clients + i) % 101);
    const responses = await Promise.all(
      values.map((value, i) =>
        target.servers[i % target.servers.length]!.gql(
          saveAnswersMutation,
          { assessmentId, respondentKey: 'r1', answers: [{ questionId: contested, value, ...(round > 0 ? { baseRevision: round } : {}) }] },
          target.token,
        ),
      ),
    );
    const codes = responses.map(codeOf);
    outcomes.push(tally(codes));
    expect(codes.filter((c) => c === 'OK'), `round ${round}: ${JSON.stringify(tally(codes))}`).toHaveLength(1);
    expect(codes.filter((c) => c !== 'OK').every((c) => c === 'STALE_ANSWER'), `round ${round}: ${JSON.stringify(tally(codes))}`).toBe(true);
    const winner = codes.indexOf('OK');
    expect(responses[winner]!.data.saveAnswers).toEqual([{ questionId: contested, value: values[winner], notApplicable: false, evidence: null, revision: round + 1 }]);
    const stored = await target.db.answer.findFirstOrThrow({ where: { questionId: contested, respondent: { assessmentId: raw } } });
    expect({ value: JSON.parse(stored.value!), revision: stored.revision }).toEqual({ value: values[winner], revision: round + 1 });
  }
  return { rounds, clients, outcomes };
}

/** The stored answers of an assessment as a core answer file, built here from the rows, independently of the API's own reader. */
async function storedAnswerFile(target: RaceTarget, raw: string): Promise<{ file: AnswerFile; updatedAt: Date[] }> {
  const assessment = await target.db.assessment.findUniqueOrThrow({ where: { id: raw }, include: { organization: true, respondents: { include: { answers: true } } } });
  const updatedAt: Date[] = [];
  const file: AnswerFile = {
    questionnaire: { id: assessment.questionnaireId, version: assessment.questionnaireVersion },
    organization: { name: assessment.organization.name, industry: assessment.organization.industry as never, sizeBand: assessment.organization.sizeBand as never, region: assessment.organization.region as never },
    assessedAt: assessment.submittedAt!.toISOString().slice(0, 10),
    respondents: assessment.respondents.map((r) => ({
      id: r.key,
      businessUnit: r.businessUnit,
      answers: Object.fromEntries(
        r.answers.map((a) => {
          updatedAt.push(a.updatedAt);
          return [a.questionId, a.notApplicable ? { notApplicable: true as const, ...(a.evidence ? { evidence: a.evidence } : {}) } : { value: JSON.parse(a.value!) as AnswerValue, ...(a.evidence ? { evidence: a.evidence } : {}) }];
        }),
      ),
    })),
  };
  return { file, updatedAt };
}

export type SubmitRaceReport = { trials: number; saves: number; outcomes: Record<string, number>[] };

/**
 * A submission sent together with saves that change answers. Whatever the
 * order the database picks, the submission succeeds, each save either
 * succeeds (then its value is in the stored answers) or is
 * ASSESSMENT_NOT_DRAFT, the stored result equals core's score of the
 * answers stored now, and no answer was written after submittedAt.
 */
export async function submitRacingSaves(target: RaceTarget, trials: number, saves: number): Promise<SubmitRaceReport> {
  const outcomes: Record<string, number>[] = [];
  const percentages = questionnaire.questions.filter((q) => q.type === 'percentage').map((q) => q.id);
  for (let trial = 0; trial < trials; trial++) {
    const { assessmentId, raw } = await newDraft(target, true);
    const changes = Array.from({ length: saves }, (_, i) => ({ questionId: percentages[i % percentages.length]!, value: (trial * 7 + i * 13 + 1) % 101 }));
    const stored = await target.db.answer.findMany({ where: { respondent: { assessmentId: raw } } });
    const revision = (questionId: string) => stored.find((a) => a.questionId === questionId)?.revision ?? 0;
    // Saves on either side of the submission in the request order, so some may come first.
    const requests = changes.map((change, i) => () =>
      target.servers[(i + 1) % target.servers.length]!.gql(saveAnswersMutation, { assessmentId, respondentKey: 'r1', answers: [{ ...change, baseRevision: revision(change.questionId) }] }, target.token),
    );
    const submitAt = Math.floor(saves / 2);
    const submit = () => target.servers[0]!.gql(submitMutation, { id: assessmentId }, target.token);
    const all = [...requests.slice(0, submitAt), submit, ...requests.slice(submitAt)];
    const responses = await Promise.all(all.map((send) => send()));
    const submitted = responses[submitAt]!;
    const saveResponses = responses.filter((_, i) => i !== submitAt);
    const codes = saveResponses.map(codeOf);
    outcomes.push({ ...tally(codes.map((c) => `save ${c}`)), [`submit ${codeOf(submitted)}`]: 1 });
    expect(codeOf(submitted)).toBe('OK');
    // Saves to one question may also lose to each other (STALE_ANSWER) when there are more saves than questions.
    expect(codes.every((c) => c === 'OK' || c === 'ASSESSMENT_NOT_DRAFT' || c === 'STALE_ANSWER'), JSON.stringify(tally(codes))).toBe(true);

    const assessment = await target.db.assessment.findUniqueOrThrow({ where: { id: raw }, include: { result: true } });
    expect(assessment.status).toBe('SUBMITTED');
    const { file, updatedAt } = await storedAnswerFile(target, raw);
    // Every acknowledged save is in the answers stored at submission.
    saveResponses.forEach((response, i) => {
      if (codeOf(response) === 'OK') expect(file.respondents[0]!.answers[changes[i]!.questionId]).toEqual({ value: response.data.saveAnswers[0].value });
    });
    // Nothing was written after the submission.
    for (const at of updatedAt) expect(at.getTime()).toBeLessThanOrEqual(assessment.submittedAt!.getTime());
    // The stored result is exactly core's score of the stored answers.
    const validation = validateAnswers(questionnaire, file, { completeness: 'complete' });
    expect(validation.ok).toBe(true);
    if (!validation.ok) continue;
    expect(readStoredResult(assessment.result!.result, () => questionnaire)).toEqual(JSON.parse(JSON.stringify(scoreAssessment(questionnaire, validation.answers))));
  }
  return { trials, saves, outcomes };
}

/** `clients` submissions of one draft at once: one stored result, every other submission ASSESSMENT_NOT_DRAFT. */
export async function doubleSubmit(target: RaceTarget, trials: number, clients: number): Promise<Record<string, number>[]> {
  const outcomes: Record<string, number>[] = [];
  for (let trial = 0; trial < trials; trial++) {
    const { assessmentId, raw } = await newDraft(target, true);
    const responses = await Promise.all(Array.from({ length: clients }, (_, i) => target.servers[i % target.servers.length]!.gql(submitMutation, { id: assessmentId }, target.token)));
    const codes = responses.map(codeOf);
    outcomes.push(tally(codes));
    expect(codes.filter((c) => c === 'OK'), JSON.stringify(tally(codes))).toHaveLength(1);
    expect(codes.filter((c) => c !== 'OK').every((c) => c === 'ASSESSMENT_NOT_DRAFT'), JSON.stringify(tally(codes))).toBe(true);
    expect(await target.db.storedResult.count({ where: { assessmentId: raw } })).toBe(1);
  }
  return outcomes;
}
