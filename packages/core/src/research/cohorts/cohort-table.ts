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
    return {
      label: cell.label,
      values: cell.values,
      withheld: false,
      n,
      mean,
      sd: Math.sqrt(squares / (n - 1)),
      quartiles: quartilesBySelection(values),
    };
  });
}

/**
 * Type-7 quartiles (the definition of statistics/quantile-type7.ts) by
 * selection instead of sorting: each needs the order statistics at floor(h)
 * and floor(h) + 1, found by quickselect on a shrinking range, so a cohort
 * costs O(n) rather than O(n log n). `values` is reordered.
 */
export function quartilesBySelection(values: Float64Array): [number, number, number] {
  const n = values.length;
  const result: number[] = [];
  let from = 0;
  for (const p of [0.25, 0.5, 0.75]) {
    const h = (n - 1) * p;
    const low = Math.floor(h);
    selectInPlace(values, low, from, n - 1);
    from = low;
    const lower = values[low]!;
    let upper = lower;
    if (low + 1 < n && h > low) {
      // The next order statistic is the smallest value to the right of the selected one.
      upper = Infinity;
      for (let i = low + 1; i < n; i++) if (values[i]! < upper) upper = values[i]!;
    }
    result.push(lower + (h - low) * (upper - lower));
  }
  return result as [number, number, number];
}

/** Hoare-style quickselect with median-of-three pivots: afterwards values[k] is the k-th smallest of values[left..right]. */
function selectInPlace(values: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    const mid = (left + right) >>> 1;
    // Median of three as the pivot keeps sorted and reversed input linear.
    if (values[mid]! < values[left]!) swap(values, mid, left);
    if (values[right]! < values[left]!) swap(values, right, left);
    if (values[right]! < values[mid]!) swap(values, right, mid);
    const pivot = values[mid]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        swap(values, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

function swap(values: Float64Array, a: number, b: number): void {
  const t = values[a]!;
  values[a] = values[b]!;
  values[b] = t;
}
