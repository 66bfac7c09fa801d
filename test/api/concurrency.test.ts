/**
 * Concurrent clients of one server, on SQLite and on PostgreSQL: saves from
 * the same base revision, a submission racing saves, double submissions.
 * The outcomes of every trial are printed (the closing note quotes
 * them); the checks are in support/races.ts.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { providers, startApi, type ApiHarness } from './support/api-server';
import { doubleSubmit, sameBaseRevisionRace, submitRacingSaves, type RaceTarget } from './support/races';

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
});
