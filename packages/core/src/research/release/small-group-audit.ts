import { profileFields, type ProfileField } from '../response-row-schema';
import { industries, regions, sizeBands, type ResponseSet } from '../response-set';
import { labelOf } from '../cohorts/group-rows';
import { ReducedRowSpace } from './reduced-row-space';

type Values = Partial<Record<ProfileField, string>>;
/** A cell of a release as the audit sees it: which organizations it counts, not what it says of them. */
export type AuditedCell = { fields: readonly ProfileField[]; values: Values };

/**
 * What has been published before: per row of the response set, its epoch
 * (the index of the earliest published release that counted the row;
 * `releases.length` for rows no release has counted yet), and the cells
 * each published release released, oldest first.
 */
export type ReleaseHistory = { epochs: ArrayLike<number>; releases: readonly { cells: readonly AuditedCell[] }[] };

/**
 * A group of fewer than k organizations that the released cells would
 * single out, and the candidate cells (by index) that one way of working it
 * out uses: withholding one of them is the way to break that combination.
 */
export type Exposure = { label: string; epochs: [number, number]; n: number; cell: AuditedCell; candidatesUsed: number[] };

/**
 * The differencing attack across releases, run by the defender before a
 * release is published. Every released cell of every release (published
 * ones and the candidate) tells a count and sums over the organizations it
 * held then: one linear equation over the atoms, the organizations grouped
 * by all profile fields and by epoch. An attacker holding every release can
 * take any linear combination of them (a cell in two releases minus each
 * other gives the rows added in between; a cell minus its released
 * sub-cells gives the rest). The audit looks for the groups such a
 * combination could isolate that hold fewer than `minSize` organizations:
 * each cell of any grouping (and each atom) restricted to each range of
 * epochs. It returns those that lie in the span of the released cells.
 */
export function smallGroupExposures(
  set: ResponseSet,
  candidate: readonly AuditedCell[],
  minSize: number,
  history?: ReleaseHistory,
): Exposure[] {
  const releases = history?.releases ?? [];
  const newEpoch = releases.length;
  const fields = profileFields.filter((f) => [...candidate, ...releases.flatMap((r) => r.cells)].some((c) => c.fields.includes(f)));
  const atoms = atomsOf(set, fields, history?.epochs, newEpoch);
  const width = atoms.length;
  const published = releases.reduce((sum, r) => sum + r.cells.length, 0);
  const space = new ReducedRowSpace(width, published + candidate.length);
  const vector = (cell: AuditedCell, lastEpoch: number) => {
    const v = new Float64Array(width);
    atoms.forEach((atom, a) => {
      if (atom.epoch <= lastEpoch && matches(cell, atom.values)) v[a] = 1;
    });
    return v;
  };
  releases.forEach((release, r) => release.cells.forEach((cell) => space.add(vector(cell, r))));
  for (const cell of candidate) space.add(vector(cell, newEpoch));

  // The groups an attacker could name: every cell of every grouping seen (candidate, published, and the atoms themselves), by epoch range.
  const named = new Map<string, AuditedCell>();
  for (const cell of [...candidate, ...releases.flatMap((r) => r.cells), ...uniqueAtomCells(atoms, fields)]) named.set(labelOf(cell.fields, cell.values), cell);
  const exposures: Exposure[] = [];
  for (const cell of named.values()) {
    const members = atoms.flatMap((atom, a) => (matches(cell, atom.values) ? [a] : []));
    for (let from = 0; from <= newEpoch; from++) {
      for (let to = from; to <= newEpoch; to++) {
        const group = members.filter((a) => atoms[a]!.epoch >= from && atoms[a]!.epoch <= to);
        const n = group.reduce((sum, a) => sum + atoms[a]!.n, 0);
        if (n === 0 || n >= minSize) continue;
        const coefficients = space.explain(new Map(group.map((a) => [a, 1])));
        if (!coefficients) continue;
        const candidatesUsed = candidate.flatMap((_, i) => (Math.abs(coefficients[published + i]!) > 1e-9 ? [i] : []));
        exposures.push({ label: labelOf(cell.fields, cell.values), epochs: [from, to], n, cell, candidatesUsed });
      }
    }
  }
  return exposures;
}

type Atom = { values: Values; epoch: number; n: number };

function atomsOf(set: ResponseSet, fields: readonly ProfileField[], epochs: ArrayLike<number> | undefined, newEpoch: number): Atom[] {
  const byKey = new Map<string, Atom>();
  for (let row = 0; row < set.size; row++) {
    const values: Values = {};
    for (const f of fields) values[f] = valueOf(set, f, row);
    const epoch = epochs ? epochs[row]! : newEpoch;
    const key = `${fields.map((f) => values[f]).join('\u0000')}\u0000${epoch}`;
    const atom = byKey.get(key);
    if (atom) atom.n++;
    else byKey.set(key, { values, epoch, n: 1 });
  }
  return [...byKey.values()];
}

function uniqueAtomCells(atoms: readonly Atom[], fields: readonly ProfileField[]): AuditedCell[] {
  const cells = new Map<string, AuditedCell>();
  for (const atom of atoms) cells.set(labelOf(fields, atom.values), { fields, values: atom.values });
  return [...cells.values()];
}

function matches(cell: AuditedCell, values: Values): boolean {
  return cell.fields.every((f) => values[f] === cell.values[f]);
}

function valueOf(set: ResponseSet, field: ProfileField, row: number): string {
  if (field === 'industry') return industries[set.industry[row]!]!;
  if (field === 'sizeBand') return sizeBands[set.sizeBand[row]!]!;
  if (field === 'region') return regions[set.region[row]!]!;
  return set.periods[set.period[row]!]!;
}
