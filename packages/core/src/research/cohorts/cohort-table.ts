import type { ProfileField } from '../response-row-schema';
import type { ScoredResponseSet } from '../score-response-set';
import { checkMinimumSize, defaultMinimumSize } from './disclosure-control';
import { groupRows } from './group-rows';

export type CohortTableRow = {
  label: string;
  values: Partial<Record<ProfileField, string>>;
  withheld: boolean;
  /** The following are absent when the cell is withheld. */
  n?: number;
  mean?: number;
  sd?: number;
  quartiles?: [number, number, number];
};

/**
 * The lean, fast path for "every cohort of one grouping at once": n, mean,
 * sample sd and type-7 quartiles of one score per cell, cells below the
 * minimum withheld. One grouping has no overlapping cells, so primary
 * suppression is all it needs; for several overlapping groupings use
 * `releaseCohorts`. `measure` is -1 for the overall index or a dimension
 * index.
 */
export function cohortTable(
  scored: ScoredResponseSet,
  fields: readonly ProfileField[],
  options: { minSize?: number; measure?: number } = {},
): CohortTableRow[] {
  const minSize = options.minSize ?? defaultMinimumSize;
  checkMinimumSize(minSize);
  const measure = options.measure ?? -1;
  const column = measure < 0 ? scored.overall : scored.dimensions[measure];
  if (!column) throw new RangeError(`cohortTable requires a measure from -1 to ${scored.dimensions.length - 1}, got ${measure}`);
  const scratch = new Float64Array(scored.set.size);
  return groupRows(scored.set, fields).map((cell) => {
    const n = cell.rows.length;
    if (n < minSize) return { label: cell.label, values: cell.values, withheld: true };
    const values = scratch.subarray(0, n);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const v = column[cell.rows[i]!]!;
      values[i] = v;
      sum += v;
    }
    const mean = sum / n;
    let squares = 0;
    for (let i = 0; i < n; i++) squares += (values[i]! - mean) ** 2;
    values.sort();
    return {
      label: cell.label,
      values: cell.values,
      withheld: false,
      n,
      mean,
      sd: Math.sqrt(squares / (n - 1)),
      quartiles: [type7(values, 0.25), type7(values, 0.5), type7(values, 0.75)],
    };
  });
}

/** R type-7 quantile of sorted values (the same definition as statistics/quantile-type7.ts, without its checks). */
function type7(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (h - low) * (sorted[high]! - sorted[low]!);
}
