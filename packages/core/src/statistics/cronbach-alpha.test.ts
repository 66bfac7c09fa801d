import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cronbachAlpha } from './cronbach-alpha';

// Independent form (Cronbach 1951; pingouin docs): α = k·c̄ / (v̄ + (k - 1)·c̄)
// with c̄ the mean inter-item covariance and v̄ the mean item variance.
function covarianceAlpha(rows: number[][]): number {
  const n = rows.length;
  const k = (rows[0] as number[]).length;
  const means = Array.from({ length: k }, (_, j) => rows.reduce((s, r) => s + (r[j] as number), 0) / n);
  const cov = (i: number, j: number) =>
    rows.reduce((s, r) => s + ((r[i] as number) - (means[i] as number)) * ((r[j] as number) - (means[j] as number)), 0) / (n - 1);
  let variances = 0;
  let covariances = 0;
  for (let i = 0; i < k; i++) {
    variances += cov(i, i);
    for (let j = 0; j < k; j++) if (i !== j) covariances += cov(i, j);
  }
  const vBar = variances / k;
  const cBar = covariances / (k * (k - 1));
  return (k * cBar) / (vBar + (k - 1) * cBar);
}

describe('cronbachAlpha', () => {
  it('reproduces the published pingouin example (Statology, "How to Calculate Cronbach\'s Alpha in Python", 2021)', () => {
    // pingouin.cronbach_alpha(df) -> (0.7734375, array([0.336, 0.939]))
    const q1 = [1, 2, 2, 3, 2, 2, 3, 3, 2, 3];
    const q2 = [1, 1, 1, 2, 3, 3, 2, 3, 3, 3];
    const q3 = [1, 1, 2, 1, 2, 3, 3, 3, 2, 3];
    const rows = q1.map((v, i) => [v, q2[i] as number, q3[i] as number]);
    expect(cronbachAlpha(rows)).toBeCloseTo(0.7734375, 12);
  });

  it('is 1 for identical items and agrees with the covariance form on generated data', () => {
    expect(cronbachAlpha([[1, 1, 1], [2, 2, 2], [5, 5, 5]])).toBeCloseTo(1, 12);
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }).chain((k) => fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: k, maxLength: k }), { minLength: 2, maxLength: 30 })),
        (rows) => {
          const totals = rows.map((r) => r.reduce((s, v) => s + v, 0));
          fc.pre(new Set(totals).size > 1);
          expect(cronbachAlpha(rows)).toBeCloseTo(covarianceAlpha(rows), 9);
        },
      ),
    );
  });

  it('throws on fewer than two items or rows, ragged rows or constant totals', () => {
    expect(() => cronbachAlpha([[1, 2]])).toThrow('cronbachAlpha requires at least two respondents (rows), got 1');
    expect(() => cronbachAlpha([[1], [2]])).toThrow('cronbachAlpha requires at least two items (columns), got 1');
    expect(() => cronbachAlpha([[1, 2], [2]])).toThrow('cronbachAlpha requires rows of equal length: row 1 has 1 items, row 0 has 2');
    expect(() => cronbachAlpha([[1, 2], [2, 1]])).toThrow('cronbachAlpha requires total scores that vary between respondents');
  });
});
