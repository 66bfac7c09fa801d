import { DuckDBInstance } from '@duckdb/node-api';
import { industries, releaseCohorts, sizeBands, type ProfileField, type ScoredResponseSet } from '@crm-maturity/core';
import { formatTimed, timeInterleaved, type Figure, type Timed } from '../support/measure';

/** `crm-maturity cohorts --by industry,size`: all organizations, then by industry, then industry × size. */
const groupings: ProfileField[][] = [[], ['industry'], ['industry', 'sizeBand']];
const probabilities = [0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9];

/**
 * The CLI's job over a million scored rows: `releaseCohorts` (what
 * `crm-maturity cohorts --by industry,size` runs: for the overall index and
 * every dimension n, mean, sd, score bands, median, quartiles and deciles,
 * level counts, under disclosure control), against DuckDB on its default
 * threads with the same columns preloaded, computing n, mean, sd, the
 * quartile and decile cut points and the level counts of every cell in one
 * GROUPING SETS query. DuckDB does no disclosure control and its quantiles
 * are exact where the release's are interpolated within bands of at least
 * five organizations; the figures are checked where they are comparable:
 * n and level counts exactly, mean and sd to the release's one decimal;
 * the largest quantile difference is reported.
 */
export async function cohortStatisticsSuite(scored: ScoredResponseSet): Promise<Figure[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const threads = (await connection.runAndReadAll(`SELECT current_setting('threads') AS t`)).getRowObjectsJS()[0]!.t;
  const measures = ['overall', ...scored.dimensions.map((_, d) => `d${d}`)];
  const levels = measures.map((m) => `${m}_level`);
  await connection.run(`CREATE TABLE scores (industry UTINYINT, size UTINYINT, ${measures.map((m) => `${m} DOUBLE`).join(', ')}, ${levels.map((l) => `${l} UTINYINT`).join(', ')})`);
  const appender = await connection.createAppender('scores');
  const { set } = scored;
  const columns = [scored.overall, ...scored.dimensions];
  const levelColumns = [scored.overallLevel, ...scored.dimensionLevels];
  for (let row = 0; row < set.size; row++) {
    appender.appendUTinyInt(set.industry[row]!);
    appender.appendUTinyInt(set.sizeBand[row]!);
    for (const column of columns) appender.appendDouble(column[row]!);
    for (const column of levelColumns) appender.appendUTinyInt(column[row]!);
    appender.endRow();
  }
  appender.closeSync();
  const levelCount = set.questionnaire.levels.length;
  const sql = `SELECT grouping(industry, size) AS g, industry, size, count(*)::INTEGER AS n,
      ${measures.map((m) => `avg(${m}) AS ${m}_mean, stddev_samp(${m}) AS ${m}_sd, quantile_cont(${m}, [${probabilities.join(', ')}]) AS ${m}_q`).join(',\n      ')},
      ${levels.flatMap((l) => Array.from({ length: levelCount }, (_, k) => `count_if(${l} = ${k})::INTEGER AS ${l}${k}`)).join(', ')}
    FROM scores GROUP BY GROUPING SETS ((), (industry), (industry, size))`;

  let release = releaseCohorts(scored, groupings);
  let duckRows = (await connection.runAndReadAll(sql)).getRowObjectsJS();
  const check = compare(release, duckRows, measures, levelCount);
  const timed = await timeInterleaved(
    [
      { name: 'core releaseCohorts', run: () => { release = releaseCohorts(scored, groupings); } },
      { name: `DuckDB, ${threads} threads`, run: async () => { duckRows = (await connection.runAndReadAll(sql)).getRowObjectsJS(); } },
    ],
    7,
  );
  const [core, duck] = timed as [Timed, Timed];
  connection.closeSync();
  return [
    {
      suite: 'cohort statistics',
      figure: `releaseCohorts as \`crm-maturity cohorts --by industry,size\` runs it: ${check.cells} cells over ${set.size.toLocaleString('en')} rows, overall and ${scored.dimensions.length} dimensions (n, mean, sd, bands, quartiles, deciles, levels, disclosure control)`,
      value: formatTimed(core),
      ratio: core.medianMs / duck.medianMs,
      baseline: `DuckDB, default threads (${threads}), data preloaded, one GROUPING SETS query (n, mean, sd, 11 quantiles, level counts): ${formatTimed(duck)}; agree on n, levels, mean and sd (to 0.1) in every released cell, quantiles within ${check.maxQuantileDifference.toFixed(2)} (banded vs exact)`,
      target: '≤ 1 (no slower than DuckDB)',
      pass: core.medianMs <= duck.medianMs,
    },
  ];
}

type DuckRow = Record<string, unknown>;

/** Compares every released cell with DuckDB's row for it; throws on a disagreement where the figures are comparable. */
function compare(release: ReturnType<typeof releaseCohorts>, rows: DuckRow[], measures: string[], levelCount: number): { cells: number; maxQuantileDifference: number } {
  const key = (industry: unknown, size: unknown) => `${industry ?? '*'}|${size ?? '*'}`;
  const byKey = new Map(rows.map((row) => [key(row.industry === null ? null : industries[Number(row.industry)], row.size === null ? null : sizeBands[Number(row.size)]), row]));
  let cells = 0;
  let maxQuantileDifference = 0;
  for (const grouping of release.groupings) {
    for (const cell of grouping.cells) {
      if (cell.status !== 'released') continue;
      cells++;
      const row = byKey.get(key(cell.values.industry, cell.values.sizeBand));
      if (!row) throw new Error(`DuckDB has no row for ${cell.label}`);
      const fail = (what: string, ours: unknown, theirs: unknown) => {
        throw new Error(`${cell.label}: ${what} is ${String(ours)} in the release, ${String(theirs)} in DuckDB`);
      };
      if (cell.summary.n !== row.n) fail('n', cell.summary.n, row.n);
      const ours = [cell.summary.overall, ...cell.summary.dimensions];
      const levelSets = [cell.summary.levels.overall, ...cell.summary.levels.dimensions.map((d) => d.levels)];
      measures.forEach((m, i) => {
        const s = ours[i]!;
        const mean = Number(row[`${m}_mean`]);
        const sd = Number(row[`${m}_sd`]);
        if (Math.abs(s.mean - mean) > 0.05 + 1e-9) fail(`${m} mean`, s.mean, mean);
        if (Math.abs(s.sd - sd) > 0.05 + 1e-9) fail(`${m} sd`, s.sd, sd);
        const exact = (row[`${m}_q`] as number[]).map(Number);
        const at = (p: number) => exact[probabilities.indexOf(p)]!;
        const banded: [number, number][] = [];
        if (s.median !== null) banded.push([s.median, at(0.5)]);
        if (s.quartiles) banded.push([s.quartiles[0], at(0.25)], [s.quartiles[2], at(0.75)]);
        if (s.deciles) s.deciles.forEach((value, k) => banded.push([value, at((k + 1) / 10)]));
        for (const [value, reference] of banded) maxQuantileDifference = Math.max(maxQuantileDifference, Math.abs(value - reference));
        for (let k = 0; k < levelCount; k++) {
          const theirs = row[`${m}_level${k}`];
          if (levelSets[i]![k]!.count !== theirs) fail(`${m} level ${k} count`, levelSets[i]![k]!.count, theirs);
        }
      });
    }
  }
  return { cells, maxQuantileDifference };
}
