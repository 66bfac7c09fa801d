import { DuckDBInstance } from '@duckdb/node-api';
import { cohortTable, type ScoredResponseSet } from '@crm-maturity/core';
import { timeInterleaved, type Figure } from '../support/measure';

/**
 * Statistics of every industry x size x region x period cell (about 600
 * cohorts) over a million scored rows: n, mean, sd, quartiles and primary
 * suppression, by core's `cohortTable` and by DuckDB on one thread over the
 * same columns, side by side.
 */
export async function cohortStatisticsSuite(scored: ScoredResponseSet): Promise<Figure[]> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  await connection.run('CREATE TABLE scores (industry UTINYINT, size UTINYINT, region UTINYINT, period USMALLINT, overall DOUBLE)');
  const appender = await connection.createAppender('scores');
  const { set } = scored;
  for (let row = 0; row < set.size; row++) {
    appender.appendUTinyInt(set.industry[row]!);
    appender.appendUTinyInt(set.sizeBand[row]!);
    appender.appendUTinyInt(set.region[row]!);
    appender.appendUSmallInt(set.period[row]!);
    appender.appendDouble(scored.overall[row]!);
    appender.endRow();
  }
  appender.closeSync();
  const sql = `SELECT industry, size, region, period, count(*) AS n,
      CASE WHEN count(*) >= 5 THEN avg(overall) END AS mean,
      CASE WHEN count(*) >= 5 THEN stddev_samp(overall) END AS sd,
      CASE WHEN count(*) >= 5 THEN quantile_cont(overall, [0.25, 0.5, 0.75]) END AS quartiles
    FROM scores GROUP BY ALL`;
  let cells = 0;
  let duckCells = 0;
  const [core, duck] = await timeInterleaved(
    [
      { name: 'core cohortTable', run: () => { cells = cohortTable(scored, ['industry', 'sizeBand', 'region', 'period'], { minSize: 5 }).length; } },
      { name: 'DuckDB, 1 thread', run: async () => { duckCells = (await connection.runAndReadAll(sql)).currentRowCount; } },
    ],
    7,
  );
  if (cells !== duckCells) throw new Error(`cohort counts differ: core ${cells}, DuckDB ${duckCells}`);
  connection.closeSync();
  return [
    {
      suite: 'cohort statistics',
      figure: `${cells} cohorts over ${set.size.toLocaleString('en')} rows (n, mean, sd, quartiles, suppression below 5)`,
      value: `${core!.medianMs.toFixed(1)} ms`,
      ratio: core!.medianMs / duck!.medianMs,
      baseline: `DuckDB one thread ${duck!.medianMs.toFixed(1)} ms`,
      target: '≤ 1 (no slower than DuckDB)',
      pass: core!.medianMs <= duck!.medianMs,
    },
  ];
}
