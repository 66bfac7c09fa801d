import { industries, regions, sizeBands, type ResponseSet } from '../response-set';
import type { CohortFilter } from './cohort-filter';

/** The rows of a response set that a filter selects, in row order. */
export function selectRows(set: ResponseSet, filter: CohortFilter): Uint32Array {
  const allow = (values: readonly string[] | undefined, universe: readonly string[]) => {
    if (!values) return null;
    const mask = new Uint8Array(universe.length);
    for (const v of values) {
      const i = universe.indexOf(v);
      if (i >= 0) mask[i] = 1;
    }
    return mask;
  };
  const industry = allow(filter.industry, industries);
  const sizeBand = allow(filter.sizeBand, sizeBands);
  const region = allow(filter.region, regions);
  const period = allow(filter.period, set.periods);
  const picked = new Uint32Array(set.size);
  let count = 0;
  for (let row = 0; row < set.size; row++) {
    if (industry && !industry[set.industry[row]!]) continue;
    if (sizeBand && !sizeBand[set.sizeBand[row]!]) continue;
    if (region && !region[set.region[row]!]) continue;
    if (period && !period[set.period[row]!]) continue;
    picked[count++] = row;
  }
  return picked.slice(0, count);
}
