/**
 * Whole responses of representative queries, snapshotted once per query: the
 * same snapshot must come out of SQLite and PostgreSQL, so any difference
 * between the databases fails here. (Unlike the other files, both servers
 * run side by side, because a snapshot named per provider would let the two
 * drift apart unnoticed.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providers, startApi, type ApiHarness, type Provider } from './support/api-server';
import { reassessMutation, saveAnswersMutation } from './support/fixtures';
import { dataOf, type GraphqlResponse } from './support/graphql-client';
import { withStablePlaceholders } from './support/stable-placeholders';

/** The retailer's latest submitted assessment, from the demo seed. */
async function demoRetailerAssessment(api: ApiHarness): Promise<string> {
  const { organizations } = dataOf(await api.gql('{ organizations(first: 1, filter: { nameContains: "Juniper" }) { edges { node { assessments(first: 1) { edges { node { id } } } } } } }', {}, api.tokens.CONSULTANT));
  return organizations.edges[0].node.assessments.edges[0].node.id;
}

const cases: [string, (api: ApiHarness) => Promise<GraphqlResponse>][] = [
  [
    'questionnaire summary (anonymous)',
    (api) =>
      api.gql(`{ questionnaire(version: "1.0.0") {
        id version title overallRule
        dimensions { id name weight }
        levels { id name minScore }
        questions { id dimension type weight required allowNotApplicable options { id points } }
      } }`),
  ],
  [
    'result summary of a submitted demo assessment',
    async (api) =>
      api.gql(
        `query($id: ID!) { assessment(id: $id) {
          id status submittedAt questionnaire { version } organization { id name industry sizeBand region } previous { id }
          result {
            questionnaireFingerprint overallScore overallLevel { id name } overallRule
            completion { total answered notApplicable unanswered requiredUnanswered ratio }
            dimensions { id score level { id } completion { ratio } }
            weakestDimension { id }
          }
          progress { comparable overall { from to delta levelsGained } }
        } }`,
        { id: await demoRetailerAssessment(api) },
        api.tokens.CONSULTANT,
      ),
  ],
  [
    'cohortStatistics by industry',
    (api) =>
      api.gql(
        `{ cohortStatistics(groupBy: [industry]) {
          groupBy minSize synthetic release { version mode minSize synthetic }
          cells { label industry n overall { mean sd median quartiles deciles bands { from to count } } levels { level count share } }
        } }`,
        {},
        api.tokens.RESEARCHER,
      ),
  ],
  [
    'INVALID_ANSWERS error',
    async (api) => {
      const draft = dataOf(await api.gql(reassessMutation, { assessmentId: await demoRetailerAssessment(api) }, api.tokens.CONSULTANT)).reassess.id;
      return api.gql(
        saveAnswersMutation,
        {
          assessmentId: draft,
          respondentKey: 'owner',
          answers: [
            { questionId: 'people.executive-strategy-role', value: 'everyone' },
            { questionId: 'people.inbound-business-units', value: 2.5 },
            { questionId: 'information.single-customer-view', value: 'yes' },
            { questionId: 'people.ceo-involvement', value: true, notApplicable: true },
          ],
        },
        api.tokens.CONSULTANT,
      );
    },
  ],
];

describe('API responses, identical on SQLite and PostgreSQL', () => {
  const apis = {} as Record<Provider, ApiHarness>;
  beforeAll(async () => {
    for (const provider of providers) apis[provider] = await startApi(provider);
  });
  afterAll(async () => {
    for (const api of Object.values(apis)) await api.close();
  });

  it.each(cases)('%s', async (_name, request) => {
    const [sqlite, postgresql] = await Promise.all(providers.map(async (provider) => withStablePlaceholders(await request(apis[provider]))));
    expect(postgresql, 'PostgreSQL answers differently from SQLite').toEqual(sqlite);
    expect(sqlite).toMatchSnapshot();
  });
});
