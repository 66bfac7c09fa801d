import type { CohortRelease, PrivateCell, ReleasedCell } from '../cohorts/release-cohorts';

/** A release as anyone but its publisher sees it: released cells only, with no trace of the withheld ones (not their labels, reasons or number). */
export type PublicRelease = Omit<CohortRelease, 'withheld' | 'groupings'> & { groupings: { fields: CohortRelease['groupings'][number]['fields']; cells: (ReleasedCell | PrivateCell)[] }[] };

export function publicView(release: CohortRelease): PublicRelease {
  const { withheld: _withheld, ...rest } = release;
  return {
    ...rest,
    groupings: release.groupings.map((g) => ({ fields: g.fields, cells: g.cells.filter((c): c is ReleasedCell | PrivateCell => c.status !== 'withheld') })),
  };
}
