import { describe, expect, it } from 'vitest';
import { groupRows, industries, sizeBands, summarizeCohort } from '@crm-maturity/core';
import { scoredFixtureSet } from '../packages/core/src/testing/profile-rows';
import { loadTable, openDuckDb } from './support/duckdb';

describe('cohort statistics agree with DuckDB on the same data', () => {
  it('n, mean, sd, quartiles and deciles of every score in every industry x size cell', async () => {
    const scored = scoredFixtureSet(3000, 11);
    const connection = await openDuckDb();
    const measures = { overall: scored.overall, ...Object.fromEntries(scored.dimensions.map((column, d) => [`d${d}`, column])) };
    await loadTable(connection, 'scores', {
      industry: Array.from(scored.set.industry, (i) => industries[i]!),
      size: Array.from(scored.set.sizeBand, (i) => sizeBands[i]!),
      ...measures,
    });
    const probabilities = [0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9];
    const columns = Object.keys(measures);
    const select = columns
      .map((c) => `avg(${c}) AS ${c}_mean, stddev_samp(${c}) AS ${c}_sd, min(${c}) AS ${c}_min, max(${c}) AS ${c}_max, ${probabilities.map((p, i) => `quantile_cont(${c}, ${p}) AS ${c}_q${i}`).join(', ')}`)
      .join(', ');
    const reader = await connection.runAndReadAll(`SELECT industry, size, count(*)::INTEGER AS n, ${select} FROM scores GROUP BY industry, size HAVING count(*) >= 2 ORDER BY industry, size`);
    const expected = reader.getRowObjects();
    const cells = groupRows(scored.set, ['industry', 'sizeBand']).filter((c) => c.rows.length >= 2);
    expect(cells.length).toBe(expected.length);
    expect(cells.length).toBeGreaterThan(20);
    const byLabel = new Map(expected.map((row) => [`industry=${row.industry}, sizeBand=${row.size}`, row]));
    for (const cell of cells) {
      const reference = byLabel.get(cell.label)!;
      const summary = summarizeCohort(scored, cell.rows);
      expect(summary.n).toBe(reference.n);
      const ours = [summary.overall, ...summary.dimensions];
      columns.forEach((c, m) => {
        const s = ours[m]!;
        const q = [s.deciles[0], s.deciles[1], s.quartiles[0], s.deciles[2], s.deciles[3], s.quartiles[1], s.deciles[5], s.deciles[6], s.quartiles[2], s.deciles[7], s.deciles[8]];
        expect(s.mean).toBeCloseTo(Number(reference[`${c}_mean`]), 9);
        expect(s.sd).toBeCloseTo(Number(reference[`${c}_sd`]), 9);
        expect(s.min).toBe(Number(reference[`${c}_min`]));
        expect(s.max).toBe(Number(reference[`${c}_max`]));
        q.forEach((value, i) => expect(value, `${cell.label} ${c} p=${probabilities[i]}`).toBeCloseTo(Number(reference[`${c}_q${i}`]), 9));
      });
    }
  });
});
