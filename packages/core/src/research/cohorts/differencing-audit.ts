import type { ProfileField } from '../response-row-schema';
import { ReducedRowSpace } from '../release/reduced-row-space';

type Values = Partial<Record<ProfileField, string>>;
export type AuditCell = { fields: readonly ProfileField[]; values: Values };

/**
 * The differencing attack, run by the defender: each released cell tells
 * the count and sum of its organizations, i.e. one linear equation over
 * the atoms (the non-empty cells of all fields combined). A withheld cell
 * can be worked out exactly when its indicator over the atoms is a linear
 * combination of released cells' indicators. Returns the indexes of the
 * withheld cells that can (should be none).
 */
export function recoverableCells(cells: readonly AuditCell[], withheld: readonly boolean[], atoms: readonly Values[]): number[] {
  const indicator = (cell: AuditCell) => Float64Array.from(atoms, (atom) => (cell.fields.every((f) => atom[f] === cell.values[f]) ? 1 : 0));
  const basis = new ReducedRowSpace(atoms.length, withheld.filter((w) => !w).length);
  cells.forEach((cell, i) => {
    if (!withheld[i]) basis.add(indicator(cell));
  });
  const sparse = (vector: Float64Array) => new Map([...vector.entries()].filter(([, v]) => v !== 0));
  return cells.flatMap((cell, i) => (withheld[i] && basis.containsSparse(sparse(indicator(cell))) ? [i] : []));
}
