import { privateCount } from '../../statistics/private-count';
import { privateMean } from '../../statistics/private-mean';
import type { UniformSource } from '../../statistics/laplace-noise';
import type { ProfileField } from '../response-row-schema';
import type { ScoredResponseSet } from '../score-response-set';
import { summarizeCohort, gather, type CohortSummary } from './cohort-statistics';
import { checkMinimumSize, defaultMinimumSize, suppressCells, type SuppressionReason } from './disclosure-control';
import { groupRows } from './group-rows';

export type ReleasedCell = {
  status: 'released';
  label: string;
  values: Partial<Record<ProfileField, string>>;
  summary: CohortSummary;
};

export type PrivateCell = {
  status: 'released_private';
  label: string;
  values: Partial<Record<ProfileField, string>>;
  /** Laplace-noised count and means (see `privacy`); nothing else is released in this mode. */
  noisyN: number;
  noisyMeans: { overall: number; dimensions: { id: string; mean: number }[] };
};

export type WithheldCell = {
  status: 'withheld';
  label: string;
  values: Partial<Record<ProfileField, string>>;
  reason: SuppressionReason;
  message: string;
};

export type CohortCellRelease = ReleasedCell | PrivateCell | WithheldCell;

export type CohortRelease = {
  minSize: number;
  groupings: { fields: ProfileField[]; cells: CohortCellRelease[] }[];
  withheld: { belowMinimum: number; complementary: number };
  privacy?: { epsilonPerStatistic: number; statisticsPerCell: number; note: string };
};

export type ReleaseOptions = {
  minSize?: number;
  questions?: boolean;
  surveyWeights?: boolean;
  /** Release Laplace-noised counts and means instead of exact statistics. */
  privacy?: { epsilon: number; random?: UniformSource };
};

/**
 * Statistics for every cell of every grouping at once (e.g. `[[],
 * ['industry'], ['industry', 'sizeBand']]`), under disclosure control: no
 * cell below `minSize` (default 5, never below 3) is released, and
 * complementary cells are withheld so that no withheld cell can be
 * recovered by subtracting released ones (see `suppressCells`).
 */
export function releaseCohorts(scored: ScoredResponseSet, groupings: readonly (readonly ProfileField[])[], options: ReleaseOptions = {}): CohortRelease {
  const minSize = options.minSize ?? defaultMinimumSize;
  checkMinimumSize(minSize);
  const grouped = groupings.map((fields) => groupRows(scored.set, fields));
  const flat = grouped.flatMap((cells, g) => cells.map((cell, c) => ({ g, c, cell })));
  const atoms = groupRows(scored.set, [...new Set(groupings.flat())]).map((cell) => cell.values);
  const reasons = suppressCells(flat.map(({ cell }) => ({ fields: cell.fields, values: cell.values, n: cell.rows.length })), minSize, atoms);
  const reasonOf = new Map(flat.map(({ g, c }, i) => [`${g}:${c}`, reasons[i]]));
  const epsilon = options.privacy?.epsilon;
  const dimensionIds = scored.set.questionnaire.dimensions.map((d) => d.id);

  const release: CohortRelease = {
    minSize,
    groupings: grouped.map((cells, g) => ({
      fields: [...(groupings[g] ?? [])],
      cells: cells.map((cell, c): CohortCellRelease => {
        const base = { label: cell.label, values: cell.values };
        const reason = reasonOf.get(`${g}:${c}`);
        if (reason) {
          const message =
            reason === 'below_minimum'
              ? `withheld: fewer than ${minSize} organizations`
              : `withheld: releasing it would let a smaller withheld cohort be worked out by subtraction`;
          return { status: 'withheld', ...base, reason, message };
        }
        if (epsilon !== undefined) {
          const random = options.privacy?.random;
          const meanOf = (column: Float64Array) => privateMean(gather(column, cell.rows), 0, 100, epsilon, random);
          return {
            status: 'released_private',
            ...base,
            noisyN: privateCount(cell.rows.length, epsilon, random),
            noisyMeans: { overall: meanOf(scored.overall), dimensions: dimensionIds.map((id, d) => ({ id, mean: meanOf(scored.dimensions[d]!) })) },
          };
        }
        return {
          status: 'released',
          ...base,
          summary: summarizeCohort(scored, cell.rows, { questions: options.questions ?? false, surveyWeights: options.surveyWeights ?? false }),
        };
      }),
    })),
    withheld: {
      belowMinimum: reasons.filter((r) => r === 'below_minimum').length,
      complementary: reasons.filter((r) => r === 'complementary').length,
    },
  };
  if (epsilon !== undefined) {
    release.privacy = {
      epsilonPerStatistic: epsilon,
      statisticsPerCell: 2 + dimensionIds.length,
      note: `each cell releases a noisy count and ${1 + dimensionIds.length} noisy means, each epsilon-differentially private with epsilon = ${epsilon}; by sequential composition a cell costs at most ${(2 + dimensionIds.length) * epsilon} in total`,
    };
  }
  return release;
}
