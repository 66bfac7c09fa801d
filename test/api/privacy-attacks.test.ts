/**
 * The privacy attack suite: an outsider with a RESEARCHER (or CONSULTANT)
 * token and the API alone tries to learn organizations' scores from the
 * benchmark, as the issue that asked for releases did. Each attack runs
 * against the real server on both databases, and again against a
 * deliberately weakened release built from the same rows (order
 * statistics, exact means, no audit across releases), where it must win:
 * so a passing attack proves the defence, not a blind attack.
 */
import {
  bandedPercentile,
  bestAnswerValue,
  percentileRankInterval,
  summarizeCohort,
  worstAnswerValue,
  type ResponseRow,
  type ScoredResponseSet,
} from '@crm-maturity/core';
import { loadScoredBenchmark, planGroupings } from '@crm-maturity/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providers, startApi, type ApiHarness } from './support/api-server';
import { createOrganization, datasetCsv, importCsv, readExample, submitAnswerFile, syntheticRows, answerInputs, startAssessmentMutation, addRespondentMutation, saveAnswersMutation, currentQuestionnaire } from './support/fixtures';
import { dataOf, errorOf } from './support/graphql-client';
import { extremesAttack, linearAttack, orderStatisticAttack, pairwiseDifferencingAttack, probeOracle, truthByLabel, type CellView } from './support/privacy-attacks';
import { groupRows, labelOfCell, type ProfileField } from './support/privacy-data';

/** The version the API starts new assessments with (the newest bundled), as the demo seed and the fixtures use it. */
const questionnaire = currentQuestionnaire();
const measureFields = 'mean median quartiles deciles bands { from to count }';
const statisticsQuery = `query($groupBy: [CohortField!]!, $release: Int) { cohortStatistics(groupBy: $groupBy, release: $release) {
  release { version } cells { label industry sizeBand region period n overall { ${measureFields} } dimensions { id ${measureFields} } }
} }`;

/** Every released cell of every grouping of a release, as a researcher reads them over the API. */
async function snapshot(api: ApiHarness, release?: number): Promise<CellView[]> {
  const cells: CellView[] = [];
  for (const fields of planGroupings) {
    const body = dataOf(await api.gql(statisticsQuery, { groupBy: fields, release: release ?? null }, api.tokens.RESEARCHER));
    for (const cell of body.cohortStatistics.cells) {
      const values = Object.fromEntries(fields.map((f) => [f, cell[f]])) as Partial<Record<ProfileField, string>>;
      cells.push({ label: cell.label, fields, values, n: cell.n, overall: cell.overall, dimensions: cell.dimensions });
    }
  }
  return cells;
}

/** A weakened release of the same rows: every cell at least `minSize` released with exact order statistics and means, no complementary suppression, no audit across releases. */
function weakenedView(scored: ScoredResponseSet, rows: Uint32Array, minSize = 5): CellView[] {
  const included = new Set(rows);
  return planGroupings.flatMap((fields) =>
    groupRows(scored.set, fields).flatMap((cell) => {
      const members = Uint32Array.from(Array.from(cell.rows).filter((r) => included.has(r)));
      if (members.length < minSize) return [];
      const summary = summarizeCohort(scored, members);
      return [{ label: labelOfCell(fields, cell.values), fields, values: cell.values, n: members.length, overall: summary.overall, dimensions: summary.dimensions }];
    }),
  );
}

/** Which benchmark rows each published release counted, from the database (the attacker is granted exact knowledge of when rows arrived). */
async function releaseRows(api: ApiHarness, datasetOfRow: string[]): Promise<Map<number, Uint32Array>> {
  const releases = await api.db.benchmarkRelease.findMany({ select: { version: true, datasetIds: true } });
  return new Map(releases.map((r) => {
    const ids = new Set(JSON.parse(r.datasetIds) as string[]);
    return [r.version, Uint32Array.from(datasetOfRow.flatMap((id, row) => (ids.has(id) ? [row] : [])))];
  }));
}

function membersOf(truth: Map<string, { rows: number[] }>) {
  return (label: string) => truth.get(label)?.rows ?? [];
}

/**
 * Organizations whose answers are all best (or all worst) but for one scored
 * question: scores at the extremes, none a round number. (The question left
 * out is counted among the scored ones: one of weight 0 would change nothing.)
 */
