import { CrmMaturityError } from '../../errors/crm-maturity-error';
import { privateCount } from '../../statistics/private-count';
import { privateMean } from '../../statistics/private-mean';
import type { UniformSource } from '../../statistics/laplace-noise';
import type { ProfileField } from '../response-row-schema';
import type { ScoredResponseSet } from '../score-response-set';
import { releasedSummary, type ReleasedSummary } from '../release/released-summary';
import { smallGroupExposures, type Exposure, type ReleaseHistory } from '../release/small-group-audit';
import { gather } from './cohort-statistics';
import { checkMinimumSize, defaultMinimumSize, suppressCells, type SuppressionReason } from './disclosure-control';
import { groupRows } from './group-rows';

export type ReleasedCell = {
  status: 'released';
  label: string;
  values: Partial<Record<ProfileField, string>>;
  summary: ReleasedSummary;
};

export type PrivateCell = {
  status: 'released_private';
  label: string;
  values: Partial<Record<ProfileField, string>>;
  /** Laplace-noised count and means (see `privacy`); nothing else is released in this mode. */
  noisyN: number;
  noisyMeans: { overall: number; dimensions: { id: string; mean: number }[] };
};

/** A cell that is not released. Kept for the publisher's report only: what a release shows lists released cells alone. */
export type WithheldCell = {
  status: 'withheld';
  label: string;
  values: Partial<Record<ProfileField, string>>;
  reason: SuppressionReason;
};

export type CohortCellRelease = ReleasedCell | PrivateCell | WithheldCell;

export type CohortRelease = {
  minSize: number;
  groupings: { fields: ProfileField[]; cells: CohortCellRelease[] }[];
  /** For the publisher: how many cells were withheld, and why. */
  withheld: { belowMinimum: number; complementary: number; differencing: number };
  privacy?: { epsilonPerStatistic: number; statisticsPerCell: number; epsilonPerRelease: number; note: string };
};

export type ReleaseOptions = {
  minSize?: number;
  questions?: boolean;
  /**
   * What was published before (rows' epochs and the cells each release
   * released): a cell whose release would let fewer than `minSize`
   * organizations be worked out by differencing with them is withheld.
   */
  history?: ReleaseHistory;
  /**
   * Release Laplace-noised counts and means instead of exact statistics,
   * drawing on `random`: a cryptographically secure source (the API passes
   * Web Crypto through `uniformFromRandomWords`; core reaches for no
   * platform API itself).
   */
  privacy?: { epsilon: number; random: UniformSource };
};

/** Exposures listed in a refusal: enough to act on (the message gives the count). */
const listedExposures = 20;

/**
 * RELEASE_REFUSED: no choice of cells to withhold keeps every small group
 * hidden (only possible if earlier releases already exposed one). The
 * details name each exposed group and the releases between which it lies.
 */
function releaseRefused(exposures: Exposure[]): CrmMaturityError {
  return new CrmMaturityError(
    'RELEASE_REFUSED',
    `the release is refused: earlier releases already single out ${exposures.length} group(s) of fewer than the minimum, e.g. ${exposures[0]?.label ?? ''} (epochs ${exposures[0]?.epochs.join('-') ?? ''}); withholding cells of this release cannot hide them`,
    exposures.slice(0, listedExposures).map((e) => ({ field: 'cohort', value: e.label, message: `${e.n} organization(s) between releases ${e.epochs.join(' and ')}` })),
  );
}

/**
 * Statistics for every cell of every grouping at once (e.g. `[[],
 * ['industry'], ['industry', 'sizeBand']]`), under disclosure control:
 * - no cell below `minSize` (default 5, never below 3) is released;
 * - complementary cells are withheld so that no withheld cell can be
 *   recovered by subtracting released ones (see `suppressCells`);
 * - the differencing audit (`smallGroupExposures`) over this release and
 *   every earlier one in `history` withholds more cells until no group of
 *   fewer than `minSize` organizations (a cell's rows added between two
 *   releases, an atom of all profile fields) lies in the span of the
 *   released cells;
 * - a released cell publishes no minimum, maximum or single organization's
 *   value (see `releasedSummary`).
 *
 * With `privacy`, cells publish only a Laplace-noised count and noised
 * means, and a cell whose noised count is below `minSize` is withheld (a
 * decision on noised values only, so it keeps the guarantee).
 *
 * @throws CrmMaturityError RELEASE_REFUSED when withholding cells cannot hide a group earlier releases exposed
 */
