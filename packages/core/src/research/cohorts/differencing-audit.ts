import type { ProfileField } from '../response-row-schema';

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
  const basis = new RowSpace(atoms.length);
  cells.forEach((cell, i) => {
    if (!withheld[i]) basis.add(indicator(cell));
  });
  return cells.flatMap((cell, i) => (withheld[i] && basis.contains(indicator(cell)) ? [i] : []));
}

/** An incrementally built row space in reduced echelon form (Gaussian elimination with a tolerance suited to 0/1 rows). */
class RowSpace {
  private readonly rows: { pivot: number; row: Float64Array }[] = [];
  constructor(private readonly width: number) {}

  add(vector: Float64Array): void {
    const reduced = this.reduce(vector);
    let pivot = -1;
    for (let c = 0; c < this.width; c++) {
      if (Math.abs(reduced[c]!) > 1e-9) {
        pivot = c;
        break;
      }
    }
    if (pivot < 0) return;
    const scale = reduced[pivot]!;
    for (let c = 0; c < this.width; c++) reduced[c]! /= scale;
    for (const existing of this.rows) {
      const factor = existing.row[pivot]!;
      if (factor !== 0) for (let c = 0; c < this.width; c++) existing.row[c]! -= factor * reduced[c]!;
    }
    this.rows.push({ pivot, row: reduced });
  }

  contains(vector: Float64Array): boolean {
    const reduced = this.reduce(vector);
    return reduced.every((x) => Math.abs(x) < 1e-9);
  }

  private reduce(vector: Float64Array): Float64Array {
    const out = Float64Array.from(vector);
    for (const { pivot, row } of this.rows) {
      const factor = out[pivot]!;
      if (factor !== 0) for (let c = 0; c < this.width; c++) out[c]! -= factor * row[c]!;
    }
    return out;
  }
}
