/**
 * Saving answers and submitting, as a client that retries, races another
 * client and makes mistakes sees it: the error codes and details, and that
 * a refused call writes nothing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { providers, startApi, type ApiHarness } from './support/api-server';
import { addRespondentMutation, answerInputs, createOrganization, readExample, saveAnswersMutation, startAssessmentMutation, submitMutation, type AnswerInput, currentQuestionnaire } from './support/fixtures';
import { dataOf, errorOf } from './support/graphql-client';

/** The version the API starts new assessments with (the newest bundled), as the demo seed and the fixtures use it. */
const questionnaire = currentQuestionnaire();
const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]!;

describe.each(providers)('answers and submission on %s', (provider) => {
  let api: ApiHarness;
  let organizationId: string;
  /** A fresh draft with respondent "r1" for each test. */
  let draftId: string;

  beforeAll(async () => {
    api = await startApi(provider);
    organizationId = await createOrganization(api, api.tokens.CONSULTANT, { name: 'Answers Ltd', industry: 'RETAIL', sizeBand: 'SMALL', region: 'EUROPE' });
  });
  afterAll(() => api?.close());
  beforeEach(async () => {
    draftId = dataOf(await api.gql(startAssessmentMutation, { organizationId }, api.tokens.CONSULTANT)).startAssessment.id;
    dataOf(await api.gql(addRespondentMutation, { assessmentId: draftId, key: 'r1', businessUnit: 'sales' }, api.tokens.CONSULTANT));
  });

  const save = (answers: AnswerInput[], assessmentId = draftId) => api.gql(saveAnswersMutation, { assessmentId, respondentKey: 'r1', answers }, api.tokens.CONSULTANT);
  /** The stored answers of the draft, read behind the API's back. */
  const stored = () =>
    api.db.answer.findMany({ where: { respondent: { assessmentId: rawId(draftId) } }, orderBy: { questionId: 'asc' }, select: { questionId: true, value: true, notApplicable: true, revision: true, updatedAt: true } });

  it('treats saveAnswers as an idempotent upsert: the same save twice keeps the revision, a change bumps it', async () => {
    const answers = [
      { questionId: 'people.ceo-involvement', value: true },
      { questionId: 'process.customer-personas', value: 'planned', evidence: 'two personas drafted' },
    ];
    const first = dataOf(await save(answers)).saveAnswers;
    expect(first.map((a: { revision: number }) => a.revision)).toEqual([1, 1]);
    const before = await stored();
    const again = dataOf(await save(answers)).saveAnswers;
    expect(again).toEqual(first);
    expect(await stored()).toEqual(before);

    const changed = dataOf(await save([{ questionId: 'process.customer-personas', value: 'some-units', evidence: 'two personas drafted', baseRevision: 1 }])).saveAnswers;
    expect(changed).toEqual([{ questionId: 'process.customer-personas', value: 'some-units', notApplicable: false, evidence: 'two personas drafted', revision: 2 }]);
  });

  it('refuses a change based on a stale revision with STALE_ANSWER, and writes nothing of that save', async () => {
    dataOf(await save([{ questionId: 'process.customer-personas', value: 'planned' }]));
    // Another client moves the answer to revision 2 ...
    dataOf(await save([{ questionId: 'process.customer-personas', value: 'some-units', baseRevision: 1 }]));
    const before = await stored();
    // ... and this client, which read revision 1, saves a new answer together with its stale change.
    const response = await save([
      { questionId: 'people.ceo-involvement', value: true },
      { questionId: 'process.customer-personas', value: 'organization-wide', baseRevision: 1 },
    ]);
    const error = errorOf(response);
    expect(error.extensions?.code).toBe('STALE_ANSWER');
    expect(error.message).toBe('1 answer(s) changed since you read them; reload and retry');
    expect(error.extensions?.details).toEqual([
      { questionId: 'process.customer-personas', respondentKey: 'r1', value: 2, message: 'process.customer-personas: changed to revision 2 since revision 1 was read' },
    ]);
    expect(response.data).toBeNull();
    expect(await stored()).toEqual(before);
    expect(before.map((a) => a.questionId)).toEqual(['process.customer-personas']);

    // Sending what is stored already is no conflict, whatever revision the client read.
    expect(dataOf(await save([{ questionId: 'process.customer-personas', value: 'some-units', baseRevision: 1 }])).saveAnswers[0].revision).toBe(2);
  });

  it('reports every invalid answer of a save together as INVALID_ANSWERS, naming question, value and problem, and saves none', async () => {
    const response = await save([
      { questionId: 'process.customer-personas', value: 'planned' },
      { questionId: 'people.no-such-question', value: true },
      { questionId: 'people.executive-strategy-role', value: 'board-level' },
      { questionId: 'process.feedback-response-rate', value: 150 },
      { questionId: 'people.ceo-involvement', notApplicable: true },
    ]);
    const error = errorOf(response);
    expect(error.extensions?.code).toBe('INVALID_ANSWERS');
    expect(error.message).toBe('4 answers are invalid; nothing was saved');
    const details = error.extensions!.details!;
    expect(details.map((d) => [d.questionId, d.code, d.value])).toEqual([
      ['people.no-such-question', 'UNKNOWN_QUESTION', 'people.no-such-question'],
      ['people.executive-strategy-role', 'UNKNOWN_OPTION', 'board-level'],
      ['process.feedback-response-rate', 'OUT_OF_RANGE', 150],
      ['people.ceo-involvement', 'NOT_APPLICABLE_NOT_ALLOWED', { notApplicable: true }],
    ]);
    for (const detail of details) {
      expect(detail.message).toMatch(new RegExp(`^${String(detail.questionId).replace(/\./g, '\\.')}: .+`));
      expect(detail).toMatchObject({ respondentKey: 'r1', path: ['answers', expect.any(Number)] });
    }
    expect(details[1]!.message).toContain('no-strategy');
    expect(await stored()).toEqual([]);
  });

  it('refuses to submit an incomplete assessment with INCOMPLETE_ASSESSMENT naming each missing question, and keeps the draft', async () => {
    const retailer = readExample('small-retailer').respondents[0]!.answers;
    const answered = Object.keys(retailer).slice(0, 30);
    dataOf(await save(answerInputs(Object.fromEntries(answered.map((id) => [id, retailer[id]!])))));
    const error = errorOf(await api.gql(submitMutation, { id: draftId }, api.tokens.CONSULTANT));
    expect(error.extensions?.code).toBe('INCOMPLETE_ASSESSMENT');
    const missing = questionnaire.questions.filter((q) => q.required && !answered.includes(q.id)).map((q) => q.id);
    expect(missing.length).toBeGreaterThan(0);
    expect(error.message).toBe(`${missing.length} problem(s) stop the submission; ${missing.length} required question(s) unanswered`);
    expect(error.extensions?.details?.map((d) => [d.code, d.questionId])).toEqual(missing.map((id) => ['MISSING_REQUIRED', id]));
    expect(dataOf(await api.gql('query($id: ID!) { assessment(id: $id) { status submittedAt } }', { id: draftId }, api.tokens.CONSULTANT)).assessment).toEqual({ status: 'DRAFT', submittedAt: null });
    expect(await api.db.storedResult.count({ where: { assessmentId: rawId(draftId) } })).toBe(0);
  });

  it('scores a draft whose answers contradict each other, and refuses its submission with INCONSISTENT_ANSWERS naming both questions', async () => {
    const retailer = readExample('small-retailer').respondents[0]!.answers;
    const channels = (retailer['technology.channels-supported'] as { value: string[] }).value;
    const grid = (retailer['technology.channel-personalization'] as { value: Record<string, string> }).value;
    // A channel the retailer does not offer, answered as personalized: saved one answer at a time, the draft still scores.
    const missing = ['ivr', 'text-sms', 'e-commerce', 'letter'].find((row) => !channels.includes(row))!;
    dataOf(await save(answerInputs({ ...retailer, 'technology.channel-personalization': { value: { ...grid, [missing]: 'personalized' } } })));
    const draft = dataOf(await api.gql('query($id: ID!) { assessment(id: $id) { result { overallScore } } }', { id: draftId }, api.tokens.CONSULTANT)).assessment;
    expect(draft.result.overallScore).toBeGreaterThan(0);
    const error = errorOf(await api.gql(submitMutation, { id: draftId }, api.tokens.CONSULTANT));
    expect(error.extensions?.code).toBe('INVALID_ANSWERS');
    expect(error.extensions?.details).toEqual([
      expect.objectContaining({ code: 'INCONSISTENT_ANSWERS', questionId: 'technology.channel-personalization', relatedQuestionId: 'technology.channels-supported', respondentKey: 'r1', value: 'personalized', path: ['respondents', 0, 'answers', 'technology.channel-personalization', 'value', missing] }),
    ]);
    expect(await api.db.storedResult.count({ where: { assessmentId: rawId(draftId) } })).toBe(0);
  });

  it('submits once: a second submission, and any later save, is ASSESSMENT_NOT_DRAFT', async () => {
    dataOf(await save(answerInputs(readExample('small-retailer').respondents[0]!.answers)));
    const submitted = dataOf(await api.gql(submitMutation, { id: draftId }, api.tokens.CONSULTANT)).submitAssessment;
    expect(submitted.status).toBe('SUBMITTED');
    const again = errorOf(await api.gql(submitMutation, { id: draftId }, api.tokens.CONSULTANT));
    expect(again.extensions?.code).toBe('ASSESSMENT_NOT_DRAFT');
    expect(again.message).toBe(`assessment ${rawId(draftId)} is submitted; start a re-assessment to change answers`);
    const before = await stored();
    expect(errorOf(await save([{ questionId: 'people.ceo-involvement', value: false }])).extensions?.code).toBe('ASSESSMENT_NOT_DRAFT');
    expect(await stored()).toEqual(before);
    expect(await api.db.storedResult.count({ where: { assessmentId: rawId(draftId) } })).toBe(1);
    // The submission time stays that of the first submission.
    expect(dataOf(await api.gql('query($id: ID!) { assessment(id: $id) { submittedAt } }', { id: draftId }, api.tokens.CONSULTANT)).assessment.submittedAt).toBe(submitted.submittedAt);
  });
});