export function releaseCohorts(scored: ScoredResponseSet, groupings: readonly (readonly ProfileField[])[], options: ReleaseOptions = {}): CohortRelease {
  const minSize = options.minSize ?? defaultMinimumSize;
  checkMinimumSize(minSize);
  const grouped = groupings.map((fields) => groupRows(scored.set, fields));
  const flat = grouped.flatMap((cells, g) => cells.map((cell, c) => ({ g, c, cell })));
  const privacy = options.privacy;
  const epsilon = privacy?.epsilon;
  const reasons = epsilon === undefined ? exactSuppression(scored, flat.map(({ cell }) => cell), groupings, minSize, options.history) : [];
  const reasonOf = new Map(flat.map(({ g, c }, i) => [`${g}:${c}`, reasons[i]]));
  const dimensionIds = scored.set.questionnaire.dimensions.map((d) => d.id);
  const counted = { belowMinimum: 0, complementary: 0, differencing: 0 };
  const withhold = (base: { label: string; values: Partial<Record<ProfileField, string>> }, reason: SuppressionReason): WithheldCell => {
    counted[reason === 'below_minimum' ? 'belowMinimum' : reason]++;
    return { status: 'withheld', ...base, reason };
  };

  const release: CohortRelease = {
    minSize,
    groupings: grouped.map((cells, g) => ({
      fields: [...(groupings[g] ?? [])],
      cells: cells.map((cell, c): CohortCellRelease => {
        const base = { label: cell.label, values: cell.values };
        if (privacy) {
          const { epsilon, random } = privacy;
          const noisyN = privateCount(cell.rows.length, epsilon, random);
          if (noisyN < minSize) return withhold(base, 'below_minimum');
          const meanOf = (column: Float64Array) => privateMean(gather(column, cell.rows), 0, 100, epsilon, random);
          return {
            status: 'released_private',
            ...base,
            noisyN,
            noisyMeans: { overall: meanOf(scored.overall), dimensions: dimensionIds.map((id, d) => ({ id, mean: meanOf(scored.dimensions[d]!) })) },
          };
        }
        const reason = reasonOf.get(`${g}:${c}`);
        if (reason) return withhold(base, reason);
        return { status: 'released', ...base, summary: releasedSummary(scored, cell.rows, minSize, { questions: options.questions ?? false }) };
      }),
    })),
    withheld: counted,
  };
  if (epsilon !== undefined) {
    const statisticsPerCell = 2 + dimensionIds.length;
    // Cells of one grouping hold disjoint organizations (parallel composition); the groupings add up (sequential composition).
    const epsilonPerRelease = groupings.length * statisticsPerCell * epsilon;
    release.privacy = {
      epsilonPerStatistic: epsilon,
      statisticsPerCell,
      epsilonPerRelease,
      note: `each cell releases a noisy count and ${1 + dimensionIds.length} noisy means, each epsilon-differentially private with epsilon = ${epsilon}; an organization is in one cell of each of the ${groupings.length} groupings, so the release costs it at most epsilon = ${epsilonPerRelease}, and each further release adds as much`,
    };
  }
  return release;
}

/** Primary and complementary suppression, then the differencing audit, repeated until no small group is exposed. */
function exactSuppression(
  scored: ScoredResponseSet,
  cells: readonly { fields: ProfileField[]; values: Partial<Record<ProfileField, string>>; rows: Uint32Array }[],
  groupings: readonly (readonly ProfileField[])[],
  minSize: number,
  history: ReleaseHistory | undefined,
): (SuppressionReason | undefined)[] {
  const disclosureCells = cells.map((cell) => ({ fields: cell.fields, values: cell.values, n: cell.rows.length }));
  const atoms = groupRows(scored.set, [...new Set(groupings.flat())]).map((cell) => cell.values);
  const preset = new Map<number, SuppressionReason>();
  for (;;) {
    const reasons = suppressCells(disclosureCells, minSize, atoms, preset);
    // Once withheld, always withheld: complementary choices may change as more cells go, and a cell they free could undo an earlier round.
    reasons.forEach((reason, i) => {
      if (reason && reason !== 'below_minimum') preset.set(i, reason);
    });
    const released = disclosureCells.flatMap((cell, i) => (reasons[i] ? [] : [{ cell, i }]));
    const exposures = smallGroupExposures(scored.set, released.map(({ cell }) => cell), minSize, history);
    if (exposures.length === 0) return reasons;
    let added = false;
    for (const exposure of exposures) {
      // Withhold a cell of this release that the combination exposing the group uses: the finest, then the smallest, so coarse cohorts (the total, one field) stay released where they can.
      const pick = exposure.candidatesUsed
        .map((k) => released[k]!)
        .sort((a, b) => b.cell.fields.length - a.cell.fields.length || a.cell.n - b.cell.n || a.i - b.i)[0];
      if (pick && !preset.has(pick.i)) {
        preset.set(pick.i, 'differencing');
        added = true;
      }
    }
    if (!added) throw releaseRefused(exposures.filter((e) => e.candidatesUsed.length === 0));
  }
}
