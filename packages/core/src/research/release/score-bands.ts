/** One published band of a score's distribution: `count` organizations scored at least `from` and below `to` (the last band includes 100). */
export type ScoreBand = { from: number; to: number; count: number };

/** The width of the bands a distribution starts from, in points of the 0-100 scale. */
export const baseBandWidth = 10;

/**
 * A score distribution as bands that each hold at least `minSize`
 * organizations: the 10-point bands 0-10, ..., 90-100 are merged with their
 * neighbours, from the bottom up, until every band reaches `minSize` (the
 * last one is merged into the one below it when it falls short). So no band
 * can place fewer than `minSize` organizations, and the lowest and highest
 * bands (where a minimum or maximum would sit) hold `minSize` or more: the
 * bands coarsen every score to a group of at least `minSize`.
 *
 * @param values the scores (0-100) of a cohort of at least `minSize`
 * @throws {RangeError} when there are fewer values than `minSize`
 * @example
 * scoreBands([12, 15, 18, 33, 35, 61, 64, 66, 70, 92], 3)
 * // => [{ from: 10, to: 20, count: 3 }, { from: 30, to: 100, count: 7 }]
 * // (30-70 holds 5; 70-100 holds only 2, so it joins the band below)
 */
export function scoreBands(values: ArrayLike<number>, minSize: number): ScoreBand[] {
  if (values.length < minSize) throw new RangeError(`scoreBands requires at least ${minSize} values, got ${values.length}`);
  const bandCount = 100 / baseBandWidth;
  const counts = new Array<number>(bandCount).fill(0);
  for (let i = 0; i < values.length; i++) counts[Math.min(bandCount - 1, Math.max(0, Math.floor(values[i]! / baseBandWidth)))]!++;
  const bands: ScoreBand[] = [];
  let open: ScoreBand | undefined;
  for (let b = 0; b < bandCount; b++) {
    if (!open) {
      // Empty bands below the first organization are left out: "from" is the lower edge of the first non-empty band.
      if (counts[b] === 0) continue;
      open = { from: b * baseBandWidth, to: (b + 1) * baseBandWidth, count: 0 };
    }
    open.count += counts[b]!;
    open.to = (b + 1) * baseBandWidth;
    if (open.count >= minSize) {
      bands.push(open);
      open = undefined;
    }
  }
  if (open && open.count > 0) {
    const last = bands.pop()!;
    bands.push({ from: last.from, to: open.to, count: last.count + open.count });
  }
  // Empty bands above the last organization are left out too: trim "to" back to the last non-empty 10-point band.
  const last = bands[bands.length - 1]!;
  let top = bandCount - 1;
  while (counts[top] === 0) top--;
  last.to = Math.min(last.to, (top + 1) * baseBandWidth);
  return bands;
}

/**
 * The quantile `p` of a banded distribution, interpolated linearly within
 * the band where it falls (the grouped-data quantile: organizations are
 * taken as spread evenly across their band). It depends only on the bands,
 * so it tells nothing the bands do not.
 *
 * @example
 * bandedQuantile([{ from: 0, to: 50, count: 5 }, { from: 50, to: 100, count: 5 }], 0.5) // => 50
 */
export function bandedQuantile(bands: readonly ScoreBand[], p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`bandedQuantile requires p between 0 and 1, got ${p}`);
  const n = bands.reduce((sum, band) => sum + band.count, 0);
  const target = p * n;
  let below = 0;
  for (const band of bands) {
    if (below + band.count >= target) return band.from + ((target - below) / band.count) * (band.to - band.from);
    below += band.count;
  }
  return bands[bands.length - 1]!.to;
}

/**
 * Where a score stands in a banded distribution: the share of organizations
 * in bands wholly below it (`low`), that share plus its own band's (`high`),
 * and the interpolated rank between them, all in percent. A score is never
 * placed more finely than its band.
 *
 * @example
 * bandedPercentile([{ from: 0, to: 50, count: 5 }, { from: 50, to: 100, count: 5 }], 75)
 * // => { rank: 75, low: 50, high: 100 }
 */
export function bandedPercentile(bands: readonly ScoreBand[], score: number): { rank: number; low: number; high: number } {
  const n = bands.reduce((sum, band) => sum + band.count, 0);
  let below = 0;
  for (const band of bands) {
    const top = band === bands[bands.length - 1] ? Number.POSITIVE_INFINITY : band.to;
    if (score < band.from) return { rank: (100 * below) / n, low: (100 * below) / n, high: (100 * below) / n };
    if (score < top) {
      const within = Math.min(1, (score - band.from) / (band.to - band.from));
      return { rank: (100 * (below + within * band.count)) / n, low: (100 * below) / n, high: (100 * (below + band.count)) / n };
    }
    below += band.count;
  }
  return { rank: 100, low: 100, high: 100 };
}
