/** A linear statistic of a categorical distribution and the value it should take: Σ coefficients[c] · p[c] = target. */
export type LinearTarget = { coefficients: readonly number[]; target: number };

export type FittedMarginal = {
  /** The fitted distribution, one probability per category (0 where the prior is 0). */
  probabilities: number[];
  /** Each target's statistic under the fitted distribution, in the order given. */
  achieved: number[];
};

/**
 * Pull of the least-squares fit toward the first-step distribution, so that
 * categories no later figure mentions keep a realistic share.
 */
const stayNearWeight = 0.1;

/**
 * Fits a distribution over answer categories to published figures, in two
 * steps:
 *
 * 1. The first target is met exactly by exponential tilting of the prior,
 *    p[c] ∝ prior[c] · exp(θ · coefficients[c]): the distribution closest
 *    to the prior (least relative entropy) with that statistic. A target
 *    outside what the categories can reach is clamped to the nearest end.
 * 2. Later targets (the research sometimes gives figures that cannot all
 *    hold, e.g. customer data sources whose shares sum to more than 100%)
 *    are fitted by least squares, Σ (statistic - target)² plus a weak
 *    chi-square pull (weight 0.1) toward the step-1 distribution, keeping
 *    the first target exact. This needs the first target to be a share of
 *    whole categories (0/1 coefficients); otherwise later targets are left
 *    as step 1 makes them. `achieved` tells how close each one came.
 *
 * @param prior default shares, summing to 1 (categories at 0 stay at 0)
 * @param targets the figures in their order of precedence
 * @throws {RangeError} when the prior is empty or does not sum to 1
 * @example
 * fitMarginal([0.5, 0.5], [{ coefficients: [0, 1], target: 0.25 }]).probabilities; // => [0.75, 0.25]
 */
export function fitMarginal(prior: readonly number[], targets: readonly LinearTarget[]): FittedMarginal {
  const total = prior.reduce((sum, p) => sum + p, 0);
  if (prior.length === 0 || prior.some((p) => !(p >= 0)) || Math.abs(total - 1) > 1e-9) {
    throw new RangeError(`fitMarginal requires a prior of non-negative shares summing to 1, got [${prior.join(', ')}]`);
  }
  const first = targets[0];
  let probabilities = first ? tilt(prior, first.coefficients, first.target) : [...prior];
  const later = targets.slice(1);
  const blocks = first && first.coefficients.every((a, c) => prior[c] === 0 || a === 0 || a === 1);
  if (later.length > 0 && first && blocks) probabilities = leastSquares(probabilities, first.coefficients, later);
  return { probabilities, achieved: targets.map((t) => dot(t.coefficients, probabilities)) };
}

function dot(a: readonly number[], p: readonly number[]): number {
  let sum = 0;
  for (let c = 0; c < p.length; c++) sum += a[c]! * p[c]!;
  return sum;
}

function tilt(prior: readonly number[], a: readonly number[], target: number): number[] {
  const support = prior.map((p, c) => (p > 0 ? c : -1)).filter((c) => c >= 0);
  const low = Math.min(...support.map((c) => a[c]!));
  const high = Math.max(...support.map((c) => a[c]!));
  const restrictTo = (value: number) => {
    const kept = prior.map((p, c) => (a[c] === value ? p : 0));
    const mass = kept.reduce((s, p) => s + p, 0);
    return kept.map((p) => p / mass);
  };
  if (high - low < 1e-15) return [...prior];
  if (target <= low) return restrictTo(low);
  if (target >= high) return restrictTo(high);
  const at = (theta: number) => {
    const shift = theta > 0 ? high : low; // keeps every exponent at or below 0
    const weights = prior.map((p, c) => (p > 0 ? p * Math.exp(theta * (a[c]! - shift)) : 0));
    const mass = weights.reduce((s, w) => s + w, 0);
    return weights.map((w) => w / mass);
  };
  let below = -1;
  let above = 1;
  while (dot(a, at(below)) > target) below *= 2;
  while (dot(a, at(above)) < target) above *= 2;
  for (let i = 0; i < 200 && above - below > 1e-13 * Math.max(1, Math.abs(below)); i++) {
    const middle = (below + above) / 2;
    if (dot(a, at(middle)) < target) below = middle;
    else above = middle;
  }
  return at((below + above) / 2);
}

function leastSquares(start: readonly number[], blockOf: readonly number[], targets: readonly LinearTarget[]): number[] {
  const n = start.length;
  const free = start.map((p) => p > 0);
  const blocks = [0, 1].map((b) => start.map((_, c) => c).filter((c) => free[c] && blockOf[c] === b));
  const masses = blocks.map((block) => block.reduce((s, c) => s + start[c]!, 0));
  let lipschitz = 0;
  for (const t of targets) lipschitz += 2 * t.coefficients.reduce((s, a, c) => s + (free[c] ? a * a : 0), 0);
  lipschitz += 2 * stayNearWeight * Math.max(...start.filter((p) => p > 0).map((p) => 1 / p));
  const step = 1 / lipschitz;
  let p = [...start];
  const gradient = new Array<number>(n);
  for (let iteration = 0; iteration < 50_000; iteration++) {
    for (let c = 0; c < n; c++) gradient[c] = free[c] ? (2 * stayNearWeight * (p[c]! - start[c]!)) / start[c]! : 0;
    for (const t of targets) {
      const residual = dot(t.coefficients, p) - t.target;
      for (let c = 0; c < n; c++) if (free[c]) gradient[c]! += 2 * residual * t.coefficients[c]!;
    }
    const next = p.map((value, c) => value - step * gradient[c]!);
    blocks.forEach((block, b) => {
      const projected = projectOntoSimplex(block.map((c) => next[c]!), masses[b]!);
      block.forEach((c, k) => (next[c] = projected[k]!));
    });
    let change = 0;
    for (let c = 0; c < n; c++) change = Math.max(change, Math.abs(next[c]! - p[c]!));
    p = next;
    if (change < 1e-14) break;
  }
  return p;
}

/** Euclidean projection onto {x ≥ 0, Σx = mass} (Held, Wolfe & Crowder 1974; the sort-based form of Duchi et al. 2008). */
function projectOntoSimplex(values: readonly number[], mass: number): number[] {
  if (values.length === 0) return [];
  const sorted = [...values].sort((x, y) => y - x);
  let cumulative = 0;
  let threshold = 0;
  for (let k = 0; k < sorted.length; k++) {
    cumulative += sorted[k]!;
    const candidate = (cumulative - mass) / (k + 1);
    if (sorted[k]! - candidate > 0) threshold = candidate;
  }
  return values.map((v) => Math.max(0, v - threshold));
}
