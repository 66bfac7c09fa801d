import { describe, expect, it } from 'vitest';
import { scoredFixtureSet } from '../../testing/profile-rows';
import { summarizeCohort } from './cohort-statistics';
import { cohortTable } from './cohort-table';
import { groupRows } from './group-rows';

describe('cohortTable', () => {
  it('agrees with summarizeCohort cell by cell and withholds small cells', () => {
    const scored = scoredFixtureSet(1500, 5);
    const table = cohortTable(scored, ['industry', 'sizeBand'], { minSize: 8, measure: 2 });
    const cells = groupRows(scored.set, ['industry', 'sizeBand']);
    expect(table.map((r) => r.label)).toEqual(cells.map((c) => c.label));
    expect(table.some((r) => r.withheld)).toBe(true);
    table.forEach((row, i) => {
      const cell = cells[i]!;
      if (cell.rows.length < 8) {
        expect(row).toEqual({ label: cell.label, values: cell.values, withheld: true });
        return;
      }
      const summary = summarizeCohort(scored, cell.rows).dimensions[2]!;
      expect(row.n).toBe(cell.rows.length);
      expect(row.mean).toBeCloseTo(summary.mean, 10);
      expect(row.sd).toBeCloseTo(summary.sd, 10);
      expect(row.quartiles).toEqual(summary.quartiles);
    });
  });
});

describe('quartilesBySelection', () => {
  it('equals type-7 quartiles of the sorted values, ties and small sizes included', async () => {
    const fc = (await import('fast-check')).default;
    const { quantileType7 } = await import('../../statistics/quantile-type7');
    const { quartilesBySelection } = await import('./cohort-table');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double({ min: 0, max: 100, noNaN: true })), { minLength: 1, maxLength: 200 }), (values) => {
        const sorted = Float64Array.from(values).sort();
        const expected = [0.25, 0.5, 0.75].map((p) => quantileType7(sorted, p));
        expect(quartilesBySelection(Float64Array.from(values))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
