import { profileFields, type ProfileField } from '../response-row-schema';
import { industries, regions, sizeBands, type ResponseSet } from '../response-set';

/** One cell of a grouping: the organizations sharing the same values of the grouping's fields. */
export type CohortCell = {
  fields: ProfileField[];
  values: Partial<Record<ProfileField, string>>;
  /** e.g. "industry=insurance, sizeBand=large"; "all organizations" for the empty grouping. */
  label: string;
  rows: Uint32Array;
};

/**
 * Splits a response set into the cells of a grouping (e.g. industry by
 * size band) with a counting sort: one pass to count, one to place, so a
 * million rows group in a few milliseconds. Only non-empty cells come back,
 * in the order of the fields' value lists.
 */
export function groupRows(set: ResponseSet, fields: readonly ProfileField[]): CohortCell[] {
  const ordered = profileFields.filter((f) => fields.includes(f));
  const columns = ordered.map((f) => columnOf(set, f));
  const radices = ordered.map((f) => universeOf(set, f).length);
  const cellCount = radices.reduce((product, r) => product * r, 1);
  const keys = new Uint32Array(set.size);
  const counts = new Uint32Array(cellCount);
  for (let row = 0; row < set.size; row++) {
    let key = 0;
    for (let f = 0; f < columns.length; f++) key = key * radices[f]! + columns[f]![row]!;
    keys[row] = key;
    counts[key]!++;
  }
  const starts = new Uint32Array(cellCount + 1);
  for (let k = 0; k < cellCount; k++) starts[k + 1] = starts[k]! + counts[k]!;
  const cursor = starts.slice(0, cellCount);
  const order = new Uint32Array(set.size);
  for (let row = 0; row < set.size; row++) order[cursor[keys[row]!]!++] = row;

  const cells: CohortCell[] = [];
  for (let key = 0; key < cellCount; key++) {
    if (counts[key] === 0) continue;
    const values: Partial<Record<ProfileField, string>> = {};
    let rest = key;
    for (let f = ordered.length - 1; f >= 0; f--) {
      values[ordered[f]!] = universeOf(set, ordered[f]!)[rest % radices[f]!]!;
      rest = Math.floor(rest / radices[f]!);
    }
    cells.push({ fields: ordered, values, label: labelOf(ordered, values), rows: order.subarray(starts[key]!, starts[key + 1]!) });
  }
  return cells;
}

export function labelOf(fields: readonly ProfileField[], values: Partial<Record<ProfileField, string>>): string {
  return fields.length ? fields.map((f) => `${f}=${values[f]}`).join(', ') : 'all organizations';
}

function columnOf(set: ResponseSet, field: ProfileField): ArrayLike<number> {
  return field === 'industry' ? set.industry : field === 'sizeBand' ? set.sizeBand : field === 'region' ? set.region : set.period;
}

function universeOf(set: ResponseSet, field: ProfileField): readonly string[] {
  return field === 'industry' ? industries : field === 'sizeBand' ? sizeBands : field === 'region' ? regions : set.periods;
}
