/**
 * Benchmark imports over the multipart upload, and what the cohort queries
 * release: an import is all or nothing, and a withheld cohort never shows
 * its size or any statistic.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providers, startApi, type ApiHarness } from './support/api-server';
import { datasetCsv, importCsv, syntheticRows } from './support/fixtures';
import { dataOf, errorOf } from './support/graphql-client';

const statisticsQuery = `query($groupBy: [CohortField!]!) { cohortStatistics(groupBy: $groupBy) {
  groupBy cells { label industry sizeBand region period status n withheldReason message overall { mean } dimensions { id } levels { level } }
} }`;

describe.each(providers)('benchmarks and cohorts on %s', (provider) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(provider);
  });
  afterAll(() => api?.close());

  const counts = async () => ({ datasets: await api.db.benchmarkDataset.count(), rows: await api.db.benchmarkRow.count() });

  it('refuses a CSV with bad rows as INVALID_DATASET, naming each line, and writes no dataset and no row', async () => {
    const rows = syntheticRows(6, 11);
    const lines = datasetCsv(rows).trimEnd().split('\n');
    // Line 3 (the second record) names an industry that does not exist; line 6 answers a percentage with 250.
    lines[2] = lines[2]!.replace(`,${rows[1]!.industry},`, ',shipbuilding,');
    const header = lines[0]!.split(',');
    const percentageColumn = header.indexOf('process.feedback-response-rate');
    const cells = lines[5]!.split(',');
    cells[percentageColumn] = '250';
    lines[5] = cells.join(',');
    const before = await counts();

    const error = errorOf(await importCsv(api, api.tokens.ADMIN, 'broken upload', lines.join('\n') + '\n'));
    expect(error.extensions?.code).toBe('INVALID_DATASET');
    expect(error.message).toBe('2 of 6 rows are invalid; nothing was imported');
    expect(error.extensions?.details?.map((d) => d.line)).toEqual([3, 6]);
    expect(error.extensions?.details?.[0]?.message).toMatch(/^line 3: .*shipbuilding/);
    expect(error.extensions?.details?.[1]).toMatchObject({ line: 6, questionId: 'process.feedback-response-rate', message: expect.stringMatching(/^line 6: .*250/) });
    expect(await counts()).toEqual(before);
  });

  it('imports a good CSV in full, and the cohort statistics include it at once', async () => {
    const cellOf = async () =>
      dataOf(await api.gql('{ cohortStatistics(groupBy: [industry], filter: { industry: [UTILITIES] }) { cells { industry status n overall { mean } } } }', {}, api.tokens.RESEARCHER)).cohortStatistics.cells[0];
    const utilities = await cellOf();
    expect(utilities.status).toBe('released');
    const before = await counts();

    const imported = dataOf(await importCsv(api, api.tokens.ADMIN, 'utilities panel', datasetCsv(syntheticRows(40, 12, { industry: 'utilities' })))).importBenchmarkDataset;
    expect(imported).toMatchObject({ name: 'utilities panel', rowCount: 40, synthetic: true, questionnaireVersion: '1.0.0' });
    expect(await counts()).toEqual({ datasets: before.datasets + 1, rows: before.rows + 40 });
    const after = await cellOf();
    expect(after.n).toBe(utilities.n + 40);
    expect(after.overall.mean).not.toBe(utilities.overall.mean);
    const datasets = dataOf(await api.gql('{ benchmarkDatasets { name rowCount } }', {}, api.tokens.RESEARCHER)).benchmarkDatasets;
    expect(datasets.map((d: { name: string }) => d.name)).toContain('utilities panel');
  });

  it('never gives the size or any statistic of a withheld cohort, in any grouping', async () => {
    const fields = ['industry', 'sizeBand', 'region', 'period'];
    const groupings = [[], ...fields.map((f) => [f]), ...fields.flatMap((f, i) => fields.slice(i + 1).map((g) => [f, g]))];
    let withheld = 0;
    let released = 0;
    for (const groupBy of groupings) {
      const { cells } = dataOf(await api.gql(statisticsQuery, { groupBy }, api.tokens.RESEARCHER)).cohortStatistics;
      for (const cell of cells) {
        if (cell.status === 'withheld') {
          withheld++;
          expect(cell).toMatchObject({ n: null, overall: null, dimensions: [], levels: [], withheldReason: expect.any(String), message: expect.stringMatching(/^withheld: /) });
        } else {
          released++;
          expect(cell).toMatchObject({ status: 'released', withheldReason: null, message: null });
          expect(cell.n).toBeGreaterThanOrEqual(5);
        }
      }
    }
    // Both kinds occur, or the loop above proved nothing.
    expect(withheld).toBeGreaterThan(0);
    expect(released).toBeGreaterThan(0);
  });

  it('refuses a grouping by three fields with BAD_USER_INPUT', async () => {
    const response = await api.gql(statisticsQuery, { groupBy: ['industry', 'sizeBand', 'region'] }, api.tokens.RESEARCHER);
    const error = errorOf(response);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: [{ field: 'groupBy', value: ['industry', 'sizeBand', 'region'], message: 'at most two fields' }] });
    expect(error.message).toBe('group by at most two fields');
    expect(response.data).toBeNull();
  });

  it('compares an organization with a withheld cohort as withheld, with no cohort figures', async () => {
    const { cells } = dataOf(await api.gql(statisticsQuery, { groupBy: ['industry', 'region'] }, api.tokens.ADMIN)).cohortStatistics;
    const tiny = cells.find((c: { status: string }) => c.status === 'withheld');
    expect(tiny).toBeDefined();
    const assessmentId = dataOf(await api.gql('{ organizations(first: 1) { edges { node { assessments(first: 1) { edges { node { id } } } } } } }', {}, api.tokens.CONSULTANT)).organizations.edges[0].node.assessments.edges[0].node.id;
    const enumOf = (value: string) => value.toUpperCase().replace(/-/g, '_');
    const comparison = dataOf(
      await api.gql(
        `query($id: ID!, $cohort: CohortFilterInput) { assessment(id: $id) { comparison(cohort: $cohort) {
          status cohortLabel cohortSize minSize message synthetic measures { id } questions { questionId } gaps { questionId } published { questionId }
        } } }`,
        { id: assessmentId, cohort: { industry: [enumOf(tiny.industry)], region: [enumOf(tiny.region)] } },
        api.tokens.CONSULTANT,
      ),
    ).assessment.comparison;
    expect(comparison).toMatchObject({ status: 'withheld', cohortLabel: tiny.label, cohortSize: null, minSize: 5, measures: [], questions: [], gaps: [], message: expect.stringMatching(/^withheld: /) });
    // The published research figures are not cohort figures, and stay.
    expect(comparison.published.length).toBeGreaterThan(0);

    const threeFields = errorOf(
      await api.gql('query($id: ID!) { assessment(id: $id) { comparison(cohort: { industry: [RETAIL], region: [EUROPE], sizeBand: [SMALL] }) { status } } }', { id: assessmentId }, api.tokens.CONSULTANT),
    );
    expect(threeFields.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
