import { sampleVariance } from 'simple-statistics';

/**
 * Cronbach's coefficient alpha (Cronbach 1951, Psychometrika 16:297-334),
 * the internal consistency of k items answered by the same respondents:
 * α = k/(k - 1) · (1 - Σ var(item_i) / var(total)), sample variances,
 * total = each respondent's sum over the items. Same as R's
 * `psych::alpha(x)$total$raw_alpha` and `ltm::cronbach.alpha(x)`, and
 * Python's `pingouin.cronbach_alpha` on complete data. Can be negative when
 * items disagree more than they agree.
 *
 * @param items one row per respondent, one column per item; no missing
 *   values (drop incomplete respondents first)
 * @returns alpha, at most 1
 * @throws {Error} when there are fewer than two respondents or two items,
 *   rows differ in length, a value is not finite, or the totals do not vary
 * @example
 * cronbachAlpha([[1, 1], [2, 3], [3, 2]]); // => 0.6666666666666667
 */
export function cronbachAlpha(items: readonly (readonly number[])[]): number {
  const n = items.length;
  if (n < 2) throw new Error(`cronbachAlpha requires at least two respondents (rows), got ${n}`);
  const k = items[0]?.length ?? 0;
  if (k < 2) throw new Error(`cronbachAlpha requires at least two items (columns), got ${k}`);
  const columns: number[][] = Array.from({ length: k }, () => []);
  const totals: number[] = [];
  items.forEach((row, r) => {
    if (row.length !== k) throw new Error(`cronbachAlpha requires rows of equal length: row ${r} has ${row.length} items, row 0 has ${k}`);
    let total = 0;
    row.forEach((value, c) => {
      if (!Number.isFinite(value)) throw new Error(`cronbachAlpha requires finite values, got ${value} at row ${r}, item ${c}`);
      (columns[c] as number[]).push(value);
      total += value;
    });
    totals.push(total);
  });
  const totalVariance = sampleVariance(totals);
  if (totalVariance === 0) throw new Error('cronbachAlpha requires total scores that vary between respondents');
  const itemVariances = columns.reduce((sum, column) => sum + sampleVariance(column), 0);
  return (k / (k - 1)) * (1 - itemVariances / totalVariance);
}