function extremeRows(): ResponseRow[] {
  const scored = questionnaire.questions.filter((q) => q.weight > 0);
  const planted: [string, 'best' | 'worst', number][] = [['banking', 'best', 3], ['healthcare', 'best', 7], ['utilities', 'worst', 5]];
  return planted.map(([industry, extreme, skipIndex], i) => ({
    id: `planted-${i}`,
    industry: industry as ResponseRow['industry'],
    sizeBand: 'large',
    region: 'europe',
    period: '2031',
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    synthetic: true,
    answers: Object.fromEntries(questionnaire.questions.map((q) => [q.id, (extreme === 'best') === (q !== scored[skipIndex]) ? bestAnswerValue(q) : worstAnswerValue(q)])),
  }));
}

async function publish(api: ApiHarness) {
  return dataOf(await api.gql('mutation { publishBenchmarkRelease { version withheldDifferencing release { version } } }', {}, api.tokens.ADMIN)).publishBenchmarkRelease;
}

describe.each(providers)('privacy attacks on %s', (provider) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(provider);
  }, 120_000);
  afterAll(() => api?.close());

  it('(a) order statistics: no small released cell gives a member\'s score, though min, deciles and max of the same cells give them all', async () => {
    const cells = await snapshot(api);
    const { scored } = await loadScoredBenchmark(api.db, questionnaire);
    const all = Uint32Array.from({ length: scored.set.size }, (_, i) => i);
    const truth = truthByLabel(scored, planGroupings);
    expect(cells.some((c) => c.n <= 11)).toBe(true);
    expect(orderStatisticAttack(cells, truth)).toEqual([]);
    for (const cell of cells) {
      expect(cell.overall).not.toHaveProperty('min');
      expect(cell.overall).not.toHaveProperty('max');
      for (const band of cell.overall.bands!) expect(band.count).toBeGreaterThanOrEqual(5);
    }
    // Negative control: the same cells with exact order statistics give whole cohorts away.
    const weak = weakenedView(scored, all);
    const recovered = orderStatisticAttack(weak, truth);
    expect(recovered.length).toBeGreaterThan(0);
    const five = weak.find((c) => c.n === 5);
    if (five) expect(recovered.filter((r) => r.label === five.label)).toHaveLength(5);
  }, 120_000);

  it('(b) extremes and listing: withheld organizations appear in no published number, and a withheld cohort answers like one that does not exist', async () => {
    const planted = extremeRows();
    dataOf(await importCsv(api, api.tokens.ADMIN, 'planted extremes', datasetCsv(planted)));
    await publish(api);
    const { scored, datasetOfRow } = await loadScoredBenchmark(api.db, questionnaire);
    const plantedRows = Array.from({ length: scored.set.size }, (_, r) => r).filter((r) => scored.set.periods[scored.set.period[r]!] === '2031');
    const targets = plantedRows.map((r) => scored.overall[r]!);
    expect(targets).toHaveLength(3);
    for (const t of targets) expect(Number.isInteger(t * 10)).toBe(false);

    const cells = await snapshot(api);
    expect(extremesAttack(cells, targets)).toEqual([]);
    // The planted period has 3 organizations: no cell of it is listed, and asking for it is asking for nothing.
    const ask = async (period: string) =>
      (await api.gql('query($p: [String!]) { cohortStatistics(groupBy: [period, industry], filter: { period: $p }) { cells { label n } } }', { p: [period] }, api.tokens.RESEARCHER)).data;
    expect(await ask('2031')).toEqual(await ask('2099'));
    expect(await ask('2031')).toEqual({ cohortStatistics: { cells: [] } });
    expect(cells.some((c) => c.values.period === '2031')).toBe(false);
    const consultant = (period: string) =>
      api.gql(`query($p: [String!]) { organizations(first: 1) { edges { node { assessments(first: 1) { edges { node { comparison(cohort: { period: $p }) { status message cohortSize measures { id } } } } } } } } }`, { p: [period] }, api.tokens.CONSULTANT);
    const withheld = dataOf(await consultant('2031')).organizations.edges[0].node.assessments.edges[0].node.comparison;
    const missing = dataOf(await consultant('2099')).organizations.edges[0].node.assessments.edges[0].node.comparison;
    expect(withheld).toEqual({ ...missing, message: missing.message.replace('2099', '2031') });
    expect(withheld.message).not.toMatch(/fewer|minimum|withheld|complementary|[0-9] organizations/);

    // Negative control: a release with exact extremes gives the planted organizations away.
    const byRelease = await releaseRows(api, datasetOfRow);
    const latest = byRelease.get(Math.max(...byRelease.keys()))!;
    expect(extremesAttack(weakenedView(scored, latest), targets).length).toBeGreaterThan(0);
  }, 180_000);

  it.each([1, 3, 14])('(c) differencing two releases around an import of %i row(s) recovers none of them, though it recovers them from releases without the audit', async (count) => {
    const before = await snapshot(api);
    const beforeVersion = (await api.db.benchmarkRelease.aggregate({ _max: { version: true } }))._max.version!;
    const rows = syntheticRows(count, 700 + count, { period: '2026' });
    dataOf(await importCsv(api, api.tokens.ADMIN, `import of ${count}`, datasetCsv(rows)));
    const published = await publish(api);
    expect(published.release.version).toBe(beforeVersion + 1);
    const after = await snapshot(api);

    const { scored, datasetOfRow } = await loadScoredBenchmark(api.db, questionnaire);
    const byRelease = await releaseRows(api, datasetOfRow);
    const previous = new Set(byRelease.get(beforeVersion)!);
    const added = Array.from(byRelease.get(beforeVersion + 1)!).filter((r) => !previous.has(r));
    expect(added).toHaveLength(count);
    const addedScores = added.map((r) => scored.overall[r]!);

    // The simple attack: a cell that grew by exactly one.
    const pairwise = pairwiseDifferencingAttack(before, after);
    for (const guess of pairwise) for (const score of addedScores) expect(Math.abs(guess.score - score)).toBeGreaterThan(0.05);
    // The full linear attack over every exact release published so far (not only these two), every cell, as equations over the organizations.
    const exact = await api.db.benchmarkRelease.findMany({ where: { mode: 'EXACT' }, select: { version: true } });
    const equations = await Promise.all(
      exact.map(async ({ version }) => ({
        cells: version === beforeVersion + 1 ? after : version === beforeVersion ? before : await snapshot(api, version),
        members: membersOf(truthByLabel(scored, planGroupings, byRelease.get(version)!)),
      })),
    );
    expect(equations.length).toBe(exact.length);
    expect(linearAttack(scored.set.size, equations)).toEqual([]);

    // Negative control: the same two releases without the audit across releases (and with exact means).
    const weakBefore = weakenedView(scored, byRelease.get(beforeVersion)!);
    const weakAfter = weakenedView(scored, byRelease.get(beforeVersion + 1)!);
    const weakGuesses = pairwiseDifferencingAttack(weakBefore, weakAfter);
    expect(weakGuesses.some((g) => addedScores.some((s) => Math.abs(g.score - s) < 1e-6))).toBe(true);
  }, 240_000);

  it('(d) the linear differencing attack across all groupings of the latest release recovers no organization; without complementary suppression it does', async () => {
    const cells = await snapshot(api);
    const { scored, datasetOfRow } = await loadScoredBenchmark(api.db, questionnaire);
    const byRelease = await releaseRows(api, datasetOfRow);
    const latest = byRelease.get(Math.max(...byRelease.keys()))!;
    const members = membersOf(truthByLabel(scored, planGroupings, latest));
    expect(linearAttack(scored.set.size, [{ cells, members }])).toEqual([]);
    // Negative control: every cell of at least 5 released, nothing withheld to protect the smaller ones (the planted period gives single organizations).
    expect(linearAttack(scored.set.size, [{ cells: weakenedView(scored, latest), members }]).length).toBeGreaterThan(0);
  }, 120_000);

  it('(e) percentile probing: drafts get no rank, submitted ranks are a function of the published bands alone; an exact rank gives members\' scores away', async () => {
    // Release 1 (the demo's): after the small imports above, the latest release withholds much of what they touched.
    const cohortCell = (await snapshot(api, 1)).filter((c) => c.fields.length === 1 && c.fields[0] === 'industry').sort((a, b) => b.n - a.n)[0]!;
    const cohort = { industry: [cohortCell.values.industry!.toUpperCase().replace(/-/g, '_')] };
    const organizationId = await createOrganization(api, api.tokens.CONSULTANT, { name: 'Probe Ltd', industry: 'RETAIL', sizeBand: 'SMALL', region: 'EUROPE' });
    const file = readExample('mid-size-insurer');
    const { startAssessment } = dataOf(await api.gql(startAssessmentMutation, { organizationId }, api.tokens.CONSULTANT));
    const respondent = file.respondents[0]!;
    dataOf(await api.gql(addRespondentMutation, { assessmentId: startAssessment.id, key: respondent.id, businessUnit: respondent.businessUnit }, api.tokens.CONSULTANT));
    dataOf(await api.gql(saveAnswersMutation, { assessmentId: startAssessment.id, respondentKey: respondent.id, answers: answerInputs(respondent.answers) }, api.tokens.CONSULTANT));
    const comparisonQuery = `query($id: ID!, $cohort: CohortFilterInput) { node(id: $id) { ... on Assessment { status comparison(cohort: $cohort, release: 1) { status release measures { id score percentile { rank low high } } } } } }`;
    const draft = dataOf(await api.gql(comparisonQuery, { id: startAssessment.id, cohort }, api.tokens.CONSULTANT)).node;
    expect(draft.status).toBe('DRAFT');
    expect(draft.comparison).toMatchObject({ status: 'released', release: 1 });
    expect(draft.comparison.measures).toHaveLength(5);
    for (const m of draft.comparison.measures) expect(m.percentile).toBeNull();

    for (const name of ['small-retailer', 'mid-size-insurer', 'telecom-operator'] as const) {
      const id = await submitAnswerFile(api, api.tokens.CONSULTANT, organizationId, readExample(name));
      const node = dataOf(await api.gql(comparisonQuery, { id, cohort }, api.tokens.CONSULTANT)).node;
      expect(node.comparison.status).toBe('released');
      for (const measure of node.comparison.measures) {
        const published = measure.id === 'overall' ? cohortCell.overall : cohortCell.dimensions.find((d) => (d as { id?: string }).id === measure.id)!;
        const expected = bandedPercentile(published.bands!, measure.score);
        expect(measure.percentile.low).toBe(Math.round(expected.low));
        expect(measure.percentile.high).toBe(Math.round(expected.high));
      }
    }

    // Bisection against the oracle the API answers with finds band edges, not members; against an exact mid-rank oracle it finds members.
    const { scored } = await loadScoredBenchmark(api.db, questionnaire);
    const small = (await snapshot(api)).filter((c) => c.n >= 5 && c.n <= 30).sort((a, b) => a.n - b.n)[0]!;
    const members = truthByLabel(scored, planGroupings).get(small.label)!.overall;
    const ours = probeOracle((s) => {
      const p = bandedPercentile(small.overall.bands!, s);
      return Math.round(p.low) * 1000 + Math.round(p.high);
    });
    for (const flip of ours) expect(members.some((m) => Math.abs(m - flip) < 1e-6)).toBe(false);
    const sorted = Float64Array.from(members).sort();
    const exact = probeOracle((s) => percentileRankInterval(sorted, s).rank);
    expect(exact.filter((flip) => members.some((m) => Math.abs(m - flip) < 1e-6)).length).toBeGreaterThan(0);
  }, 180_000);

  it('refuses a release that would repeat the last one, and a LAPLACE release states its budget', async () => {
    const again = errorOf(await api.gql('mutation { publishBenchmarkRelease { version } }', {}, api.tokens.ADMIN));
    expect(again.extensions?.code).toBe('RELEASE_REFUSED');
    expect(errorOf(await api.gql('mutation { publishBenchmarkRelease(mode: LAPLACE) { version } }', {}, api.tokens.ADMIN)).extensions?.code).toBe('BAD_USER_INPUT');
    const noised = dataOf(await api.gql('mutation { publishBenchmarkRelease(mode: LAPLACE, epsilon: 0.5) { release { version mode epsilon privacyBudget } } }', {}, api.tokens.ADMIN)).publishBenchmarkRelease;
    expect(noised.release).toMatchObject({ mode: 'LAPLACE', epsilon: 0.5, privacyBudget: 11 * 6 * 0.5 });
    const cells = dataOf(await api.gql('{ cohortStatistics(groupBy: [industry]) { release { mode } cells { noised n overall { mean sd quartiles bands { count } } } } }', {}, api.tokens.RESEARCHER)).cohortStatistics;
    expect(cells.release.mode).toBe('LAPLACE');
    for (const c of cells.cells) expect(c).toMatchObject({ noised: true, overall: { sd: null, quartiles: null, bands: [] } });
    // Non-admins never see when or how much data arrived.
    const datasets = dataOf(await api.gql('{ benchmarkDatasets { name rowCount importedAt } }', {}, api.tokens.RESEARCHER)).benchmarkDatasets;
    for (const d of datasets) expect(d).toMatchObject({ rowCount: null, importedAt: null });
  }, 120_000);
});
