/**
 * The attacks of the privacy suite, written against what an outsider sees
 * (cells with their published numbers) and apart from the release code
 * they attack. Each takes a view of a release, from the API or from a
 * deliberately weakened release built in the test, so the same attack can
 * be shown to win against the weak one.
 */
import { recoverableOrganizations } from '../../../packages/core/src/testing/linear-attacker';
import { groupRows, labelOfCell, type ProfileField, type ScoredResponseSet } from './privacy-data';

/** One released cohort as an outsider reads it. */
export type CellView = { label: string; fields: ProfileField[]; values: Partial<Record<ProfileField, string>>; n: number; overall: MeasureView; dimensions: MeasureView[] };
export type MeasureView = {
  mean: number;
  min?: number | null;
  max?: number | null;
  median?: number | null;
  quartiles?: number[] | null;
  deciles?: number[] | null;
  bands?: { from: number; to: number; count: number }[];
};

/** Every number a measure publishes. */
function publishedNumbers(m: MeasureView): number[] {
  return [m.min, m.max, m.median, ...(m.quartiles ?? []), ...(m.deciles ?? []), ...(m.bands ?? []).flatMap((b) => [b.from, b.to])].filter((x): x is number => typeof x === 'number');
}

/** The true scores of the members of each cell of each grouping (what the attacker wants), keyed by label. */
export function truthByLabel(scored: ScoredResponseSet, groupings: ProfileField[][], rows?: Uint32Array): Map<string, { overall: number[]; rows: number[] }> {
  const truth = new Map<string, { overall: number[]; rows: number[] }>();
  const included = rows ? new Set(rows) : undefined;
  for (const fields of groupings) {
    for (const cell of groupRows(scored.set, fields)) {
      const members = Array.from(cell.rows).filter((r) => !included || included.has(r));
      truth.set(labelOfCell(fields, cell.values), { overall: members.map((r) => scored.overall[r]!), rows: members });
    }
  }
  return truth;
}

/**
 * (a) Order statistics: in a cell of n organizations, the minimum, the
 * quartiles or deciles and the maximum are n of the members' scores when n
 * is 5 or 11. Returns each member score some published number equals.
 */
export function orderStatisticAttack(cells: CellView[], truth: Map<string, { overall: number[] }>, maxN = 11): { label: string; score: number }[] {
  const recovered: { label: string; score: number }[] = [];
  for (const cell of cells) {
    if (cell.n > maxN) continue;
    const candidates = publishedNumbers(cell.overall);
    for (const score of truth.get(cell.label)?.overall ?? []) if (candidates.some((c) => Math.abs(c - score) < 1e-9)) recovered.push({ label: cell.label, score });
  }
  return recovered;
}

/** (b) Extremes against withheld cohorts: which of the given (withheld) organizations' scores any released cell publishes. */
export function extremesAttack(cells: CellView[], targets: number[]): number[] {
  const numbers = cells.flatMap((c) => [c.overall, ...c.dimensions].flatMap(publishedNumbers));
  return targets.filter((score) => numbers.some((x) => Math.abs(x - score) < 1e-9));
}

/**
 * (c) Differencing two releases: a cell released in both whose size grew
 * by one gives that organization's score as the difference of the sums.
 */
export function pairwiseDifferencingAttack(before: CellView[], after: CellView[]): { label: string; score: number }[] {
  const old = new Map(before.map((c) => [c.label, c]));
  return after.flatMap((cell) => {
    const previous = old.get(cell.label);
    if (!previous || cell.n - previous.n !== 1) return [];
    return [{ label: cell.label, score: cell.n * cell.overall.mean - previous.n * previous.overall.mean }];
  });
}

/**
 * (c, d) The full linear attack: every released cell of every release is
 * one equation over the organizations it counted; an organization is
 * recovered when its unit vector is in their span (core's test attacker,
 * dense elimination with organizations as unknowns, unlike the release's
 * own audit).
 */
export function linearAttack(organizations: number, releases: { cells: CellView[]; members: (label: string) => number[] }[]): number[] {
  return recoverableOrganizations(organizations, releases.flatMap((release) => release.cells.map((cell) => release.members(cell.label))));
}

/**
 * (e) Probing a percentile oracle: bisection on the probe score for the
 * points where the oracle's answer changes. Against an exact mid-rank
 * oracle those points are members' scores.
 */
export function probeOracle(oracle: (score: number) => number, from = 0, to = 100, steps = 400): number[] {
  const flips: number[] = [];
  const grid = Array.from({ length: steps + 1 }, (_, i) => from + ((to - from) * i) / steps);
  for (let i = 0; i < steps; i++) {
    let low = grid[i]!;
    let high = grid[i + 1]!;
    if (oracle(low) === oracle(high)) continue;
    for (let k = 0; k < 60; k++) {
      const mid = (low + high) / 2;
      if (oracle(mid) === oracle(low)) low = mid;
      else high = mid;
    }
    flips.push(high);
  }
  return flips;
}
