import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '@crm-maturity/api';
import { bundledExamplesDirectory } from '@crm-maturity/questionnaires';
import { repoRoot } from '../support/run-cli';

const readme = readFileSync(join(repoRoot, 'packages/api/README.md'), 'utf8');
/** The README's GraphQL blocks, in order, each possibly holding several operations. */
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
const operation = (name: string) => {
  const block = blocks.find((b) => new RegExp(`(query|mutation) ${name}\\b`).test(b));
  if (!block) throw new Error(`the README has no operation ${name}`);
  return block;
};

let server: RunningServer;
const token = (role: string) => server.seed.tokens.find((t) => t.role === role)!.token;

async function gql(document: string, operationName: string, variables: Record<string, unknown>, role = 'CONSULTANT') {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token(role)}`, 'x-crm-maturity': '1' },
    body: JSON.stringify({ query: document, operationName, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  expect(body.errors, `${operationName}: ${JSON.stringify(body.errors)}`).toBeUndefined();
  return body.data;
}

beforeAll(async () => {
  server = await startServer({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'crm-walkthrough-')), benchmarkSize: 800 });
});
afterAll(async () => {
  await server?.close();
});

describe('the API README walkthrough, run against the real server', () => {
  it('goes from the client list to progress after a re-assessment', async () => {
    const clients = await gql(operation('Clients'), 'Clients', {});
    const insurer = clients.organizations.edges.map((e: any) => e.node).find((o: any) => o.industry === 'INSURANCE');
    expect(insurer.assessments.edges[0].node.result.overallLevel.name).toBe('Advanced');

    const started = await gql(operation('Start'), 'Start', { org: insurer.id });
    expect(started.startAssessment.status).toBe('DRAFT');
    const a = started.startAssessment.id;
    await gql(operation('Respondents'), 'Respondents', { a });
    const saved = await gql(operation('Save'), 'Save', { a });
    expect(saved.saveAnswers.map((x: any) => x.revision)).toEqual([1, 1, 1]);

    // The rest of the answers (the README leaves them to the reader): the example insurer's, of the newest version, which the draft uses.
    const example = JSON.parse(readFileSync(join(bundledExamplesDirectory(), 'mid-size-insurer.json'), 'utf8'));
    for (const [key, source] of [['mkt', example.respondents[0]], ['svc', example.respondents[1]]] as const) {
      const answers = Object.entries(source.answers as Record<string, any>)
        .filter(([id]) => key !== 'mkt' || !['information.customer-data-sources', 'technology.channels-supported', 'process.third-party-service-support'].includes(id))
        .map(([questionId, answer]) => (answer.notApplicable ? { questionId, notApplicable: true } : { questionId, value: answer.value }));
      await gql('mutation S($a: ID!, $k: String!, $answers: [AnswerInput!]!) { saveAnswers(assessmentId: $a, respondentKey: $k, answers: $answers) { revision } }', 'S', { a, k: key, answers });
    }

    const submitted = await gql(operation('Submit'), 'Submit', { a });
    expect(submitted.submitAssessment.status).toBe('SUBMITTED');
    const result = (await gql(operation('Result'), 'Result', { a })).assessment;
    expect(result.result.dimensions).toHaveLength(4);
    expect(result.roadmap.steps.length).toBeGreaterThan(0);
    expect(result.published.length).toBeGreaterThan(10);
    // The data-source figures contradict each other, and say so wherever they are shown.
    const sources = result.published.filter((p: any) => p.published !== null && /customer(-related)? data/.test(p.finding));
    expect(sources.map((p: any) => p.published)).toEqual([45, 52, 22, 26]);
    expect(sources.length).toBe(4);
    expect(sources.every((p: any) => typeof p.caveat === 'string' && p.caveat.length > 0)).toBe(true);
    expect(result.comparison.status).toBe('released');
    expect(result.comparison.synthetic).toBe(true);
    expect(result.comparison.measures[0].percentile.low).toBeLessThanOrEqual(result.comparison.measures[0].percentile.rank);

    const again = await gql(operation('Again'), 'Again', { a });
    const progress = (await gql(operation('Progress'), 'Progress', { b: again.reassess.id })).assessment.progress;
    expect(progress.overall.from).toBeCloseTo(result.result.overallScore, 8);

    const researcherQuery = /`(cohortStatistics\(groupBy[^`]*)`/.exec(readme)![1];
    const researcher = await gql(`query Researcher { ${researcherQuery} }`, 'Researcher', {}, 'RESEARCHER');
    expect(researcher.cohortStatistics.synthetic).toBe(true);
    expect(researcher.cohortStatistics.cells.length).toBeGreaterThan(5);
  });
});
