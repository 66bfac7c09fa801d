/**
 * Benchmark imports over the multipart upload, and what the cohort queries
 * release: an import is all or nothing, it changes no figure until a
 * release is published, and a withheld cohort is not listed at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providers, startApi, type ApiHarness } from './support/api-server';
import { datasetCsv, importCsv, syntheticRows, currentQuestionnaire } from './support/fixtures';
import { dataOf, errorOf } from './support/graphql-client';

const statisticsQuery = `query($groupBy: [CohortField!]!) { cohortStatistics(groupBy: $groupBy) {
  groupBy release { version } cells { label industry sizeBand region period n overall { mean median quartiles bands { count } } dimensions { id } levels { level } }
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

  it('imports a good CSV in full; the figures change when the next release is published, not before', async () => {
    const cellOf = async () =>
      dataOf(await api.gql('{ cohortStatistics(groupBy: [industry], filter: { industry: [UTILITIES] }) { release { version } cells { industry n overall { mean } } } }', {}, api.tokens.RESEARCHER)).cohortStatistics;
    const utilities = await cellOf();
    expect(utilities.cells).toHaveLength(1);
    const before = await counts();

    // One profile for all 40: every cohort the import touches grows by 40, so the audit across releases has nothing to withhold.
    const panel = syntheticRows(40, 12, { industry: 'utilities', sizeBand: 'medium', region: 'europe', period: '2026' });
    const imported = dataOf(await importCsv(api, api.tokens.ADMIN, 'utilities panel', datasetCsv(panel))).importBenchmarkDataset;
    expect(imported).toMatchObject({ name: 'utilities panel', rowCount: 40, synthetic: true, questionnaireVersion: currentQuestionnaire().version });
    expect(await counts()).toEqual({ datasets: before.datasets + 1, rows: before.rows + 40 });
    expect(await cellOf()).toEqual(utilities);

    const dryRun = dataOf(await api.gql('mutation { publishBenchmarkRelease(dryRun: true) { version dryRun withheldDifferencing release { version } } }', {}, api.tokens.ADMIN)).publishBenchmarkRelease;
    expect(dryRun).toEqual({ version: utilities.release.version + 1, dryRun: true, withheldDifferencing: 0, release: null });
    expect(await cellOf()).toEqual(utilities);
    const report = dataOf(await api.gql('mutation { publishBenchmarkRelease { version dryRun organizations withheldDifferencing release { version mode minSize } } }', {}, api.tokens.ADMIN)).publishBenchmarkRelease;
    expect(report).toMatchObject({ version: utilities.release.version + 1, dryRun: false, organizations: before.rows + 40, withheldDifferencing: 0, release: { version: utilities.release.version + 1, mode: 'EXACT', minSize: 5 } });
    const after = await cellOf();
    expect(after.release.version).toBe(utilities.release.version + 1);
    expect(after.cells[0].n).toBe(utilities.cells[0].n + 40);
    expect(after.cells[0].overall.mean).not.toBe(utilities.cells[0].overall.mean);
    // The earlier release stays as it was published.
    const earlier = dataOf(await api.gql('query($r: Int) { cohortStatistics(groupBy: [industry], filter: { industry: [UTILITIES] }, release: $r) { cells { n } } }', { r: utilities.release.version }, api.tokens.RESEARCHER)).cohortStatistics;
    expect(earlier.cells[0].n).toBe(utilities.cells[0].n);
    const datasets = dataOf(await api.gql('{ benchmarkDatasets { name rowCount } }', {}, api.tokens.RESEARCHER)).benchmarkDatasets;
    expect(datasets.map((d: { name: string }) => d.name)).toContain('utilities panel');
    expect(datasets.every((d: { rowCount: number | null }) => d.rowCount === null)).toBe(true);
    const forAdmin = dataOf(await api.gql('{ benchmarkDatasets { name rowCount } }', {}, api.tokens.ADMIN)).benchmarkDatasets;
    expect(forAdmin.find((d: { name: string }) => d.name === 'utilities panel').rowCount).toBe(40);
  });

  it('lists no withheld cohort in any grouping, and shows released ones only as the release rules allow', async () => {
    const fields = ['industry', 'sizeBand', 'region', 'period'];
    const groupings = [[], ...fields.map((f) => [f]), ...fields.flatMap((f, i) => fields.slice(i + 1).map((g) => [f, g]))];
    const existing = new Map<string, number>();
    for (const row of await api.db.benchmarkRow.findMany({ select: { industry: true, sizeBand: true, region: true, period: true } })) {
      for (const groupBy of groupings) {
        const label = groupBy.length ? groupBy.map((f) => `${f}=${row[f as keyof typeof row]}`).join(', ') : 'all organizations';
        existing.set(label, (existing.get(label) ?? 0) + 1);
      }
    }
    const listed = new Set<string>();
    for (const groupBy of groupings) {
      const { cells } = dataOf(await api.gql(statisticsQuery, { groupBy }, api.tokens.RESEARCHER)).cohortStatistics;
      for (const cell of cells) {
        listed.add(cell.label);
        expect(cell.n).toBeGreaterThanOrEqual(5);
        for (const band of cell.overall.bands) expect(band.count).toBeGreaterThanOrEqual(5);
        if (cell.n < 20) expect(cell.overall.quartiles).toBeNull();
        if (cell.n < 10) expect(cell.overall.median).toBeNull();
      }
    }
    // Small cohorts exist in the data and none of them is listed; most of the others are.
    const small = [...existing].filter(([, n]) => n < 5).map(([label]) => label);
    expect(small.length).toBeGreaterThan(0);
    for (const label of small) expect(listed.has(label)).toBe(false);
    expect(listed.size).toBeGreaterThan(0);
  });

  it('refuses a grouping by three fields with BAD_USER_INPUT', async () => {
    const response = await api.gql(statisticsQuery, { groupBy: ['industry', 'sizeBand', 'region'] }, api.tokens.RESEARCHER);
    const error = errorOf(response);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: [{ field: 'groupBy', value: ['industry', 'sizeBand', 'region'], message: 'at most two fields' }] });
    expect(error.message).toBe('group by at most two fields');
    expect(response.data).toBeNull();
  });

  it('compares an organization with a withheld cohort exactly as with one that does not exist, with no cohort figures', async () => {
    const { cells } = dataOf(await api.gql(statisticsQuery, { groupBy: ['industry', 'region'] }, api.tokens.ADMIN)).cohortStatistics;
    const listed = new Set(cells.map((c: { label: string }) => c.label));
    const rows = await api.db.benchmarkRow.findMany({ select: { industry: true, region: true } });
    const tinyRow = rows.find((r) => !listed.has(`industry=${r.industry}, region=${r.region}`))!;
    expect(tinyRow).toBeDefined();
    const tiny = { ...tinyRow, label: `industry=${tinyRow.industry}, region=${tinyRow.region}` };
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
    expect(comparison).toMatchObject({ status: 'unavailable', cohortLabel: tiny.label, cohortSize: null, minSize: 5, measures: [], questions: [], gaps: [], message: `no benchmark figures are published for ${tiny.label}` });
    // The published research figures are not cohort figures, and stay.
    expect(comparison.published.length).toBeGreaterThan(0);

    const threeFields = errorOf(
      await api.gql('query($id: ID!) { assessment(id: $id) { comparison(cohort: { industry: [RETAIL], region: [EUROPE], sizeBand: [SMALL] }) { status } } }', { id: assessmentId }, api.tokens.CONSULTANT),
    );
    expect(threeFields.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
