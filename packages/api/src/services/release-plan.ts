import {
  releaseCohorts,
  type CohortCellRelease,
  type CohortFilter,
  type CohortRelease,
  type ProfileField,
  type ScoredResponseSet,
} from '@crm-maturity/core';
import { ApiError } from '../errors';

/**
 * Everything the API can ever say about cohorts comes from one release
 * plan: the total and every grouping by one or two profile fields, with
 * disclosure control applied to all of them together. Queries only read
 * cells of this plan, so no sequence of queries with different filters
 * can difference a withheld cohort out of released ones.
 */
export const planFields: ProfileField[] = ['industry', 'sizeBand', 'region', 'period'];
export const planGroupings: ProfileField[][] = [
  [],
  ...planFields.map((f) => [f]),
  ...planFields.flatMap((f, i) => planFields.slice(i + 1).map((g) => [f, g])),
];

export type ReleasePlan = { scored: ScoredResponseSet; release: CohortRelease; minSize: number };

export function buildReleasePlan(scored: ScoredResponseSet, minSize: number): ReleasePlan {
  return { scored, release: releaseCohorts(scored, planGroupings, { minSize }), minSize };
}

/** The plan's cell for a filter (each field at most one value, at most two fields), or an error that says what is allowed. */
export function planCell(plan: ReleasePlan, filter: CohortFilter): CohortCellRelease | undefined {
  const fields = planFields.filter((f) => filter[f] !== undefined);
  const multi = fields.find((f) => (filter[f]?.length ?? 0) > 1);
  if (multi || fields.length > 2) {
    throw new ApiError(
      'BAD_USER_INPUT',
      'a cohort is the total or a cell of one or two profile fields, each with one value (e.g. industry and sizeBand)',
      [{ field: 'cohort', value: filter, message: multi ? `${multi}: give one value` : 'at most two fields' }],
    );
  }
  const grouping = plan.release.groupings.find((g) => g.fields.length === fields.length && g.fields.every((f) => fields.includes(f)));
  return grouping?.cells.find((cell) => fields.every((f) => cell.values[f] === filter[f]![0]));
}
