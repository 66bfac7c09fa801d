/**
 * Concurrent clients of one server, on SQLite and on PostgreSQL: saves from
 * the same base revision, a submission racing saves, double submissions.
 * The outcomes of every trial are printed (the closing note quotes
 * them); the checks are in support/races.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providers, startApi, type ApiHarness } from './support/api-server';
import { addRespondentMutation, saveAnswersMutation } from './support/fixtures';
import { doubleSubmit, newDraft, sameBaseRevisionRace, submitRacingSaves, type RaceTarget } from './support/races';

describe.each(providers)('concurrent writes to one server on %s', (provider) => {
  let api: ApiHarness;
  let target: RaceTarget;

  beforeAll(async () => {
    api = await startApi(provider);
    target = { servers: [api], token: api.tokens.CONSULTANT, db: api.db };
  });
  afterAll(() => api?.close());

  it('lets exactly one of 8 saves from the same base revision win each round; the others are STALE_ANSWER and nothing acknowledged is lost', async () => {
    const report = await sameBaseRevisionRace(target, 5, 8);
    console.info(`[${provider}] same base revision, 8 clients x 5 rounds:`, JSON.stringify(report.outcomes));
  });

  it('stores, for a submission racing saves, the score of exactly the answers stored at submission, and no answer changes after it', async () => {
    const report = await submitRacingSaves(target, 6, 6);
    console.info(`[${provider}] submit racing 6 saves, 6 trials:`, JSON.stringify(report.outcomes));
  });

  it('stores one result for 6 simultaneous submissions; the other 5 are ASSESSMENT_NOT_DRAFT', async () => {
    const outcomes = await doubleSubmit(target, 4, 6);
    console.info(`[${provider}] 6 simultaneous submissions, 4 trials:`, JSON.stringify(outcomes));
  });

  it('serves 128 clients at once with the default pool and transaction limits: every save succeeds', async () => {
    const counts = ['people.inbound-business-units', 'people.outbound-business-units', 'information.customer-data-sources', 'information.report-producing-groups'];
    const drafts = await Promise.all(Array.from({ length: 4 }, () => newDraft(target, false)));
    for (const draft of drafts) {
      for (let r = 2; r <= 8; r++) await api.gql(addRespondentMutation, { assessmentId: draft.assessmentId, key: `r${r}`, businessUnit: 'sales' }, api.tokens.CONSULTANT);
    }
    const saves = drafts.flatMap((draft) =>
      Array.from({ length: 8 }, (_, r) => counts.map((questionId) => ({ assessmentId: draft.assessmentId, respondentKey: `r${r + 1}`, answers: [{ questionId, value: r + 1 }] }))).flat(),
    );
    expect(saves).toHaveLength(128);
    const responses = await Promise.all(saves.map((variables) => api.gql(saveAnswersMutation, variables, api.tokens.CONSULTANT)));
    const codes = responses.map((r) => (r.errors ? String(r.errors[0]!.extensions?.code) : 'OK'));
    console.info(`[${provider}] 128 concurrent saves:`, JSON.stringify(Object.fromEntries([...new Set(codes)].map((c) => [c, codes.filter((x) => x === c).length]))));
    expect(codes.every((c) => c === 'OK')).toBe(true);
    expect(await api.db.answer.count({ where: { respondent: { assessmentId: { in: drafts.map((d) => d.raw) } } } })).toBe(128);
  });
});
