import { CrmMaturityError, type CohortCellRelease, type CohortFilter, type CohortRelease, type ProfileField } from '@crm-maturity/core';

/**
 * Everything the API can ever say about cohorts comes from published
 * releases of one plan: the total and every grouping by one or two profile
 * fields, with disclosure control applied to all of them together (and to
 * every earlier release). Queries only read cells of a release, so no
 * sequence of queries with different filters, or snapshots over time, can
 * difference out what the release withholds.
 */
export const planFields: ProfileField[] = ['industry', 'sizeBand', 'region', 'period'];
export const planGroupings: ProfileField[][] = [
  [],
  ...planFields.map((f) => [f]),
  ...planFields.flatMap((f, i) => planFields.slice(i + 1).map((g) => [f, g])),
];

/** The release's cell for a filter (each field at most one value, at most two fields), or an error that says what is allowed. */
export function planCell(release: CohortRelease, filter: CohortFilter): CohortCellRelease | undefined {
  const fields = planFields.filter((f) => filter[f] !== undefined);
  const multi = fields.find((f) => (filter[f]?.length ?? 0) > 1);
  if (multi || fields.length > 2) {
    throw new CrmMaturityError(
      'BAD_USER_INPUT',
      'a cohort is the total or a cell of one or two profile fields, each with one value (e.g. industry and sizeBand)',
      [{ field: 'cohort', value: filter, message: multi ? `${multi}: give one value` : 'at most two fields' }],
    );
  }
  const grouping = release.groupings.find((g) => g.fields.length === fields.length && g.fields.every((f) => fields.includes(f)));
  return grouping?.cells.find((cell) => fields.every((f) => cell.values[f] === filter[f]![0]));
}
