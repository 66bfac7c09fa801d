/**
 * r_wg (James, Demaree & Wolf, 1984): agreement among raters on one item,
 * 1 − observed variance / the variance of a uniform "no agreement" answer.
 * `categories` equally spaced answers on the 0-1 fraction scale give an
 * expected variance of (A + 1) / (12 (A − 1)); a continuous answer 1/12.
 * Negative values (more spread than chance) are reported as 0, as is usual.
 *
 * @example
 * withinGroupAgreement([1, 1, 1], 2); // => 1
 * withinGroupAgreement([1, 1, 0], 2); // => 0 (a yes/no split this wide is no better than chance)
 */
export function withinGroupAgreement(values: readonly number[], categories: number | undefined): number | null {
  if (values.length < 2) return null;
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1);
  const expected = categories !== undefined && categories >= 2 ? (categories + 1) / (12 * (categories - 1)) : 1 / 12;
  return Math.max(0, Math.min(1, 1 - variance / expected));
}
